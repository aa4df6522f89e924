package org.claimtrail.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.annotate.AnnotateJob;
import org.claimtrail.annotate.ModelPreload;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.consolidate.ConsolidateJob;
import org.claimtrail.extract.ExtractJob;
import org.claimtrail.ingest.IngestJob;
import org.claimtrail.io.HadoopFiles;
import org.claimtrail.io.RunRecord;
import org.claimtrail.io.Tables;
import org.claimtrail.io.WriterLease;
import org.claimtrail.report.ReportJob;
import org.claimtrail.spark.SparkSessions;
import org.claimtrail.story.StoryJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline: its stages in order, and a run of some of them as one unit of work, the output's
 * only writer while it lasts ({@link WriterLease}), whose tables become visible together when its
 * row is added to {@code runs} after the last stage (see {@link Tables#commit}).
 */
public final class Pipeline {

    private Pipeline() {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    // stories before extract: claims take their article's story, and their series within it
    private static final List<Stage> STAGES = List.of(new IngestJob(), new AnnotateJob(), new StoryJob(), new ExtractJob(),
            new ConsolidateJob(), new ReportJob());

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The stages' names in pipeline order. */
    public static List<String> stageNames() {
        return STAGES.stream().map(Stage::name).toList();
    }

    /**
     * Runs the named stages in pipeline order in one Spark session, printing each one's line with
     * its time and rate.
     *
     * @throws ConfigException for an unknown stage or an invocation that cannot work (before Spark starts)
     */
    public static void run(Settings settings, List<String> stages) {
        for (String st : stages) {
            if (!stageNames().contains(st)) {
                throw new ConfigException("unknown stage '" + st + "' (stages: " + stageNames() + ")");
            }
        }
        if (stages.contains("ingest")) {
            Preflight.check(settings);
        }
        Instant started = Instant.now();
        String runId = RUN_ID.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
        long t0 = System.nanoTime();
        List<String> lines = new ArrayList<>();
        if (stages.contains("annotate") && SparkSessions.isLocal(settings)) {
            // English models serve every article without a language of its own: load them while Spark starts and ingest runs
            ModelPreload.start(AnnotateJob.config(settings).english());
        }
        // the lease first: a run that loses stops here, before Spark starts or anything is written
        String output = settings.location(Settings.OUTPUT);
        try (WriterLease lease = WriterLease.acquire(output, runId,
                    HadoopFiles.withSparkHadoopSettings(new Configuration(), settings.sparkConf()));
             SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            Tables tables = Tables.forRun(spark, output, runId);
            tables.cleanLeftovers(); // holding the lease: whatever is staged belongs to a dead run
            LOG.info("run {}: stages {} into {}", runId, stages, tables.output());
            for (Stage stage : STAGES) {
                if (!stages.contains(stage.name())) {
                    continue;
                }
                LOG.info("{}: start", stage.name());
                long t = System.nanoTime();
                StageOutcome outcome = stage.run(new RunContext(spark, settings, tables, runId, started, stages, List.copyOf(lines)));
                double seconds = (System.nanoTime() - t) / 1e9;
                String line = outcome.line() + String.format(" (%.1f s%s)", seconds, rate(outcome, seconds));
                System.out.println(line);
                LOG.info("{}: end", stage.name());
                lines.add(line);
                if (!outcome.summary().isEmpty()) {
                    System.out.println("summary:");
                    outcome.summary().forEach(System.out::println);
                }
            }
            spark.sparkContext().setJobDescription("commit: runs");
            tables.commit(spark, new RunRecord(runId, started, stages,
                    stages.contains("ingest") ? settings.inputs() : List.of(), lines));
            spark.sparkContext().setJobDescription(null);
            LOG.info("run {}: committed", runId);
        }
        if (stages.size() > 1) {
            System.out.printf("run: done in %.1f s, tables in %s (run %s)%n", (System.nanoTime() - t0) / 1e9,
                    output, runId);
        }
    }

    private static String rate(StageOutcome outcome, double seconds) {
        return seconds <= 0 || outcome.unit() == null ? "" : String.format(", %.1f %s/s", outcome.units() / seconds, outcome.unit());
    }
}
