package org.claimtrail.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;

/**
 * Where each table lives under the output folder, and the one place that reads and writes them.
 *
 * <p>Every table is a Delta table: each write is one atomic Delta commit, a new version. A
 * {@linkplain #forRun run} records the versions it wrote in its row of the {@code runs} table,
 * appended last by {@link #commit}: that row is the commit point. Readers go by it: a table is read
 * at the version the last committed run names (or, inside a run, at the version this run wrote), so
 * a run killed half-way, even by {@code kill -9}, leaves versions no reader sees. Until a first run
 * has committed (an output written table by table, as stage tests do), tables are read at their
 * latest version.
 *
 * <p>Parquet options that analysts depend on (UTC, microsecond timestamps) are set on the session
 * by {@link #configure(SparkSession)}; Delta's own session settings are {@link #SESSION_CONF}.
 */
public final class Tables {

    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String ANNOTATIONS = "annotations";
    public static final String CLAIMS = "claims";
    public static final String STORIES = "stories";
    public static final String SOURCES = "sources";
    public static final String ASSERTIONS = "assertions";
    public static final String ASSERTION_REPORTS = "assertion_reports";
    public static final String RUNS = "runs";

    /** Settings for the session builder, each unless already set (Delta's SQL extension, catalog, log replay). */
    public static final Map<String, String> SESSION_CONF = DeltaStore.SESSION_CONF;

    /** An absolute local path, or a URI of any Hadoop filesystem (see {@link HadoopFiles}). */
    private final String output;
    private final String runId;
    private final FileArtifacts artifacts;
    /** Versions this object wrote, by table: what it reads back of them (written from several threads by report). */
    private final Map<String, Long> written = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile CommittedRuns.Snapshot committed;

    /** Outside a run: reads the last committed run's tables; each write is a Delta commit on its own. */
    public Tables(String output) {
        this(output, null);
    }

    /** A local output folder. */
    public Tables(Path output) {
        this(local(output), null);
    }

    private Tables(String output, String runId) {
        this.output = output.endsWith("/") && output.length() > 1 ? output.substring(0, output.length() - 1) : output;
        this.runId = runId;
        this.artifacts = new FileArtifacts(this.output);
    }

    /**
     * Opens the output for one run: the run reads the tables of the last committed run, taken now,
     * and its own writes. The caller holds the {@link WriterLease}.
     */
    public static Tables forRun(SparkSession spark, String output, String runId) {
        Tables tables = new Tables(output, runId);
        tables.snapshot(spark);
        return tables;
    }

    /** {@link #forRun(SparkSession, String, String)} on a local folder. */
    public static Tables forRun(SparkSession spark, Path output, String runId) {
        return forRun(spark, local(output), runId);
    }

    /** Session settings every writer relies on; called once when the session is built. */
    public static void configure(SparkSession spark) {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    }

    /** The location of a table (a Delta table: read it with Delta, see the README). */
    public String path(String table) {
        return HadoopFiles.child(output, table);
    }

