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

    public void write(Dataset<Row> rows, String table, String... partitionBy) {
        rows.write().mode(SaveMode.Overwrite).partitionBy(partitionBy).parquet(path(table));
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
