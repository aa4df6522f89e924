package org.claimtrail.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.cli.ClaimtrailCli;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;

/**
 * A whole pipeline run on a corpus through the CLI, in the test JVM's shared session, and its tables.
 * {@link #sample()} is the run on data/sample that test classes share: the pipeline takes about two
 * minutes, so a test JVM runs it once, on first use, whichever class asks first.
 */
public final class PipelineRun {

    public final Tables tables;
    public final SparkSession spark;

    public PipelineRun(Path corpus, Path output) {
        spark = SharedSpark.get();
        assertEquals(0, ClaimtrailCli.execute("run", "--input", corpus.toString(), "--output", output.toString()));
        tables = new Tables(output);
    }

    private static PipelineRun sample;
    private static Throwable sampleFailure;

    /** The shared run on data/sample, into a fresh temporary folder deleted when the JVM exits. */
    public static synchronized PipelineRun sample() {
        // a failed run is remembered, so the next class fails at once instead of running it again
        if (sampleFailure != null) {
            throw new IllegalStateException("the sample run failed earlier in this JVM", sampleFailure);
        }
        if (sample == null) {
            try {
                Path dir = Files.createTempDirectory("claimtrail-sample-run-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir)));
                sample = new PipelineRun(ProjectFiles.sample(), dir.resolve("out"));
            } catch (IOException e) {
                sampleFailure = e;
                throw new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                sampleFailure = e;
                throw e;
            }
        }
        return sample;
    }

    public Path output() {
        return Path.of(tables.output());
    }

    public List<Row> rows(String table, String where) {
        return tables.read(spark, table).filter(where).collectAsList();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the JVM's exit for
        }
    }
}
