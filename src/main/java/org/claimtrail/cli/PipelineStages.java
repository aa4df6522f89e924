package org.claimtrail.cli;

import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.annotate.AnnotateJob;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.consolidate.ConsolidateJob;
import org.claimtrail.extract.ExtractJob;
import org.claimtrail.ingest.IngestJob;
import org.claimtrail.report.ReportJob;
import org.claimtrail.spark.SparkSessions;

/** The pipeline's stages by name, in order, and how a command runs some of them. */
final class PipelineStages {

    private PipelineStages() {
    }

    static final List<String> ALL = List.of("ingest", "annotate", "extract", "consolidate", "report");

    /** Runs the named stages in pipeline order in one Spark session, printing each one's counts. */
    static void run(CommonOptions options, List<String> stages) {
        for (String st : stages) {
            if (!ALL.contains(st)) {
                throw new ConfigException("unknown stage '" + st + "' (stages: " + ALL + ")");
            }
        }
        Settings settings = options.settings();
        if (stages.contains("ingest")) {
            Preflight.check(settings);
        }
        long t0 = System.nanoTime();
        try (SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            for (String stage : ALL) {
                if (!stages.contains(stage)) {
                    continue;
                }
                long t = System.nanoTime();
                Object counts = switch (stage) {
                    case "ingest" -> IngestJob.run(spark, settings);
                    case "annotate" -> AnnotateJob.run(spark, settings);
                    case "extract" -> ExtractJob.run(spark, settings);
                    case "consolidate" -> ConsolidateJob.run(spark, settings);
                    default -> ReportJob.run(spark, settings);
                };
                System.out.println(counts + String.format(" (%.1f s)", (System.nanoTime() - t) / 1e9));
                if (counts instanceof ReportJob.Result r && !r.summary().isEmpty()) {
                    System.out.println("summary:");
                    r.summary().forEach(System.out::println);
                }
            }
        }
        if (stages.size() > 1) {
            System.out.printf("run: done in %.1f s, tables in %s%n", (System.nanoTime() - t0) / 1e9,
                    settings.path(Settings.OUTPUT));
        }
    }
}
