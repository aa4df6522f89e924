package org.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's tables become visible together, survive a crash in the middle of the commit, and carry markers. */
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

    @AfterEach
    void noCrash() {
        Tables.crashPoint = () -> { };
    }

    @Test
    void aRunsTablesAppearOnlyAtItsCommit() throws Exception {
        new Tables(out).write(numbers(1), "a");
        Tables run = Tables.forRun(out, "r1");
        run.write(numbers(2), "a");
        run.write(numbers(3), "b");
        assertEquals(2, run.read(spark, "a").count(), "the run reads what it staged");
        assertEquals(1, count("a"), "others still see the previous table");
        assertFalse(Files.exists(out.resolve("b")));
        run.commit();
        assertEquals(2, count("a"));
        assertEquals(3, count("b"));
        assertTrue(Files.readString(out.resolve("b").resolve(Tables.MARKER)).contains("\"run_id\":\"r1\""), "marker names the run");
        assertFalse(Files.exists(out.resolve(Tables.RUNS_DIR).resolve("r1")), "staging is cleaned up");
    }

    @Test
    void aCommitCutShortIsFinishedByTheNextRun() throws Exception {
        new Tables(out).write(numbers(1), "a");
        new Tables(out).write(numbers(1), "b");
        Tables run = Tables.forRun(out, "r1");
        run.write(numbers(2), "a");
        run.write(numbers(2), "b");
        Tables.crashPoint = () -> {
            throw new IllegalStateException("simulated crash after the first rename");
        };
        assertThrows(IllegalStateException.class, run::commit);
        Tables.crashPoint = () -> { };
        assertTrue(Files.exists(out.resolve(Tables.JOURNAL)), "the journal outlives the crash");
        assertEquals(2, count("a"));
        assertEquals(1, count("b"), "the crash came before b was switched");

        Tables.forRun(out, "r2"); // what the next command does first
        assertEquals(2, count("a"));
        assertEquals(2, count("b"), "recovery finished the interrupted commit");
        assertFalse(Files.exists(out.resolve(Tables.JOURNAL)));
        assertFalse(Files.exists(out.resolve(Tables.RUNS_DIR).resolve("r1")));
    }

    @Test
    void whatAKilledRunStagedIsDiscardedAndNeverSeen() {
        new Tables(out).write(numbers(1), "a");
        Tables killed = Tables.forRun(out, "r1");
        killed.write(numbers(5), "a"); // and then the process dies: no commit
        assertTrue(Files.exists(out.resolve(Tables.RUNS_DIR).resolve("r1")));
        assertEquals(1, count("a"));
        Tables.forRun(out, "r2");
        assertFalse(Files.exists(out.resolve(Tables.RUNS_DIR).resolve("r1")));
        assertEquals(1, count("a"));
    }

    @Test
    void aTableWithoutItsCommitMarkerIsRefused() {
        numbers(3).write().parquet(out.resolve("claims").toString()); // written by something else
        ConfigException e = assertThrows(ConfigException.class, () -> new Tables(out).read(spark, "claims"));
        assertTrue(e.getMessage().contains("has no commit marker"), e.getMessage());
        assertFalse(new Tables(out).exists("claims"));
    }

    @Test
    void rejectsOfOneStageAreReplacedAndTheOthersKept() {
        Tables run = Tables.forRun(out, "r1");
        run.writeRejects(rejects("ingest", 2), "ingest");
        run.writeRejects(rejects("annotate", 1), "annotate");
        run.commit();
        Tables next = Tables.forRun(out, "r2");
        next.writeRejects(rejects("annotate", 3), "annotate");
        next.commit();
        List<Row> byStage = new Tables(out).read(spark, Tables.REJECTS).groupBy("stage").count().orderBy("stage").collectAsList();
        assertEquals("[[annotate,3], [ingest,2]]", byStage.toString());
    }

    private Dataset<Row> rejects(String stage, int n) {
        return spark.range(n).selectExpr("concat('f', id) AS source_path", "CAST(NULL AS INT) AS line",
                "CAST(NULL AS STRING) AS doc_id", "'" + stage + "' AS stage", "'empty' AS reason", "CAST(NULL AS STRING) AS detail");
    }
}
