package org.claimtrail.io;

import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code runs} table as the commit log of the output: a run's row, appended last, makes the
 * table versions it names the output's current state. A run killed before its row leaves versions
 * that no row names, and claimtrail's readers never see them.
 */
final class CommittedRuns {

    private CommittedRuns() {
    }

    /**
     * The state of the output as of its last committed run: every table's Delta version, and the
     * version of {@code runs} it was read at.
     */
    record Snapshot(Map<String, Long> versions, Long runsVersion) {
        static final Snapshot NONE = new Snapshot(Map.of(), null);

        /** True when no run has committed yet (an output written table by table, or a new one). */
        boolean empty() {
            return runsVersion == null;
        }
    }

    static Snapshot last(SparkSession spark, String runsPath) {
        if (!DeltaStore.isTable(spark, runsPath)) {
            return Snapshot.NONE;
        }
        long version = DeltaStore.latestVersion(spark, runsPath);
        List<Row> last = DeltaStore.read(spark, runsPath, version)
                .orderBy(col("finished_at").desc(), col("run_id").desc()).limit(1).collectAsList();
        if (last.isEmpty() || last.get(0).isNullAt(last.get(0).fieldIndex("table_versions"))) {
            return new Snapshot(Map.of(), version);
        }
        return new Snapshot(Map.copyOf(last.get(0).<String, Long>getJavaMap(last.get(0).fieldIndex("table_versions"))), version);
    }

    /** The table versions one named run recorded. */
    static Map<String, Long> of(SparkSession spark, String runsPath, String runId) {
        List<Row> rows = DeltaStore.read(spark, runsPath, null).filter(col("run_id").equalTo(runId)).collectAsList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no committed run " + runId + " in " + runsPath);
        }
        return Map.copyOf(rows.get(0).<String, Long>getJavaMap(rows.get(0).fieldIndex("table_versions")));
    }

    /**
     * Appends the run's row, naming {@code written} over {@code before}: the commit point. Fails if
     * another run committed since {@code before} was read (the lease should make that impossible).
     */
    static long commit(SparkSession spark, String runsPath, Snapshot before, Map<String, Long> written, RunRecord run) {
        Snapshot now = last(spark, runsPath);
        if (!java.util.Objects.equals(now.runsVersion(), before.runsVersion())) {
            throw new IllegalStateException("another run committed to " + runsPath + " while run " + run.runId()
                    + " was writing (runs version " + before.runsVersion() + " then " + now.runsVersion() + "); not committed");
        }
        Map<String, Long> versions = new TreeMap<>(before.versions());
        versions.putAll(written);
        Row row = RowFactory.create(run.runId(), run.startedAt(), Instant.now(), run.stages().toArray(String[]::new),
                run.inputs().toArray(String[]::new), run.summary().toArray(String[]::new),
                versions);
        Dataset<Row> rows = spark.createDataFrame(List.of(row), Schemas.RUNS);
        return DeltaStore.append(rows.coalesce(1), runsPath);
    }
}
