package org.claimtrail.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.localfs.NioLocalFileSystem;

/**
 * The output's files that are not tables (the HTML report, CSV copies, exports, the commit's
 * staging, the writer lease) go through Hadoop's {@link FileSystem}, like the tables Spark writes:
 * a location is a local path or a URI of any filesystem Hadoop has a client for ({@code hdfs://},
 * {@code s3a://}, {@code abfs://}), and a path without a scheme means the default filesystem, as it
 * does for Spark. So on YARN with HDFS as the default filesystem, report and tables land together.
 */
public final class HadoopFiles {

    private HadoopFiles() {
    }

    /**
     * The Hadoop configuration Spark's own writes use: the active session's (with its
     * {@code spark.hadoop.*} and SQL settings), or the cluster's {@code *-site.xml} plus the
     * {@code spark.hadoop.*} system properties spark-submit sets, before a session exists.
     */
    public static Configuration conf() {
        if (SparkSession.getActiveSession().isDefined()) {
            return SparkSession.active().sessionState().newHadoopConf();
        }
        return withSparkHadoopSettings(new Configuration(), Map.of());
    }

    /**
     * A configuration with claimtrail's local filesystem ({@link NioLocalFileSystem}), then
     * {@code spark.hadoop.K=V} from system properties and {@code extra} applied as {@code K=V}.
     */
    public static Configuration withSparkHadoopSettings(Configuration conf, Map<String, String> extra) {
        NioLocalFileSystem.HADOOP_SETTINGS.forEach(conf::set);
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("spark.hadoop."))
                .forEach(k -> conf.set(k.substring("spark.hadoop.".length()), System.getProperty(k)));
        extra.forEach((k, v) -> {
            if (k.startsWith("spark.hadoop.")) {
                conf.set(k.substring("spark.hadoop.".length()), v);
            }
        });
        return conf;
    }

    /**
     * The filesystem of a location. On the local disk the raw one: Hadoop's default local filesystem
     * writes a hidden {@code .NAME.crc} beside every file, which would sit among the report's pages.
     */
    public static FileSystem fs(String location, Configuration conf) {
        try {
            FileSystem fs = new Path(location).getFileSystem(conf);
            return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
        } catch (IOException e) {
            throw new UncheckedIOException("no filesystem for " + location + ": " + e.getMessage(), e);
        }
    }

    /** True when the location is on the local disk (scheme {@code file}, or no scheme and a local default filesystem). */
    public static boolean isLocal(String location, Configuration conf) {
        return "file".equals(fs(location, conf).getUri().getScheme());
    }

    public static boolean exists(String location) {
        try {
            return fs(location, conf()).exists(new Path(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a folder is there (not a file, not nothing). */
    public static boolean isDirectory(String location) {
        try {
            return fs(location, conf()).getFileStatus(new Path(location)).isDirectory();
        } catch (java.io.FileNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a whole text file (parent folders created), replacing what was there. */
    public static void writeText(String location, String text) {
        writeText(fs(location, conf()), location, text);
    }

    /**
     * {@link #writeText(String, String)} on a filesystem the caller holds: for many files, as
     * {@link #conf()} copies the session's whole Hadoop configuration each time.
     */
    public static void writeText(FileSystem fs, String location, String text) {
        Path p = new Path(location);
        try (OutputStream out = fs.create(p, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + location + ": " + e.getMessage(), e);
        }
    }

    public static String readText(String location) {
        try (var in = fs(location, conf()).open(new Path(location))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    /** Lines of a text file, counted as it streams by. */
    public static long countLines(String location) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs(location, conf()).open(new Path(location)),
                StandardCharsets.UTF_8))) {
            return r.lines().count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    /** Removes a file or a folder with all it holds; nothing there is fine. */
    public static void delete(String location) {
        try {
            fs(location, conf()).delete(new Path(location), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renames {@code from} to {@code to}, whose parent is created; {@code to} must not exist. Atomic
     * on a local disk and HDFS; on object stores a copy then a delete, which a reader can see half
     * done (the README says so).
     */
    public static void rename(String from, String to) {
        Path target = new Path(to);
        try {
            FileSystem fs = fs(from, conf());
            fs.mkdirs(target.getParent());
            if (!fs.rename(new Path(from), target)) {
                throw new IOException("the filesystem refused the rename");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** The first file in a folder whose name starts with {@code prefix}, or null. */
    public static String firstFile(String folder, String prefix) {
        try {
            for (FileStatus f : fs(folder, conf()).listStatus(new Path(folder))) {
                if (f.isFile() && f.getPath().getName().startsWith(prefix)) {
                    return f.getPath().toString();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** {@code location/relative}, whatever the location's scheme. */
    public static String child(String location, String relative) {
        return location.endsWith("/") ? location + relative : location + "/" + relative;
    }
}
