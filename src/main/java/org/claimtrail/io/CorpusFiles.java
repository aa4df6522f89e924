package org.claimtrail.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * File access for corpora through Hadoop's FileSystem, so the same code reads local folders,
 * HDFS or object stores, on the driver (listing) and on executors (reading). The filesystem
 * settings of the session ({@code --conf spark.hadoop.fs.s3a.endpoint=...}) reach executors as
 * {@link #settingsOf the session's own} and are put in place by {@link #use} at the start of a task.
 */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    private static volatile Map<String, String> settings = Map.of();
    private static volatile Configuration conf = new Configuration();

    /**
     * The session's filesystem settings ({@code fs.*}) that differ from Hadoop's defaults: small and
     * serializable, for tasks to carry.
     */
    public static Map<String, String> settingsOf(SparkSession spark) {
        Configuration defaults = new Configuration();
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : spark.sessionState().newHadoopConf()) {
            if (e.getKey().startsWith("fs.") && !Objects.equals(defaults.get(e.getKey()), e.getValue())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Reads corpus files with these settings from now on, in this JVM (a driver or an executor). */
    public static void use(Map<String, String> fsSettings) {
        if (!fsSettings.equals(settings)) {
            Configuration c = new Configuration();
            fsSettings.forEach(c::set);
            conf = c;
            settings = Map.copyOf(fsSettings);
        }
    }

    /** A file found under an input: its full path and size. */
    public record Listed(String path, long length) {
    }

    private static FileSystem fs(String path) throws IOException {
        return new Path(path).getFileSystem(conf);
    }

    /** Qualified form of a path ({@code file:/...} for a local one), or null if nothing is there. */
    public static FileStatus status(String path) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        return fs.exists(p) ? fs.getFileStatus(p) : null;
    }

    /** Every file under a folder, recursively, in path order; names starting with '.' or '_' are skipped. */
    public static List<Listed> listRecursively(String folder) throws IOException {
        List<Listed> out = new ArrayList<>();
        FileSystem fs = fs(folder);
        walk(fs, new Path(folder), out);
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }

    private static void walk(FileSystem fs, Path dir, List<Listed> out) throws IOException {
        for (FileStatus st : fs.listStatus(dir)) {
            String name = st.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (st.isDirectory()) {
                walk(fs, st.getPath(), out);
            } else {
                out.add(new Listed(st.getPath().toString(), st.getLen()));
            }
        }
    }

    public static long length(String path) throws IOException {
        return fs(path).getFileStatus(new Path(path)).getLen();
    }

    public static InputStream open(String path) throws IOException {
        return fs(path).open(new Path(path));
    }

    public static byte[] readAll(String path) throws IOException {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        }
    }
}
