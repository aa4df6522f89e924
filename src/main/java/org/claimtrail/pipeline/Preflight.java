package org.claimtrail.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;

/**
 * Checks an invocation before Spark starts, so a mistake costs one clear line and exit code 2,
 * not a stack trace after a minute of start-up, and nothing is written.
 */
public final class Preflight {

    private Preflight() {
    }

    public static void check(Settings settings) {
        Path output = settings.path(Settings.OUTPUT);
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
