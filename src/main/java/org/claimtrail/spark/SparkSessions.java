package org.claimtrail.spark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.io.Tables;
import org.claimtrail.io.localfs.NioLocalFileSystem;

/**
 * Builds the job's SparkSession. Under spark-submit the master and {@code spark-defaults.conf} come
 * from spark-submit and win; run from the local launcher, the master comes from settings and
 * {@code conf/spark-defaults.conf} is applied for the keys nothing else set.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * A session for one command. Closing it stops Spark only if this handle started it, so a command
     * run inside a JVM that already has a session (a test, a notebook) leaves that session alone.
     */
    public record Session(SparkSession spark, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) {
                spark.stop();
            }
        }
    }

    public static Session open(Settings settings) {
        boolean existed = SparkSession.getDefaultSession().isDefined() || SparkSession.getActiveSession().isDefined();
        return new Session(create(settings), !existed);
    }

    /** Spark settings the local launcher adds, beside {@code spark-defaults.conf}. */
    static final String LOCAL_FILE = "spark-local.conf";

    /** Sets every property of {@code file} (if it exists) that {@code conf} does not have yet. */
    private static void applyMissing(SparkConf conf, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        for (String k : p.stringPropertyNames()) {
            if (!conf.contains(k)) {
                conf.set(k, p.getProperty(k).trim());
            }
        }
    }

    public static SparkSession create(Settings settings) {
        SparkSession spark = SparkSession.builder().config(conf(settings)).getOrCreate();
        Tables.configure(spark);
        return spark;
    }

    /**
     * True when the session of these settings runs on a local master, {@code local} or
     * {@code local[N]}: its driver is its executor ({@code local-cluster} has executors of its own).
     */
    public static boolean isLocal(Settings settings) {
        String master = conf(settings).get("spark.master");
        return master.equals("local") || master.startsWith("local[");
    }

    /**
     * The session's settings: spark-submit's, else the master of the settings with
     * {@code spark-defaults.conf} and, on a local master only, {@code spark-local.conf} (its
     * settings suit one machine, not a cluster reached with {@code --master}); then
     * {@code --conf} flags over all of them.
     */
    static SparkConf conf(Settings settings) {
        SparkConf conf = new SparkConf();
        boolean submitted = conf.contains("spark.master");
        if (!submitted || settings.isExplicit(Settings.MASTER)) {
            conf.setMaster(settings.get(Settings.MASTER));
        }
        Path defaults = settings.path(Settings.SPARK_DEFAULTS);
        if (!submitted) {
            applyMissing(conf, defaults);
            if (conf.get("spark.master").startsWith("local")) {
                applyMissing(conf, defaults.resolveSibling(LOCAL_FILE));
            }
        }
        for (Map.Entry<String, String> e : settings.sparkConf().entrySet()) {
            conf.set(e.getKey(), e.getValue());
        }
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.driver.host")) {
            conf.set("spark.driver.host", "127.0.0.1");
        }
        conf.setIfMissing("spark.app.name", "claimtrail");
        Tables.SESSION_CONF.forEach(conf::setIfMissing);
        NioLocalFileSystem.HADOOP_SETTINGS.forEach((k, v) -> conf.setIfMissing("spark.hadoop." + k, v));
        return conf;
    }
}
