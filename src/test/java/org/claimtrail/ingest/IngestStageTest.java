package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The whole ingest stage on local Spark over a small fixture corpus that holds one case of every
 * reject reason next to good articles: every record must land in exactly one table.
 */
class IngestStageTest {

    @TempDir
    static Path dir;
    static IngestJob.Counts counts;
    static Map<String, Row> articles = new HashMap<>();
    static List<Row> rejects;

    @BeforeAll
    static void ingestFixture() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("manifest.csv"), String.join("\n",
                "file,outlet,url,published,lang,section",
                "good.txt,Wire One,https://wire.example/a,2024-12-20,en,world",
                "dated_by_url.txt,,https://www.daily.example/2024/12/19/story,,en,",
                "gone.txt,Wire One,,2024-12-20,en,",
                "good.txt,Wire Two,,2024-12-21,en,",
                "short,row",
                ""));
        write(corpus, "good.txt", "SEOUL -- At least 100 soldiers were killed, officials said on Thursday.");
        write(corpus, "dated_by_url.txt", "ua en ru\nAbout 300 troops were deployed, the ministry said.");
        write(corpus, "zz_copy.txt", "SEOUL -- At least 100 soldiers were killed, officials said on Thursday.");
        write(corpus, "empty.txt", "");
        write(corpus, "blank.txt", "  \n\n\t ");
        Files.write(corpus.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 9});
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 reports 12 killed".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("huge.txt"), "x".repeat(5_000));
        Files.writeString(corpus.resolve("photo.pdf"), "%PDF-1.4");
        Path sub = Files.createDirectories(corpus.resolve("zfeeds"));
        Files.writeString(sub.resolve("batch.jsonl"), String.join("\n",
                "{\"id\":\"j1\",\"text\":\"Some 40 fighters were captured, the army said.\",\"outlet\":\"Wire Three\"}",
                "",
                "{\"id\":\"j2\",\"text\":\"broken",
                "{\"id\":\"j3\",\"title\":\"no text\"}",
                "{\"id\":\"good\",\"text\":\"A different text that reuses the id good.\"}",
                "{\"text\":\"An article with no id: dozens were wounded.\"}",
                "{\"id\":\"j1\",\"text\":\"Some 40 fighters were captured, the army said.\",\"outlet\":\"Wire Three\"}",
                ""));
        List<InputUnit> units = CorpusDiscovery.discover(List.of(corpus.toString()));
        IngestRules rules = new IngestRules(ArticleFactoryTest.RULES.boilerplate(), ArticleFactoryTest.RULES.html(), 4_000, ArticleFactoryTest.RULES.today());
        SparkSession spark = SharedSpark.get();
        Tables tables = new Tables(dir.resolve("out"));
        counts = IngestJob.run(spark, units, rules, 3, tables);
        for (Row r : tables.read(spark, Tables.ARTICLES).collectAsList()) {
            articles.put(r.getAs("doc_id"), r);
        }
        rejects = tables.read(spark, Tables.REJECTS).collectAsList();
    }

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static long rejected(String reason) {
        return rejects.stream().filter(r -> r.getAs("reason").equals(reason)).count();
    }

    @Test
    void countsReconcile() {
        // 9 text-ish files, 6 records in the JSON Lines file, 3 unusable manifest rows
        assertEquals(9 + 6 + 3, counts.read());
        assertEquals(counts.read(), counts.articles() + counts.rejects());
        assertEquals(counts.articles(), articles.size());
        assertEquals(counts.rejects(), rejects.size());
    }

    @Test
    void everyRejectReason() {
        assertEquals(1, rejected("duplicate"));
        assertEquals(1, rejected("duplicate_id"));
        assertEquals(2, rejected("empty"));
        assertEquals(1, rejected("not_text"));
        assertEquals(1, rejected("bad_encoding"));
        assertEquals(1, rejected("too_large"));
        assertEquals(1, rejected("unsupported_file"));
        assertEquals(1, rejected("missing_file"));
        assertEquals(2, rejected("bad_manifest_row"));
        assertEquals(1, rejected("bad_json"));
        assertEquals(1, rejected("no_text_field"));
        assertTrue(rejects.stream().allMatch(r -> r.getAs("stage").equals("ingest") && r.getAs("detail") != null));
    }

    @Test
    void goodArticlesCarryTheirMetadata() {
        Row good = articles.get("good");
        assertEquals("Wire One", good.getAs("outlet"));
        assertEquals("2024-12-20", good.getAs("published").toString());
        assertEquals("manifest", good.getAs("published_from"));
        assertEquals("world", good.<scala.collection.Map<String, String>>getAs("meta").apply("section"));
        assertTrue(good.<String>getAs("source_path").endsWith("corpus/good.txt"));

        Row byUrl = articles.get("dated_by_url");
        assertEquals("2024-12-19", byUrl.getAs("published").toString());
        assertEquals("url", byUrl.getAs("published_from"));
        assertEquals("daily.example", byUrl.getAs("outlet"));
        assertEquals("About 300 troops were deployed, the ministry said.", byUrl.getAs("text"));
        assertEquals(1, (int) byUrl.getAs("boilerplate_lines"));

        Row json = articles.get("j1");
        assertEquals("Wire Three", json.getAs("outlet"));
        assertEquals(1, (int) json.getAs("line"));
        assertEquals(json.<String>getAs("text").length(), (int) json.getAs("n_chars"));
        assertEquals(5, articles.size());
    }

    @Test
    void aRecordReadTwiceIsADuplicateAndTheFirstInPathOrderIsKept() {
        Row dup = rejects.stream().filter(r -> r.getAs("reason").equals("duplicate")).findFirst().orElseThrow();
        assertEquals("j1", dup.getAs("doc_id"));
        assertEquals(7, (int) dup.getAs("line"));
        assertTrue(dup.<String>getAs("detail").startsWith("same text, doc_id and url as "));
        Row idDup = rejects.stream().filter(r -> r.getAs("reason").equals("duplicate_id")).findFirst().orElseThrow();
        assertEquals(5, (int) idDup.getAs("line"));
        assertTrue(idDup.<String>getAs("source_path").endsWith("batch.jsonl"));
    }

    @Test
    void theSameTextUnderAnotherNameIsAWireCopyKeptAsItsOwnArticle() {
        Row copy = articles.get("zz_copy");
        assertEquals(articles.get("good").<String>getAs("sha256"), copy.getAs("sha256"));
        assertTrue(copy.<String>getAs("source_path").endsWith("corpus/zz_copy.txt"));
    }
}
