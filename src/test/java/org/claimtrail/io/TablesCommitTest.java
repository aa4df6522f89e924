package org.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delta tables with the {@code runs} row as the commit point: a run's tables appear together when
 * its row is written, a run that never writes it leaves versions no reader sees, and a table can be
 * read as any committed run left it.
 */
class TablesCommitTest {

    @TempDir
    Path out;

    private final SparkSession spark = SharedSpark.get();

    private Dataset<Row> numbers(int n) {
        return spark.range(n).toDF("n");
    }

    private long count(String table) {
        return new Tables(out).read(spark, table).count();
    }

    private void commit(Tables run) {
        run.commit(spark, new RunRecord(run.runId(), Instant.now(), List.of("test"), List.of(), List.of()));
    }

    @Test
    void aRunsTablesAppearOnlyAtItsCommit() {
        Tables first = Tables.forRun(spark, out, "r0");
        first.write(numbers(1), "a");
        commit(first);

        Tables run = Tables.forRun(spark, out, "r1");
        run.write(numbers(2), "a");
        run.write(numbers(3), "b");
        assertEquals(2, run.read(spark, "a").count(), "the run reads what it wrote");
        assertEquals(1, count("a"), "others still see the last committed run's table");
        assertFalse(new Tables(out).exists("b"), "a table no committed run names is not there for readers");
        commit(run);

        assertEquals(2, count("a"));
        assertEquals(3, count("b"));
        assertEquals(1, new Tables(out).readAsOfRun(spark, "a", "r0").count(), "an earlier run's snapshot, in one call");
        Row r1 = new Tables(out).read(spark, Tables.RUNS).filter("run_id = 'r1'").head();
        assertEquals(java.util.Map.of("a", 1L, "b", 0L), r1.getJavaMap(r1.fieldIndex("table_versions")),
                "the runs row names the Delta version of every table");
    }

    @Test
    void versionsOfARunThatNeverCommittedAreNeverSeen() {
        Tables first = Tables.forRun(spark, out, "r0");
        first.write(numbers(1), "a");
        commit(first);
        Tables killed = Tables.forRun(spark, out, "r1");
        killed.write(numbers(5), "a"); // and then the process dies: no runs row

        Tables reader = new Tables(out);
        assertEquals(1, reader.latestVersion(spark, "a"), "Delta committed the killed run's version");
        assertEquals(0L, reader.version(spark, "a"), "claimtrail reads the committed run's");
        assertEquals(1, count("a"));

        Tables next = Tables.forRun(spark, out, "r2");
        next.write(numbers(2), "b");
        commit(next);
        assertEquals(1, count("a"), "a run that did not write a carries the committed version on");
        assertEquals(2, count("b"));
    }

