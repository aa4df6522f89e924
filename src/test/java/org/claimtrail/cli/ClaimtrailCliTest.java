package org.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, and what gets written. */
class ClaimtrailCliTest {

    @TempDir
    static Path dir;
    static Path corpus;

    @BeforeAll
    static void corpus() throws Exception {
        SharedSpark.get(); // commands reuse the test JVM's session and leave it running
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "At least 12 people were killed, police said.");
        Files.writeString(corpus.resolve("b.txt"), "Some 300 troops were deployed to the border.");
        Files.writeString(corpus.resolve("c.txt"), "");
    }

    private record Outcome(int code, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter err = new StringWriter();
        int code = ClaimtrailCli.execute(new PrintWriter(err, true), args);
        return new Outcome(code, err.toString());
    }

    @Test
    void ingestThenExportWritesOneLinePerArticle() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, run("ingest", "--input", corpus.toString(), "--output", out.toString()).code());
        Path jsonl = dir.resolve("articles.jsonl");
        assertEquals(0, run("export", "--output", out.toString(), "--table", "articles", "--format", "jsonl",
                "--to", jsonl.toString()).code());
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(2, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{") && l.contains("\"doc_id\"")));
        Path csv = dir.resolve("rejects.csv");
        assertEquals(0, run("export", "--output", out.toString(), "--table", "rejects", "--format", "csv",
                "--to", csv.toString()).code());
        assertTrue(Files.readString(csv).contains("empty"));
    }

    @Test
    void severalTablesExportInOneCallIntoTheFolderGiven() throws Exception {
        Path out = dir.resolve("out-several");
        assertEquals(0, run("ingest", "--input", corpus.toString(), "--output", out.toString()).code());
        Path folder = dir.resolve("several");
        assertEquals(0, run("export", "--output", out.toString(), "--table", "articles,rejects", "--to", folder.toString()).code());
        assertEquals(2, Files.readAllLines(folder.resolve("articles.jsonl")).size());
        assertTrue(Files.readString(folder.resolve("rejects.jsonl")).contains("\"empty\""));
        // one table to a folder that is there: a file inside it, the folder's other files kept
        assertEquals(0, run("export", "--output", out.toString(), "--table", "articles", "--format", "csv", "--to", folder.toString()).code());
        assertTrue(Files.readString(folder.resolve("articles.csv")).contains("doc_id"));
        assertTrue(Files.exists(folder.resolve("articles.jsonl")));
        Outcome twice = run("export", "--output", out.toString(), "--table", "articles", "--table", "articles");
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("named twice"), twice.err());
    }

    @Test
    void exportAsParquetWritesTheCurrentSnapshotOnly() throws Exception {
        Path out = dir.resolve("out-parquet");
        for (int i = 0; i < 2; i++) { // the second run replaces the first's articles: both versions' files stay in the folder
            assertEquals(0, run("ingest", "--input", corpus.toString(), "--output", out.toString()).code());
        }
        Path folder = dir.resolve("articles.parquet");
        assertEquals(0, run("export", "--output", out.toString(), "--table", "articles", "--format", "parquet",
                "--to", folder.toString()).code());
        assertFalse(Files.exists(folder.resolve("_delta_log")), "plain Parquet, no Delta log");
        assertEquals(2, SharedSpark.get().read().parquet(folder.toString()).count(), "the snapshot's rows, not both versions'");
        assertEquals(4, SharedSpark.get().read().parquet(out.resolve("articles").toString()).count(),
                "what a plain reader of the table's folder would get instead");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Outcome o = run("ingest", "--inptu", "x");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--inptu"), o.err());
    }

    @Test
    void missingInputIsOneClearLineAndWritesNothing() {
        Path out = dir.resolve("never");
        Outcome o = run("run", "--input", dir.resolve("nope").toString(), "--output", out.toString());
        assertEquals(2, o.code());
        assertEquals("claimtrail: input not found: " + dir.resolve("nope"), o.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputOnAFilesystemWithoutClientIsOneClearLineNotALocalFolder() {
        Outcome o = run("run", "--input", corpus.toString(), "--output", "nosuchfs://bucket/claimtrail-out");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("claimtrail: output nosuchfs://bucket/claimtrail-out: No FileSystem for scheme"), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(Files.exists(org.claimtrail.testing.ProjectFiles.home().resolve("nosuchfs:")));
    }

    @Test
    void outputInsideInputIsRefused() {
        Outcome o = run("ingest", "--input", corpus.toString(), "--output", corpus.resolve("out").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("inside input"), o.err());
        assertFalse(Files.exists(corpus.resolve("out")));
    }

    @Test
    void unwritableOutputIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Outcome o = run("ingest", "--input", corpus.toString(), "--output", file.resolve("out").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("not writable"), o.err());
    }

    @Test
    void exportOfAMissingTableSaysWhatToRun() {
        Outcome o = run("export", "--output", dir.resolve("empty-out").toString(), "--table", "claims");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("run the stage that writes it first"), o.err());
    }
}
