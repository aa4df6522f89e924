package org.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.claimtrail.testing.ChildRun;
import org.claimtrail.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scheduled job's life: the same batch again (same claims, row for row, nothing annotated),
 * the next day's batch alone (its articles join the earlier ones, only they are annotated; claims,
 * assertions and reports cover all), a run killed with SIGKILL halfway (the previous output stays
 * complete and readable), and {@code --replace} (the output holds the given input only).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunLifecycleTest {

    @TempDir
    static Path dir;
    static Path corpus;
    static Path out;
    static String firstRun;
    static final SparkSession spark = SharedSpark.get();

    @BeforeAll
    static void firstBatch() {
        corpus = SampleCorpus.copy(dir.resolve("corpus"), 0, 4);
        out = dir.resolve("out");
        firstRun = run(corpus, out);
    }

    /** Runs the whole pipeline in this JVM and returns what it printed. */
    private static String run(Path input, Path output) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = ClaimtrailCli.execute("run", "--input", input.toString(), "--output", output.toString());
        } finally {
            System.setOut(stdout);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        stdout.print(printed);
        assertEquals(0, code, printed);
        return printed;
    }

    private static List<String> claimRows(Path output, String... without) {
        return new Tables(output).read(spark, Tables.CLAIMS).drop(without).orderBy("claim_id").collectAsList().stream()
                .map(Row::toString).toList();
    }

    @Test
    @Order(1)
    void theSameBatchAgainGivesTheSameClaimsRowForRow() {
        List<String> before = claimRows(out);
        String printed = run(corpus, out);
        assertTrue(printed.contains("reused 4, annotated 0"), printed);
        assertTrue(printed.contains("new 0, changed 0, unchanged 4, kept from earlier runs 0"), printed);
        assertFalse(before.isEmpty());
        assertEquals(before, claimRows(out));
        assertEquals(2, new Tables(out).read(spark, Tables.RUNS).count(), "each run adds its row to runs");
    }

    @Test
    @Order(2)
    void todaysBatchAloneAddsItsArticlesAnnotatesOnlyThoseAndUpdatesEverythingDownstream() {
        // new articles may join (and so re-label) an earlier article's story: story and series aside
        List<String> before = claimRows(out, "story_id", "series_id");
        Path today = SampleCorpus.copy(dir.resolve("today"), 4, 2);
        String printed = run(today, out);
        assertTrue(printed.contains("reused 4, annotated 2"), printed);
        assertTrue(printed.contains("new 2, changed 0, unchanged 0, kept from earlier runs 4; articles in the output 6"), printed);

        List<String> after = claimRows(out, "story_id", "series_id");
        assertTrue(after.containsAll(before), "the first batch's claims are unchanged");
        Tables tables = new Tables(out);
        List<String> newDocs = tables.read(spark, Tables.ARTICLES).orderBy("doc_id").collectAsList().stream()
                .map(r -> r.<String>getAs("doc_id")).filter(d -> d.startsWith("005") || d.startsWith("006")).toList();
        assertEquals(2, newDocs.size(), newDocs.toString());
        for (String table : List.of(Tables.CLAIMS, Tables.ASSERTION_REPORTS)) {
            assertTrue(tables.read(spark, table).filter(org.apache.spark.sql.functions.col("doc_id").isin(newDocs.toArray())).count() > 0,
                    table + " has rows of the new articles");
        }
        assertEquals(after.size(), tables.read(spark, Tables.ASSERTION_REPORTS).count(), "every claim is in an assertion");
        assertTrue(tables.read(spark, "reports/coverage").count() > 0);
    }

    @Test
    @Order(3)
    void aRunKilledHalfwayLeavesThePreviousOutputCompleteAndReadable() throws Exception {
        List<String> claimsBefore = claimRows(out);
        long articlesBefore = new Tables(out).read(spark, Tables.ARTICLES).count();
        Path otherBatch = SampleCorpus.copy(dir.resolve("other"), 8, 3);

        Path childLog = dir.resolve("child.log");
        long committedArticles = new Tables(out).version(spark, Tables.ARTICLES);
        Process child = ChildRun.start(childLog, "run", "--input", otherBatch.toString(), "--output", out.toString());
        boolean killed = false;
        List<String> printed = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                printed.add(line);
                if (line.startsWith("ingest:")) { // ingest's tables are written; annotate is starting
                    child.destroyForcibly();       // SIGKILL on Unix: no shutdown hooks, no cleanup
                    killed = true;
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertTrue(killed, "the child run never finished ingest: " + printed + "\n" + Files.readString(childLog));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        Tables reader = new Tables(out);
        assertTrue(reader.latestVersion(spark, Tables.ARTICLES) > committedArticles, "the killed run had written articles");
        assertEquals(committedArticles, reader.version(spark, Tables.ARTICLES), "which no committed run names");

        assertEquals(articlesBefore, new Tables(out).read(spark, Tables.ARTICLES).count(), "the previous articles are still there");
        assertEquals(claimsBefore, claimRows(out));
        for (String table : List.of(Tables.ARTICLES, Tables.REJECTS, Tables.ANNOTATIONS, Tables.CLAIMS, Tables.SOURCES,
                Tables.ASSERTIONS, Tables.ASSERTION_REPORTS, Tables.RUNS, "reports/timeline")) {
            assertTrue(reader.exists(table), table + " is committed");
        }
        assertTrue(Files.isRegularFile(out.resolve("report/index.html")));

        assertFalse(Files.readString(out.resolve(".claimtrail-writer")).isBlank(), "the killed run never released the output");
        assertEquals(0, ClaimtrailCli.execute("report", "--output", out.toString()),
                "the next command finds the killed run dead (its lock gone with it) and reads the output");
        assertEquals(articlesBefore, new Tables(out).read(spark, Tables.ARTICLES).count());
        assertTrue(Files.readString(out.resolve(".claimtrail-writer")).isBlank(), "released at its end");
    }

    @Test
    @Order(4)
    void replaceKeepsTheGivenInputOnly() {
        Path other = SampleCorpus.copy(dir.resolve("replacing"), 8, 2);
        assertEquals(0, ClaimtrailCli.execute("run", "--replace", "--stages", "ingest,annotate,extract",
                "--input", other.toString(), "--output", out.toString()));
        Tables tables = new Tables(out);
        assertEquals(2, tables.read(spark, Tables.ARTICLES).count());
        assertEquals(2, tables.read(spark, Tables.ANNOTATIONS).count());
        List<String> kept = tables.read(spark, Tables.ARTICLES).collectAsList().stream().map(r -> r.<String>getAs("doc_id")).toList();
        List<String> claimed = tables.read(spark, Tables.CLAIMS).collectAsList().stream().map(r -> r.<String>getAs("doc_id")).toList();
        assertFalse(claimed.isEmpty());
        assertTrue(kept.containsAll(claimed), "no claim of an earlier batch's article: " + claimed);
    }
}
