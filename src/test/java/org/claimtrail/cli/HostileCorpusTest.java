package org.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crawler can hand us, generated here rather than committed: every record ends in articles
 * or rejects with a reason, the whole run exits 0, and the good articles and their claims survive.
 * (A file vanishing between listing and reading is covered by CorpusReaderTest: it becomes
 * {@code unreadable}.)
 */
class HostileCorpusTest {

    @TempDir
    static Path dir;
    static Path out;
    static final SparkSession spark = SharedSpark.get();
    static int exitCode;

    @BeforeAll
    static void runOnHostileCorpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("manifest.csv"), String.join("\n",
                "file,outlet,published,colour", // no url or lang column, an unknown one
                "good.txt,Wire One,2024-12-20,blue",
                "not_there.txt,Wire One,2024-12-20,red",
                "bad_date.txt,Wire Two,20 Decembruary,green",
                "future.txt,Wire Two,2099-01-01,",
                ""));
        write(corpus, "good.txt", "At least 120 soldiers were killed in the attack, the army said on Friday.");
        write(corpus, "bad_date.txt", "About 300 troops were deployed to the border, the ministry said.");
        write(corpus, "future.txt", "Some 40 fighters were captured, officials said.");
        write(corpus, "empty.txt", "");
        write(corpus, "whitespace.txt", " \n\t\n   \n");
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, (byte) 0xff, 0});
        Files.write(corpus.resolve("invalid_utf8.txt"), new byte[] {'1', '2', ' ', 'k', 'i', 'l', 'l', 'e', 'd', ' ', (byte) 0xc3, (byte) 0x28, (byte) 0xa0, (byte) 0xa1});
        byte[] utf16 = "Nearly 2,000 people were displaced, the UN said.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = {(byte) 0xff, (byte) 0xfe};
        Files.write(corpus.resolve("utf16_bom.txt"), concat(bom, utf16));
        try (OutputStream big = Files.newOutputStream(corpus.resolve("twenty_mb.txt"))) {
            byte[] para = "Dozens were wounded in the shelling, medics said. ".repeat(200).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 20L * 1024 * 1024; n += para.length) {
                big.write(para);
            }
        }
        // a single 1M-character line, of English words (one word repeated reads as Dutch to language detection)
        write(corpus, "one_line.txt", "rescuers searched the rubble through the night and ".repeat(20_000));
        write(corpus, "long_sentence.txt", "12 soldiers and" + " many more civilians".repeat(1_700) + " were killed.");
        write(corpus, "feed.jsonl", String.join("\n",
                "{\"id\":\"j1\",\"text\":\"Some 40 fighters were captured, the army said.\",\"outlet\":\"Wire Three\"}",
                "{\"id\":\"j2\",\"text\":\"broken",
                "not json at all",
                "{\"id\":\"j3\",\"title\":\"no text\"}",
                "{\"id\":\"good\",\"text\":\"A different text that reuses the id good: 5 were killed.\"}",
                "{\"id\":\"j4\",\"text\":\"Officials said 75 people were wounded.\",\"published\":\"yesterday-ish\"}",
                ""));
        out = dir.resolve("out");
        exitCode = ClaimtrailCli.execute("run", "--input", corpus.toString(), "--output", out.toString());
    }

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static Map<String, Long> rejectsByReason(String stage) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : new Tables(HostileCorpusTest.out).read(spark, Tables.REJECTS).filter("stage = '" + stage + "'")
                .groupBy("reason").count().collectAsList()) {
            out.put(r.getString(0), r.getLong(1));
        }
        return out;
    }

    @Test
    void theRunSucceedsAndEveryRecordIsAccountedFor() {
        assertEquals(0, exitCode);
        Map<String, Long> ingest = rejectsByReason("ingest");
        System.out.println("hostile corpus: ingest rejects " + ingest + ", annotate rejects " + rejectsByReason("annotate"));
        Tables tables = new Tables(out);
        long articles = tables.read(spark, Tables.ARTICLES).count();
        long ingestRejects = ingest.values().stream().mapToLong(Long::longValue).sum();
        // 11 text files + 6 JSON Lines records + 1 manifest row without a file
        long records = 11 + 6 + 1;
        assertEquals(records, articles + ingestRejects, "articles " + articles + ", rejects " + ingest);
        for (String reason : Set.of("empty", "not_text", "bad_encoding", "too_large", "bad_json", "missing_file", "no_text_field")) {
            assertTrue(ingest.containsKey(reason), reason + " in " + ingest);
        }
    }

    @Test
    void goodArticlesAndTheirClaimsSurvive() {
        Set<String> docs = new Tables(out).read(spark, Tables.ARTICLES).collectAsList().stream()
                .map(r -> r.<String>getAs("source_path").replaceAll(".*/", "") + "#" + r.getAs("line"))
                .collect(Collectors.toSet());
        // two texts claim doc_id "good": the first in input order stays, the other is a duplicate_id reject
        assertTrue(docs.contains("feed.jsonl#5") ^ docs.contains("good.txt#null"), docs.toString());
        assertEquals(1L, rejectsByReason("ingest").get("duplicate_id"));
        for (String good : Set.of("bad_date.txt#null", "future.txt#null", "utf16_bom.txt#null",
                "feed.jsonl#1", "feed.jsonl#6")) {
            assertTrue(docs.contains(good), good + " in " + docs);
        }
        Set<String> quantities = new Tables(out).read(spark, Tables.CLAIMS).collectAsList().stream()
                .map(r -> r.<String>getAs("quantity_text")).collect(Collectors.toSet());
        assertTrue(quantities.containsAll(Set.of("About 300", "Nearly 2,000", "75")), quantities.toString());
    }

    @Test
    void budgetsTurnMonsterArticlesIntoAnnotateRejects() {
        Map<String, Long> annotate = rejectsByReason("annotate");
        assertTrue(annotate.containsKey("too_long"), "the 1M-character line: " + annotate);
        assertTrue(annotate.containsKey("sentence_too_long"), "the 5,000-token sentence: " + annotate);
    }
}
