package org.claimtrail.spark;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.Tables;

/**
 * The one local SparkSession of a test JVM: local[2], UI off, few shuffle partitions. Created on
 * first use and left for the JVM's exit to stop, so test classes share it instead of paying Spark's
 * start-up each.
 */
public final class SharedSpark {

    private SharedSpark() {
    }

    private static SparkSession spark;

    public static synchronized SparkSession get() {
        if (spark == null) {
            SparkSession.Builder builder = SparkSession.builder();
            Tables.SESSION_CONF.forEach(builder::config);
            spark = builder
                    .master("local[2]")
                    .appName("claimtrail-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
            Tables.configure(spark);
        }
        return spark;
    }
}
