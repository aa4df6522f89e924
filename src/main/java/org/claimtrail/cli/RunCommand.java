package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.annotate.AnnotateJob;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.extract.ExtractJob;
import org.claimtrail.ingest.IngestJob;
import org.claimtrail.spark.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail run}: every stage in order, in one Spark session. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run all stages in order (ingest, annotate, extract) and print the counts.")
public final class RunCommand implements Callable<Integer> {

    /** The stages in pipeline order. */
    static final List<String> STAGES = List.of("ingest", "annotate", "extract");

    @Mixin
    CommonOptions options;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "Stages to run, in pipeline order (default: all: ${DEFAULT-VALUE}).",
            defaultValue = "ingest,annotate,extract")
    List<String> stages;

    @Override
    public Integer call() throws Exception {
        for (String st : stages) {
            if (!STAGES.contains(st)) {
                throw new ConfigException("unknown stage '" + st + "' (stages: " + STAGES + ")");
            }
        }
        Settings settings = options.settings();
        if (stages.contains("ingest")) {
            Preflight.check(settings);
        }
        long t0 = System.nanoTime();
        try (SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            for (String stage : STAGES) {
                if (!stages.contains(stage)) {
                    continue;
                }
                long t = System.nanoTime();
                Object counts = switch (stage) {
                    case "ingest" -> IngestJob.run(spark, settings);
                    case "annotate" -> AnnotateJob.run(spark, settings);
                    default -> ExtractJob.run(spark, settings);
                };
                System.out.println(counts + String.format(" (%.1f s)", (System.nanoTime() - t) / 1e9));
            }
        }
        System.out.printf("run: done in %.1f s, tables in %s%n", (System.nanoTime() - t0) / 1e9,
                settings.path(Settings.OUTPUT));
        return 0;
    }
}
