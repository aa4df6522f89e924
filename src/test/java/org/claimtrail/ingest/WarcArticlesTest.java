package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A CC-NEWS-like WARC.gz and a WET file, written here with jwarc's writer, ingest to the expected
 * articles and rejects: pages become articles with headline, date, language and outlet; a 404, an
 * image and a page with no article text are rejects; warcinfo, request and metadata records are
 * skipped and counted. Every article candidate lands in exactly one table.
 */
class WarcArticlesTest {

    @TempDir
    static Path dir;
    static Path warc;
    static Path wet;

    static final String NEWS = "https://www.wire.example/world/2024/12/19/strike";
    static final String DAILY = "https://daily.example/news/cafe-fire";

    static final String ARTICLE = """
            <!doctype html><html lang="en-GB"><head>
            <title>Strike kills 12 | Wire Example</title>
            <meta property="og:title" content="Strike kills 12 in market town">
            <meta property="og:site_name" content="Wire Example">
            <meta property="article:published_time" content="2024-12-19T08:30:00Z">
            </head><body>
            <header><a href="/">Wire Example</a> <nav><ul><li><a href="/world">World</a></li>
              <li><a href="/sport">Sport</a></li></ul></nav></header>
            <article>
              <h1>Strike kills 12 in market town</h1>
              <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
              <p>At least 12 people were killed when a drone hit the market on Thursday, the regional governor said.</p>
              <figure><img src="a.jpg"><figcaption>Smoke over the market. Photo: Agency</figcaption></figure>
              <p>Another 30 people were wounded, <a href="/health">health officials</a> said, and 4 of them are in
                 critical condition.</p>
              <ul class="links"><li><a href="/a">Earlier: talks stall</a></li><li><a href="/b">Map of the front</a></li></ul>
              <p>Advertisement</p>
              <p>The ministry said it had opened an investigation into the strike.</p>
            </article>
            <aside><h2>Most read</h2><p>Celebrity news that is not this article at all, with plenty of words.</p></aside>
            <footer><p>© Wire Example. All rights reserved.</p></footer>
            </body></html>
            """;

    /** No article element: the body is found as the element with the most paragraph text. Latin-1 bytes. */
    static final String LATIN1_PAGE = """
            <html><head><title>Caf\u00e9 fire</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
              {"@type":"NewsArticle","headline":"Caf\u00e9 fire","datePublished":"2024-12-18T21:00:00+01:00"}]}</script>
            </head><body><div id="menu"><a href="/">Home</a> | <a href="/news">News</a></div>
            <div class="content"><div class="text">
            <p>Fire crews said 3 people died in the blaze at the caf\u00e9 late on Wednesday.</p>
            <p>About 40 residents were evacuated from neighbouring buildings, police said.</p>
            </div></div></body></html>
            """;

    static final String EMPTY_PAGE = "<html><body><nav><a href=\"/\">Home</a></nav><footer>Contact</footer></body></html>";

    static Map<String, Row> articles = new HashMap<>();
    static List<Row> rejects;
    static IngestJob.Counts counts;