    @Test
    void aRunThatFindsAnotherCommittedMeanwhileDoesNotCommit() {
        Tables one = Tables.forRun(spark, out, "r1");
        Tables two = Tables.forRun(spark, out, "r2");
        one.write(numbers(1), "a");
        two.write(numbers(2), "a");
        commit(two);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> commit(one));
        assertTrue(e.getMessage().contains("another run committed"), e.getMessage());
        assertEquals(2, count("a"));
    }

    @Test
    void aTableIsReadPastDeltasFirstCheckpoint() {
        // Delta writes a checkpoint at its tenth commit; a Delta build made for another Spark patch
        // than the one on the class path could not read it (NoSuchMethodError): a daily run's
        // eleventh day would have failed
        Tables tables = new Tables(out);
        for (int i = 1; i <= 12; i++) {
            tables.write(numbers(i), "daily");
        }
        assertTrue(java.nio.file.Files.exists(out.resolve("daily/_delta_log/00000000000000000010.checkpoint.parquet")));
        assertEquals(12, count("daily"));
        assertEquals(11L, tables.latestVersion(spark, "daily"));
    }

    @Test
    void anOverwriteReplacesEveryPartition() {
        Tables tables = new Tables(out);
        tables.write(spark.sql("SELECT id, CAST(id % 2 AS INT) AS part FROM range(4)"), "p", "part");
        tables.write(spark.sql("SELECT id, 0 AS part FROM range(1)"), "p", "part");
        assertEquals(1, count("p"), "no partition of the previous version survives (not dynamic overwrite)");
    }

    @Test
    void aPlainParquetFolderIsNotATable() {
        numbers(3).write().parquet(out.resolve("claims").toString()); // written by something else
        ConfigException e = assertThrows(ConfigException.class, () -> new Tables(out).read(spark, "claims"));
        assertTrue(e.getMessage().contains("is not a Delta table"), e.getMessage());
        assertFalse(new Tables(out).exists("claims"));
    }

    @Test
    void aParquetTableOfAnOlderClaimtrailIsReplacedWhole() throws Exception {
        Path old = out.resolve("a");
        numbers(3).write().parquet(old.toString());
        Files.writeString(old.resolve("_claimtrail_commit"), "{}");
        new Tables(out).write(numbers(2), "a");
        assertEquals(2, count("a"));
        try (var files = Files.list(old)) {
            assertEquals(new Tables(out).dataFiles(spark, "a").size(),
                    files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count(),
                    "the old files are gone, so a glob reads the table's rows only");
        }
    }

    @Test
    void theRunsOfAnOlderClaimtrailAreKeptInTheFirstDeltaVersionOfRuns() throws Exception {
        // the runs table as an older claimtrail wrote it: Parquet with its marker, no table_versions
        Path old = out.resolve(Tables.RUNS);
        spark.sql("SELECT 'old-run' AS run_id, TIMESTAMP'2024-12-01 10:00:00' AS started_at, TIMESTAMP'2024-12-01 10:05:00' AS finished_at,"
                + " array('ingest') AS stages, array('data/sample') AS inputs, array('ingest: read 17') AS summary")
                .write().parquet(old.toString());
        Files.writeString(old.resolve("_claimtrail_commit"), "{}");

        Tables run = Tables.forRun(spark, out, "r1");
        run.write(numbers(1), "a");
        commit(run);

        List<Row> runs = new Tables(out).read(spark, Tables.RUNS).orderBy("finished_at").collectAsList();
        assertEquals(List.of("old-run", "r1"), runs.stream().map(r -> r.<String>getAs("run_id")).toList());
        assertTrue(runs.get(0).isNullAt(runs.get(0).fieldIndex("table_versions")), "the old run names no Delta version");
        assertEquals(1, count("a"), "the new run's row is the commit point");
        try (var files = Files.list(old)) {
            assertEquals(new Tables(out).dataFiles(spark, Tables.RUNS).size(),
                    files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count(), "no old file is left beside the table");
        }
        assertFalse(Files.exists(old.resolve("_claimtrail_commit")));
    }

    @Test
    void rejectsOfOneStageAreReplacedAndTheOthersKept() {
        Tables run = Tables.forRun(spark, out, "r1");
        run.writeRejects(rejects("ingest", 2), "ingest");
        run.writeRejects(rejects("annotate", 1), "annotate");
        commit(run);
        Tables next = Tables.forRun(spark, out, "r2");
        next.writeRejects(rejects("annotate", 3), "annotate");
        commit(next);
        assertEquals("[[annotate,3], [ingest,2]]", committedRejectsByStage());
    }

    @Test
    void noRejectsWhereTheTableHasNoneOfTheStageLeaveItsVersionAndNoneRemoveTheOldOnes() {
        Tables run = Tables.forRun(spark, out, "r1");
        run.writeRejects(rejects("ingest", 2), "ingest");
        long version = run.version(spark, Tables.REJECTS);
        run.writeRejects(rejects("annotate", 0), "annotate");
        assertEquals(version, run.version(spark, Tables.REJECTS), "nothing to replace, nothing written");
        run.writeRejects(rejects("annotate", 1), "annotate");
        commit(run);
        Tables next = Tables.forRun(spark, out, "r2");
        next.writeRejects(rejects("annotate", 0), "annotate");
        commit(next);
        assertEquals("[[ingest,2]]", committedRejectsByStage(), "the last run's annotate rejects are gone with its empty set");
    }

    /** The committed rejects table's rows per stage, as {@code [[stage,n], ...]}. */
    private String committedRejectsByStage() {
        return new Tables(out).read(spark, Tables.REJECTS).groupBy("stage").count().orderBy("stage").collectAsList().toString();
    }

    @Test
    void aRejectsTableNoRunCommittedIsWrittenAgainSoTheCommitNamesIt() {
        Tables died = Tables.forRun(spark, out, "r0");
        died.writeRejects(rejects("ingest", 2), "ingest"); // and never committed
        Tables run = Tables.forRun(spark, out, "r1");
        run.writeRejects(rejects("annotate", 0), "annotate");
        commit(run);
        assertEquals(2, new Tables(out).read(spark, Tables.REJECTS).count(), "readable as the committed run's version");
    }

    @Test
    void vacuumRemovesReplacedFilesAndTheCommittedRunsTablesStillRead() throws Exception {
        for (int n = 1; n <= 2; n++) { // two runs: version 0 of a is replaced by version 1
            Tables run = Tables.forRun(spark, out, "r" + n);
            run.write(numbers(n), "a");
            commit(run);
        }
        long current = new Tables(out).dataFiles(spark, "a").size();
        long both = parquetFiles("a");
        assertTrue(both > current);
        vacuum("a", "RETAIN 168 HOURS"); // what the README suggests: nothing is old enough yet
        assertEquals(both, parquetFiles("a"), "replaced files are kept for a week");
        vacuum("a", "RETAIN 0 HOURS");
        assertEquals(current, parquetFiles("a"), "only the current version's files are left");
        assertEquals(2, new Tables(out).read(spark, "a").collectAsList().size());
        assertThrows(Exception.class, () -> new Tables(out).readAsOfRun(spark, "a", "r1").collectAsList(),
                "an earlier run's version is gone with its files");

        assertTrue(new Tables(out).latestVersion(spark, "a") > new Tables(out).version(spark, "a"),
                "VACUUM's own commits are versions of the table that no run names");
        Tables next = Tables.forRun(spark, out, "r3");
        next.write(numbers(3), "b");
        commit(next);
        assertEquals(2, count("a"), "the next run carries the committed version on");
    }

    /**
     * VACUUM through Spark SQL, as the README shows it (its listing in 8 tasks rather than 10,000);
     * the retention check is off only so that RETAIN 0 can run.
     */
    private void vacuum(String table, String retain) {
        String check = "spark.databricks.delta.retentionDurationCheck.enabled";
        String listing = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
        spark.conf().set(check, "false");
        spark.conf().set(listing, "8");
        try {
            spark.sql("VACUUM delta.`" + new Tables(out).path(table) + "` " + retain).collectAsList();
        } finally {
            spark.conf().unset(check);
            spark.conf().unset(listing);
        }
    }

    private long parquetFiles(String table) throws Exception {
        try (var files = Files.list(out.resolve(table))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
        }
    }

    private Dataset<Row> rejects(String stage, int n) {
        return spark.range(n).selectExpr("concat('f', id) AS source_path", "CAST(NULL AS INT) AS line",
                "CAST(NULL AS STRING) AS doc_id", "'" + stage + "' AS stage", "'empty' AS reason", "CAST(NULL AS STRING) AS detail");
    }

    @Test
    void aWriteSaysHowManyRowsItWroteFromDeltasCommitMetrics() {
        Tables tables = new Tables(out);
        assertEquals(3, tables.write(numbers(3), "n"));
        assertEquals(5, tables.write(numbers(5), "n"), "an overwrite counts the new version's rows");
        assertEquals(5, tables.read(spark, "n").count());
    }
}