    /** A local folder as an output location. */
    public static String local(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    /**
     * Writes a table as a new Delta version and returns how many rows it holds (from the commit's
     * metrics, no second pass); readers other than this object see it once the run commits.
     */
    public long write(Dataset<Row> rows, String table, String... partitionBy) {
        SparkSession spark = rows.sparkSession();
        snapshot(spark);
        // nullable as the Parquet tables were: what readers and the golden schemas expect
        Dataset<Row> nullable = rows.to(rows.schema().asNullable());
        long version = DeltaStore.overwrite(nullable, path(table), partitionBy);
        written.put(table, version);
        return DeltaStore.writtenRows(spark, path(table), version);
    }

    /**
     * Replaces one stage's rows of the rejects table (column {@code stage}); other stages' rejects
     * stay as they are. When the stage has no rejects and the table none of it, the table is left at
     * its version: a rewrite would be the same rows at the cost of a Delta commit and a dozen Spark jobs.
     */
    public void writeRejects(Dataset<Row> rows, String stage) {
        SparkSession spark = rows.sparkSession();
        Dataset<Row> all = rows.withColumn("stage", lit(stage));
        if (exists(REJECTS)) {
            // only a version a reader will see can be kept: one this run wrote or the last run committed
            // (not one left by a run that never committed, which the commit would not name)
            if (version(spark, REJECTS) != null && rows.isEmpty()
                    && read(spark, REJECTS).filter(col("stage").equalTo(stage)).isEmpty()) {
                return;
            }
            // read at a fixed version: the overwrite below makes a new one, the old files stay
            Dataset<Row> others = read(spark, REJECTS).filter(col("stage").notEqual(stage));
            all = others.unionByName(all.selectExpr(others.columns()));
        }
        write(all.selectExpr(Schemas.REJECTS.fieldNames()).coalesce(1), REJECTS);
    }

    /**
     * A path for a file or folder that is not a table (CSV copies, the HTML report); write there,
     * then call {@link #land(String, String)} with the same relative name.
     */
    public String stagingFor(String relative) {
        return artifacts.stagingFor(relative);
    }

    /** Puts a staged file or folder in place (a rename: readers see the old one or the new one). */
    public void land(String relative, String stagedPath) {
        artifacts.land(relative, stagedPath);
    }

    /** Removes files staged by runs that died; only for the holder of the {@link WriterLease}. */
    public void cleanLeftovers() {
        artifacts.cleanStaging();
    }

    /**
     * Appends the run's row to {@code runs}, naming the version of every table as of this run: from
     * this moment readers see the run's tables.
     */
    public void commit(SparkSession spark, RunRecord run) {
        CommittedRuns.commit(spark, path(RUNS), snapshot(spark), written, run);
        committed = null;
        written.clear();
    }

    /** True when a table can be read: written by this object, or part of the committed output. */
    public boolean exists(String table) {
        return version(SparkSession.active(), table) != null || (committedNothing() && isDelta(table));
    }

    /** The table as this object reads it: its own write, else the last committed run's version. */
    public Dataset<Row> read(SparkSession spark, String table) {
        Long version = version(spark, table);
        if (version == null && !(snapshot(spark).empty() && isDelta(table))) {
            String p = path(table);
            String why = !HadoopFiles.exists(p) ? "not found at " + p
                    : !isDelta(table) ? "at " + p + " is not a Delta table (written by an older claimtrail?)"
                    : "at " + p + " has no version in a completed run";
            throw new ConfigException("table '" + table + "' " + why + ": run the stage that writes it first");
        }
        return DeltaStore.read(spark, path(table), version);
    }

    /** A table as the committed run {@code runId} left it: one call, {@code VERSION AS OF} underneath. */
    public Dataset<Row> readAsOfRun(SparkSession spark, String table, String runId) {
        Long version = CommittedRuns.of(spark, path(RUNS), runId).get(table);
        if (version == null) {
            throw new ConfigException("run " + runId + " names no version of table '" + table + "'");
        }
        return DeltaStore.read(spark, path(table), version);
    }

    /** The Delta version this object reads of a table, or null for the latest (nothing committed yet) or none. */
    public Long version(SparkSession spark, String table) {
        Long own = written.get(table);
        if (own != null) {
            return own;
        }
        // runs is the commit log: read at the version the committed snapshot was taken from
        return table.equals(RUNS) ? snapshot(spark).runsVersion() : snapshot(spark).versions().get(table);
    }

    /** The newest version Delta holds of a table, committed by a run or not. */
    public long latestVersion(SparkSession spark, String table) {
        return DeltaStore.latestVersion(spark, path(table));
    }

    /**
     * How many rows the table holds as this object reads it, from the writing commit's metrics (every
     * table but {@code runs} is written whole, so the commit's rows are the version's rows): no Spark
     * job. Counts the rows when the log has no such metric or nothing was committed yet.
     */
    public long rows(SparkSession spark, String table) {
        Long version = version(spark, table);
        if (version == null || table.equals(RUNS)) {
            return read(spark, table).count();
        }
        return DeltaStore.writtenRows(spark, path(table), version);
    }

    /** The Parquet files of the table's version that {@link #read} reads, for plain Parquet readers. */
    public List<String> dataFiles(SparkSession spark, String table) {
        Long version = version(spark, table);
        return DeltaStore.files(spark, path(table), version != null ? version : latestVersion(spark, table));
    }

    private boolean committedNothing() {
        return snapshot(SparkSession.active()).empty();
    }

    private boolean isDelta(String table) {
        return DeltaStore.isTable(SparkSession.active(), path(table));
    }

    /** The last committed run's versions, read once per object (a run keeps the state it started from). */
    private synchronized CommittedRuns.Snapshot snapshot(SparkSession spark) {
        if (committed == null) {
            committed = CommittedRuns.last(spark, path(RUNS));
        }
        return committed;
    }

    public String output() {
        return output;
    }

    /** The run this object writes for, or null outside a run. */
    public String runId() {
        return runId;
    }
}
