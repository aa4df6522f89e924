package org.claimtrail.io;

import java.nio.file.Path;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;

/**
 * Where each table lives under the output folder, and the one place that reads and writes them.
 * Parquet options that analysts depend on (UTC, microsecond timestamps, dynamic partition overwrite)
 * are set on the session by {@link #configure(SparkSession)}.
 */
public final class Tables {

    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String ANNOTATIONS = "annotations";
    public static final String CLAIMS = "claims";
    public static final String SOURCES = "sources";
    public static final String ASSERTIONS = "assertions";
    public static final String ASSERTION_REPORTS = "assertion_reports";

    private final String output;

    public Tables(Path output) {
        this.output = output.toAbsolutePath().normalize().toString();
    }

    /** Session settings every writer relies on; called once when the session is built. */
    public static void configure(SparkSession spark) {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    }

    public String path(String table) {
        return output + "/" + table;
    }

    /**
     * Writes a table next to the old one, then swaps it in, so a reader never sees half a table and
     * a job may read the table it replaces (the annotation cache does).
     */
    public void write(Dataset<Row> rows, String table, String... partitionBy) {
        replace(rows, path(table), partitionBy);
    }

    /**
     * Replaces one stage's rows of the rejects table (partition {@code stage=NAME}); other stages'
     * rejects stay as they are.
     */
    public void writeRejects(Dataset<Row> rows, String stage) {
        replace(rows.drop("stage"), path(REJECTS) + "/stage=" + stage);
    }

    private static void replace(Dataset<Row> rows, String target, String... partitionBy) {
        // Hidden names: Spark, DuckDB and pandas skip them, so a crash never leaves a visible half-table.
        int slash = target.lastIndexOf('/');
        String staging = target.substring(0, slash + 1) + "." + target.substring(slash + 1) + ".staging";
        rows.write().mode(SaveMode.Overwrite).partitionBy(partitionBy).parquet(staging);
        try {
            org.apache.hadoop.fs.Path t = new org.apache.hadoop.fs.Path(target);
            org.apache.hadoop.fs.FileSystem fs = t.getFileSystem(new org.apache.hadoop.conf.Configuration());
            org.apache.hadoop.fs.Path old = new org.apache.hadoop.fs.Path(staging.replaceFirst("\\.staging$", ".old"));
            fs.delete(old, true);
            if (fs.exists(t) && !fs.rename(t, old)) {
                throw new IllegalStateException("cannot move " + t + " aside");
            }
            if (!fs.rename(new org.apache.hadoop.fs.Path(staging), t)) {
                throw new IllegalStateException("cannot move " + staging + " to " + t);
            }
            fs.delete(old, true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot replace " + target + ": " + e.getMessage(), e);
        }
    }

    /** True when a table has been written. */
    public boolean exists(String table) {
        try {
            return CorpusFiles.status(path(table)) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Dataset<Row> read(SparkSession spark, String table) {
        String p = path(table);
        try {
            if (CorpusFiles.status(p) == null) {
                throw new ConfigException("table '" + table + "' not found at " + p + ": run the stage that writes it first");
            }
        } catch (java.io.IOException e) {
            throw new ConfigException("cannot open table '" + table + "' at " + p + ": " + e.getMessage());
        }
        return spark.read().parquet(p);
    }

    public String output() {
        return output;
    }
}