    @BeforeAll
    static void writeArchivesAndIngest() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("cc-news"));
        warc = corpus.resolve("CC-NEWS-20241220101530-00001.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename(warc.getFileName().toString())
                    .fields(Map.of("software", List.of("claimtrail test"))).build());
            w.write(new WarcRequest.Builder(URI.create(NEWS))
                    .body(new HttpRequest.Builder("GET", URI.create("/world/2024/12/19/strike")).build()).build());
            w.write(response(NEWS, 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8)));
            w.write(new WarcMetadata.Builder().targetURI(NEWS).fields(Map.of("fetchTimeMs", List.of("120"))).build());
            w.write(response(DAILY, 200, "text/html; charset=iso-8859-1", LATIN1_PAGE.getBytes(StandardCharsets.ISO_8859_1)));
            w.write(response("https://wire.example/gone", 404, "text/html", "<html><body><p>Not found</p></body></html>".getBytes()));
            w.write(response("https://wire.example/photo.jpg", 200, "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2}));
            w.write(response("https://wire.example/empty", 200, "text/html", EMPTY_PAGE.getBytes()));
        }
        wet = corpus.resolve("CC-MAIN-20241220-00001.warc.wet.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(wet, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().fields(Map.of("software", List.of("claimtrail test"))).build());
            w.write(conversion("https://news.example/2024/12/17/floods",
                    "Floods displace thousands\n\nSome 2,500 people were displaced by floods, the agency said."));
            w.write(conversion("https://news.example/blank", "  \n "));
        }
        Files.writeString(corpus.resolve("101.txt"), "Officials said 7 soldiers were killed.");

        SparkSession spark = SharedSpark.get();
        Tables tables = new Tables(dir.resolve("out"));
        counts = IngestJob.run(spark, CorpusDiscovery.discover(List.of(corpus.toString())), ArticleFactoryTest.RULES, 2, tables);
        for (Row r : tables.read(spark, Tables.ARTICLES).collectAsList()) {
            articles.put(r.getAs("url") == null ? r.getAs("doc_id") : r.getAs("url"), r);
        }
        rejects = tables.read(spark, Tables.REJECTS).collectAsList();
    }

    static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-12-20T10:15:30Z")).body(http).build();
    }

    static WarcConversion conversion(String url, String text) {
        return new WarcConversion.Builder().addHeader("WARC-Target-URI", url)
                .addHeader("WARC-Identified-Content-Language", "eng")
                .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build();
    }

    private static List<String> rejectReasons() {
        return rejects.stream().map(r -> r.<String>getAs("reason")).sorted().toList();
    }

    @Test
    void everyCandidateIsCountedOnceAndTheOtherRecordsAreSkipped() {
        // 5 responses + 2 conversions + 1 text file
        assertEquals(8, counts.read());
        assertEquals(4, counts.articles());
        assertEquals(List.of("empty", "empty", "http_status", "not_html"), rejectReasons());
        assertEquals(Map.of("warcinfo", 2L, "request", 1L, "metadata", 1L), counts.skipped());
        assertTrue(counts.toString().contains("skipped {metadata=1, request=1, warcinfo=2}"), counts.toString());
    }

    @Test
    void aPageBecomesItsHeadlineAndParagraphs() {
        Row a = articles.get(NEWS);
        assertEquals(String.join("\n\n",
                "Strike kills 12 in market town",
                "At least 12 people were killed when a drone hit the market on Thursday, the regional governor said.",
                "Another 30 people were wounded, health officials said, and 4 of them are in critical condition.",
                "The ministry said it had opened an investigation into the strike."), a.getAs("text"));
        assertEquals("Strike kills 12 in market town", a.getAs("title"));
        assertEquals(LocalDate.of(2024, 12, 19), a.getAs("published"));
        assertEquals("html", a.getAs("published_from"));
        assertEquals("en", a.getAs("lang"));
        assertEquals("wire.example", a.getAs("outlet"));
        scala.collection.Map<String, String> meta = a.getAs("meta");
        assertEquals("Wire Example", meta.apply("site_name"));
        assertEquals("2024-12-20T10:15:30Z", meta.apply("crawled"));
        assertTrue(a.<String>getAs("source_path").endsWith(".warc.gz"));
        assertEquals(3, (int) a.getAs("line")); // the third record of the file
        assertTrue(a.<String>getAs("doc_id").matches("[0-9a-f-]{36}"), a.<String>getAs("doc_id"));
    }

    @Test
    void aPageWithoutArticleElementAndWithJsonLdDate() {
        Row a = articles.get(DAILY);
        assertEquals("Caf\u00e9 fire\n\nFire crews said 3 people died in the blaze at the caf\u00e9 late on Wednesday.\n\n"
                + "About 40 residents were evacuated from neighbouring buildings, police said.", a.getAs("text"));
        assertEquals(LocalDate.of(2024, 12, 18), a.getAs("published"));
        assertEquals("daily.example", a.getAs("outlet"));
        assertNull(a.getAs("lang"));
    }

    @Test
    void wetConversionRecordsAreText() {
        Row a = articles.get("https://news.example/2024/12/17/floods");
        assertEquals("Floods displace thousands\n\nSome 2,500 people were displaced by floods, the agency said.",
                a.getAs("text"));
        assertEquals(LocalDate.of(2024, 12, 17), a.getAs("published"));
        assertEquals("url", a.getAs("published_from"));
        assertEquals("news.example", a.getAs("outlet"));
        assertEquals("eng", a.<scala.collection.Map<String, String>>getAs("meta").apply("content_language"));
        assertTrue(articles.containsKey("101"));
    }

    @Test
    void rejectsSayWhatWasWrongAndWhere() {
        Row status = rejects.stream().filter(r -> r.getAs("reason").equals("http_status")).findFirst().orElseThrow();
        assertEquals("HTTP 404 Not Found for https://wire.example/gone", status.getAs("detail"));
        assertEquals(6, (int) status.getAs("line"));
        Row image = rejects.stream().filter(r -> r.getAs("reason").equals("not_html")).findFirst().orElseThrow();
        assertTrue(image.<String>getAs("detail").startsWith("image/jpeg"), image.<String>getAs("detail"));
        assertTrue(rejects.stream().anyMatch(r -> r.getAs("reason").equals("empty")
                && r.<String>getAs("detail").contains("https://wire.example/empty")));
        assertTrue(rejects.stream().anyMatch(r -> r.getAs("reason").equals("empty")
                && r.<String>getAs("source_path").endsWith(".wet.gz")));
        assertFalse(rejects.stream().anyMatch(r -> r.getAs("doc_id") == null));
    }

    @Test
    void aCcNewsFileNamedDirectlyIsReadRecordByRecord() {
        List<InputUnit> units = CorpusDiscovery.discover(List.of(warc.toString()));
        assertEquals(List.of(InputUnit.Kind.WARC), units.stream().map(InputUnit::kind).toList());
        List<IngestOutcome> out = CorpusReader.read(units.get(0), ArticleFactoryTest.RULES);
        assertEquals(8, out.size()); // every record, skipped ones included
        assertEquals(3, out.stream().filter(o -> o.skipped() != null).count());
    }

    @Test
    void aTruncatedArchiveEndsInAReject() throws IOException {
        byte[] bytes = Files.readAllBytes(warc);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        List<IngestOutcome> out = CorpusReader.read(InputUnit.warc(cut.toString()), ArticleFactoryTest.RULES);
        IngestOutcome last = out.get(out.size() - 1);
        assertTrue(last.reject() != null && last.reject().reason().equals("bad_record"), out.toString());
        assertTrue(last.reject().detail().contains("the rest of the file is not read"));
    }
}
