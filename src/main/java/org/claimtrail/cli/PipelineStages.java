package org.claimtrail.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.annotate.AnnotateJob;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.consolidate.ConsolidateJob;
import org.claimtrail.extract.ExtractJob;
import org.claimtrail.ingest.IngestJob;
import org.claimtrail.io.RunRecord;
import org.claimtrail.io.Tables;
import org.claimtrail.io.WriterLease;
import org.claimtrail.report.ReportJob;
import org.claimtrail.spark.SparkSessions;
import org.claimtrail.story.StoryJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's stages by name, in order, and how a command runs some of them: as one run, the
 * output's only writer while it lasts ({@link WriterLease}), whose tables become visible together
 * when its row is added to {@code runs} after the last stage (see {@link Tables#commit}).
 */
final class PipelineStages {

    private PipelineStages() {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PipelineStages.class);

    // stories before extract: claims take their article's story, and their series within it
    static final List<String> ALL = List.of("ingest", "annotate", "story", "extract", "consolidate", "report");

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

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
        Instant started = Instant.now();
        String runId = RUN_ID.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
        long t0 = System.nanoTime();
        List<String> summary = new ArrayList<>();
        // the lease first: a run that loses stops here, before Spark starts or anything is written
        try (WriterLease lease = WriterLease.acquire(settings.path(Settings.OUTPUT), runId);
             SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            Tables tables = Tables.forRun(spark, settings.path(Settings.OUTPUT), runId);
            tables.cleanLeftovers(); // holding the lease: whatever is staged belongs to a dead run
            LOG.info("run {}: stages {} into {}", runId, stages, tables.output());
            for (String stage : ALL) {
                if (!stages.contains(stage)) {
                    continue;
                }
                LOG.info("{}: start", stage);
                long t = System.nanoTime();
                Object counts = switch (stage) {
                    case "ingest" -> IngestJob.run(spark, settings, tables);
                    case "annotate" -> AnnotateJob.run(spark, settings, tables);
                    case "extract" -> ExtractJob.run(spark, settings, tables);
                    case "story" -> StoryJob.run(spark, settings, tables);
                    case "consolidate" -> ConsolidateJob.run(spark, settings, tables);
                    default -> ReportJob.run(spark, settings, tables, new ReportJob.RunContext(runId, started,
                            stages.contains("ingest") ? settings.inputs() : List.of(), List.copyOf(summary)));
                };
                double seconds = (System.nanoTime() - t) / 1e9;
                String line = counts + String.format(" (%.1f s%s)", seconds, rate(counts, seconds));
                System.out.println(line);
                LOG.info("{}: end", stage);
                summary.add(line);
                if (counts instanceof ReportJob.Result r && !r.summary().isEmpty()) {
                    System.out.println("summary:");
                    r.summary().forEach(System.out::println);
                }
            }
            spark.sparkContext().setJobDescription("commit: runs");
            tables.commit(spark, new RunRecord(runId, started, stages,
                    stages.contains("ingest") ? settings.inputs() : List.of(), summary));
            spark.sparkContext().setJobDescription(null);
            LOG.info("run {}: committed", runId);
        }
        if (stages.size() > 1) {
            System.out.printf("run: done in %.1f s, tables in %s (run %s)%n", (System.nanoTime() - t0) / 1e9,
                    settings.path(Settings.OUTPUT), runId);
        }
    }

    /** Throughput in the unit each stage works in, for the stage's end line. */
    private static String rate(Object counts, double seconds) {
        if (seconds <= 0) {
            return "";
        }
        long n;
        String unit;
        if (counts instanceof IngestJob.Counts c) {
            n = c.read();
            unit = "records";
        } else if (counts instanceof AnnotateJob.Counts c) {
            n = c.annotated();
            unit = "articles annotated";
        } else if (counts instanceof ExtractJob.Counts c) {
            n = c.articles();
            unit = "articles";
        } else if (counts instanceof StoryJob.Counts c) {
            n = c.articles();
            unit = "articles";
        } else if (counts instanceof ConsolidateJob.Counts c) {
            n = c.claims();
            unit = "claims";
        } else {
            return "";
        }
        return String.format(", %.1f %s/s", n / seconds, unit);
    }
}
