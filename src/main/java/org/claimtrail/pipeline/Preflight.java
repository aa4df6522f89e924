package org.claimtrail.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.io.HadoopFiles;

/**
 * Checks an invocation before Spark starts, so a mistake costs one clear line and exit code 2,
 * not a stack trace after a minute of start-up, and nothing is written.
 */
public final class Preflight {

    private Preflight() {
    }

    public static void check(Settings settings) {
        String location = settings.location(Settings.OUTPUT);
        Configuration conf = HadoopFiles.withSparkHadoopSettings(new Configuration(), settings.sparkConf());
        boolean local;
        try {
            local = HadoopFiles.isLocal(location, conf);
        } catch (UncheckedIOException e) {
            throw new ConfigException("output " + location + ": " + e.getCause().getMessage()
                    + " (s3a:// needs hadoop-aws on the classpath, see the README)");
        }
        if (!local) {
            return; // a remote output is checked by taking its writer lease, the first thing the run writes
        }
        Path output = Path.of(new org.apache.hadoop.fs.Path(location).toUri().getPath());
        for (String uri : settings.inputs()) {
            if (uri.contains("://")) {
                continue;
            }
            Path input = Path.of(uri);
            if (!Files.exists(input)) {
                throw new ConfigException("input not found: " + input);
            }
            if (output.startsWith(input)) {
                throw new ConfigException("output folder " + output + " is inside input " + input
                        + ": choose an output outside the corpus");
            }
        }
        Path existing = output;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new ConfigException("output folder " + output + " is not writable");
        }
    }
}
