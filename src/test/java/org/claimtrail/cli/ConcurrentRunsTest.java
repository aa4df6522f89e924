package org.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.claimtrail.testing.ChildRun;
import org.claimtrail.testing.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs started together on one output, each in its own JVM: one wins, the other stops at once
 * with exit code 3 and one line naming the winner, and the output is what a single run writes.
 * (Ingest only: the lease is the same for every stage, and ingest needs no CoreNLP.)
 */
class ConcurrentRunsTest {

    @TempDir
    Path dir;

    private final SparkSession spark = SharedSpark.get();

    @Test
    void oneWinsTheOtherExitsThreeAndTheOutputIsASingleRuns() throws Exception {
        Path corpus = SampleCorpus.copy(dir.resolve("corpus"), 0, 3);
        Path out = dir.resolve("out");
        String[] args = {"run", "--stages", "ingest", "--input", corpus.toString(), "--output", out.toString()};
        Process a = ChildRun.start(dir.resolve("a.log"), args);
        Process b = ChildRun.start(dir.resolve("b.log"), args);
        assertTrue(a.waitFor(180, TimeUnit.SECONDS) && b.waitFor(180, TimeUnit.SECONDS), "both runs ended");

        List<Integer> codes = List.of(a.exitValue(), b.exitValue());
        assertTrue(codes.contains(0) && codes.contains(3), "one wins, one is refused: " + codes);
        Path loserLog = dir.resolve(a.exitValue() == 3 ? "a.log" : "b.log");
        String winner = new Tables(out).read(spark, Tables.RUNS).head().getAs("run_id");
        List<String> said = Files.readAllLines(loserLog, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("claimtrail:")).toList();
        assertEquals(1, said.size(), Files.readString(loserLog));
        assertTrue(said.get(0).contains("is being written by run " + winner), said.get(0));

        Path single = dir.resolve("single");
        assertEquals(0, ClaimtrailCli.execute("run", "--stages", "ingest", "--input", corpus.toString(), "--output", single.toString()));
        for (String table : List.of(Tables.ARTICLES, Tables.REJECTS)) {
            assertEquals(rows(single, table), rows(out, table), table);
        }
        assertEquals(1, new Tables(out).read(spark, Tables.RUNS).count(), "one run committed");
    }

    private List<String> rows(Path output, String table) {
        return new Tables(output).read(spark, table).orderBy("doc_id", "source_path").collectAsList().stream()
                .map(Row::toString).toList();
    }
}
