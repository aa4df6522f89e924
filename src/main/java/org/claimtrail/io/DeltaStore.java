package org.claimtrail.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;


/**
 * The only class that speaks Delta Lake: writes a table as a new version, reads one at a version,
 * tells a table's versions and the data files of a snapshot. {@link Tables} decides which version a
 * reader gets; this class only does what it is asked.
 */
final class DeltaStore {

    private DeltaStore() {
    }

    /**
     * Session settings for Delta, set before the session starts unless already set: the SQL
     * extension and catalog ({@code VERSION AS OF}, {@code VACUUM}), and one partition for
     * rebuilding a snapshot's state from its log. Delta's default, 50, made every read and write of
     * a table a job of 50 tasks over a handful of log entries: the sample run took 198 s of CPU
     * instead of 129 s on 2 cores. A table whose log lists very many files can take more with
     * {@code --conf spark.databricks.delta.snapshotPartitions=N}.
     */
    static final Map<String, String> SESSION_CONF = Map.of(
            "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
            "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog",
            "spark.databricks.delta.snapshotPartitions", "1");

    /** Marker of a Parquet table written by claimtrail before its tables were Delta tables. */
    private static final String LEGACY_MARKER = "_claimtrail_commit";

    /**
     * Replaces the whole table with {@code rows} as one Delta commit and returns the new version.
     * The partitioning and schema may change from one version to the next (a new claimtrail).
     */
    static long overwrite(Dataset<Row> rows, String path, String... partitionBy) {
        dropLegacyParquet(path);
        // the session's dynamic partition overwrite would keep partitions the new rows lack
        rows.write().format("delta").mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "static")
                .option("overwriteSchema", "true")
                .partitionBy(partitionBy)
                .save(path);
        return latestVersion(rows.sparkSession(), path);
    }

    /**
     * Adds rows as one Delta commit (the {@code runs} table) and returns the new version. Appending
     * to a Parquet table of an older claimtrail makes its first Delta version of the old rows and the
     * new (columns the old rows lack are null, so every column is nullable, as in {@link Tables#write}):
     * the history is kept and no old file is left beside the table.
     */
    static long append(Dataset<Row> rows, String path) {
        if (isLegacyParquet(path)) {
            SparkSession spark = rows.sparkSession();
            // collected before the old folder is removed; the runs table is a row per run
            List<Row> all = spark.read().parquet(path).unionByName(rows, true).selectExpr(rows.columns()).collectAsList();
            return overwrite(spark.createDataFrame(all, rows.schema().asNullable()).coalesce(1), path);
        }
        rows.write().format("delta").mode(SaveMode.Append).option("mergeSchema", "true").save(path);
        return latestVersion(rows.sparkSession(), path);
    }

    /** The table at {@code version}, or at its latest version when {@code version} is null. */
    static Dataset<Row> read(SparkSession spark, String path, Long version) {
        var reader = spark.read().format("delta");
        if (version != null) {
            reader = reader.option("versionAsOf", version);
        }
        return reader.load(path);
    }

    /** True when the folder holds a Delta table with at least one committed version. */
    static boolean isTable(SparkSession spark, String path) {
        return latestOrNull(spark, path) != null;
    }

    /** The newest committed version of a table (committed by Delta, not necessarily by a claimtrail run). */
    static long latestVersion(SparkSession spark, String path) {
        Long v = latestOrNull(spark, path);
        if (v == null) {
            throw new IllegalStateException(path + " is not a Delta table");
        }
        return v;
    }

    /**
     * The highest {@code _delta_log/NNNNNNNNNNNNNNNNNNNN.json}: Delta's protocol names each commit by
     * its version, and the newest commit file is never cleaned up. Read from the log rather than
     * through {@code DeltaTable.history()}, whose classes do not load on Spark 4.1.2 and later
     * (they implement Spark's removed {@code IgnoreCachedData}, delta-io/delta#6981).
     */
    private static Long latestOrNull(SparkSession spark, String path) {
        org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(path, "_delta_log");
        try {
            FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.isDirectory(log)) {
                return null;
            }
            Long latest = null;
            for (FileStatus f : fs.listStatus(log)) {
                String name = f.getPath().getName();
                if (COMMIT_FILE.matcher(name).matches()) {
                    long v = Long.parseLong(name.substring(0, 20));
                    latest = latest == null ? v : Math.max(latest, v);
                }
            }
            return latest;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Delta log " + log + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows a commit wrote, from its {@code commitInfo.operationMetrics.numOutputRows} in the
     * Delta log (Delta records it for every write): a count from the write, not another Spark job
     * over the table. Falls back to counting the version when the log has no such metric.
     */
    static long writtenRows(SparkSession spark, String path, long version) {
        org.apache.hadoop.fs.Path commit = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(path, "_delta_log"),
                String.format("%020d.json", version));
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                commit.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(commit), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("{\"commitInfo\"")) {
                    JsonNode rows = JSON.readTree(line).path("commitInfo").path("operationMetrics").path("numOutputRows");
                    if (!rows.isMissingNode()) {
                        return Long.parseLong(rows.asText());
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no usable metric: count below
        }
        return read(spark, path, version).count();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final java.util.regex.Pattern COMMIT_FILE = java.util.regex.Pattern.compile("\\d{20}\\.json");

    /** The Parquet data files of the table's snapshot at {@code version}: what a plain Parquet reader must read. */
    static List<String> files(SparkSession spark, String path, long version) {
        return Arrays.stream(read(spark, path, version).inputFiles()).sorted().toList();
    }

    /**
     * A Parquet table of an older claimtrail (its marker, no Delta log) is replaced, not left for
     * a glob to read beside the Delta files.
     */
    private static void dropLegacyParquet(String path) {
        if (isLegacyParquet(path)) {
            HadoopFiles.delete(path);
        }
    }

    private static boolean isLegacyParquet(String dir) {
        return HadoopFiles.exists(HadoopFiles.child(dir, LEGACY_MARKER))
                && !HadoopFiles.exists(HadoopFiles.child(dir, "_delta_log"));
    }
}
