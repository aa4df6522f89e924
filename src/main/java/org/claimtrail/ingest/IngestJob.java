package org.claimtrail.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimtrail.config.Settings;
import org.claimtrail.io.CorpusFiles;
import org.claimtrail.io.Tables;
import org.claimtrail.pipeline.RunContext;
import org.claimtrail.pipeline.Stage;
import org.claimtrail.pipeline.StageOutcome;

/**
 * The thin job around {@link IngestStage}: discovers the inputs, reads them, writes
 * {@code articles} and {@code rejects}, and checks that every record was counted once. Adding (a
 * daily batch into a lake), the output's earlier articles that the input does not replace stay;
 * {@code rejects} holds this run's.
 */
public final class IngestJob implements Stage {

    public IngestJob() {
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Counts run(RunContext run) {
        return run(run.spark(), run.settings(), run.tables());
    }

    /**
     * What the run tells the user: article candidates read, articles kept from them, rejects by
     * reason, the web archive records that are no article candidates (by WARC-Type), which are in
     * neither table, and the articles of earlier runs the output keeps (adding mode).
     */
    public record Counts(long read, long articles, Map<String, Long> rejectsByReason, Map<String, Long> skipped,
                         Delta delta, long kept) implements StageOutcome {
        @Override
        public long units() {
            return read;
        }

        @Override
        public String unit() {
            return "records";
        }

        public long rejects() {
            return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String toString() {
            return "ingest: read " + read + ", articles " + articles + ", rejected " + rejects()
                    + (rejectsByReason.isEmpty() ? "" : " " + rejectsByReason)
                    + (skipped.isEmpty() ? "" : "; WARC records that are not articles, skipped " + skipped)
                    + (delta == null ? "" : "; " + delta)
                    + (kept == 0 ? "" : "; articles in the output " + (articles + kept));
        }
    }

    /**
     * How this batch's articles compare with the output's, by doc_id and text sha256; those of the
     * output that the batch does not hold are kept (adding) or dropped (replacing).
     */
    public record Delta(long added, long changed, long unchanged, long absent, boolean keptAbsent) {
        @Override
        public String toString() {
            return "since the previous run: new " + added + ", changed " + changed + ", unchanged " + unchanged
                    + (keptAbsent ? ", kept from earlier runs " : ", no longer in the input ") + absent;
        }

        static Delta between(Dataset<Row> previous, Dataset<Row> current, boolean keptAbsent) {
            Row r = previous.select(col("doc_id"), col("sha256").as("old_sha"))
                    .join(current.select(col("doc_id"), col("sha256").as("new_sha")),
                            scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "full_outer")
                    .selectExpr("count_if(old_sha IS NULL) AS added",
                            "count_if(old_sha IS NOT NULL AND new_sha IS NOT NULL AND old_sha <> new_sha) AS changed",
                            "count_if(old_sha = new_sha) AS unchanged", "count_if(new_sha IS NULL) AS absent")
                    .first();
            return new Delta(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), keptAbsent);
        }
    }

    public static Counts run(SparkSession spark, Settings settings, Tables tables) {
        List<String> inputs = settings.inputs();
        IngestRules rules = new IngestRules(
                BoilerplateFilter.load(settings.path(Settings.LEXICON_DIR).resolve("boilerplate.tsv")),
                HtmlRules.load(settings.path(Settings.LEXICON_DIR).resolve("html.tsv")),
                settings.getLong(Settings.INGEST_MAX_BYTES),
                LocalDate.now(ZoneOffset.UTC), languages(settings));
        spark.sparkContext().setJobDescription("ingest: discover inputs");
        CorpusFiles.use(CorpusFiles.settingsOf(spark)); // the session's s3a:// (...) settings, for listing too
        List<InputUnit> units = CorpusDiscovery.discover(inputs, settings.list(Settings.INGEST_EXCLUDE),
                settings.getLong(Settings.INGEST_SPLIT_BYTES));
        String mode = settings.get(Settings.INGEST_MODE);
        if (!mode.equals("add") && !mode.equals("replace")) {
            throw new org.claimtrail.config.ConfigException("ingest.mode must be add or replace, not " + mode);
        }
        return run(spark, units, rules, (int) settings.getLong(Settings.INGEST_PARTITIONS), tables, mode.equals("add"));
    }

    /** The run's languages: those detected among, and those read ({@code languages.*} settings). */
    public static Languages languages(Settings settings) {
        return new Languages(settings.list(Settings.LANGUAGES_DETECT), java.util.Set.copyOf(settings.list(Settings.LANGUAGES_READ)));
    }

    /** Replaces the output's articles with the input's (as {@code --replace}). */
    public static Counts run(SparkSession spark, List<InputUnit> units, IngestRules rules, int partitions, Tables tables) {
        return run(spark, units, rules, partitions, tables, false);
    }

    /**
     * @param add keep the output's articles that the input does not hold (a daily batch); an
     *            article of the input replaces the one with its doc_id
     */
    public static Counts run(SparkSession spark, List<InputUnit> units, IngestRules rules, int partitions, Tables tables,
                             boolean add) {
        spark.sparkContext().setJobDescription("ingest: read and parse articles");
        Dataset<Row> outcomes = IngestStage.read(spark, units, rules, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long read = 0;
            Map<String, Long> skipped = new TreeMap<>();
            for (Row r : outcomes.groupBy(when(col("stage").equalTo(IngestStage.SKIPPED), col("reason")).as("skipped"))
                    .count().collectAsList()) {
                if (r.isNullAt(0)) {
                    read = r.getLong(1);
                } else {
                    skipped.put(r.getString(0), r.getLong(1));
                }
            }
            IngestStage.Result result = IngestStage.split(outcomes);
            // read before the new table is staged: in a run, the committed table is the previous batch
            Dataset<Row> previous = tables.exists(Tables.ARTICLES) ? tables.read(spark, Tables.ARTICLES) : null;
            Delta delta = null;
            Dataset<Row> written = result.articles();
            long kept = 0;
            if (previous != null) {
                spark.sparkContext().setJobDescription("ingest: compare with the previous run");
                delta = Delta.between(previous, result.articles(), add);
                if (add) {
                    Dataset<Row> earlier = previous.join(result.articles().select("doc_id"),
                            scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left_anti")
                            .selectExpr(result.articles().columns());
                    kept = delta.absent();
                    written = result.articles().unionByName(earlier);
                }
            }
            spark.sparkContext().setJobDescription("ingest: write articles");
            long articles = tables.write(written, Tables.ARTICLES) - kept;
            // counted from the rows written, kept in memory, not by reading the rejects table back
            Dataset<Row> rejects = result.rejects().persist(StorageLevel.MEMORY_AND_DISK());
            Map<String, Long> byReason = new LinkedHashMap<>();
            try {
                spark.sparkContext().setJobDescription("ingest: write rejects");
                tables.writeRejects(rejects, "ingest");
                spark.sparkContext().setJobDescription("ingest: count");
                for (Row r : rejects.groupBy("reason").count().orderBy(col("reason")).collectAsList()) {
                    byReason.put(r.getString(0), r.getLong(1));
                }
            } finally {
                rejects.unpersist();
            }
            Counts counts = new Counts(read, articles, byReason, skipped, delta, kept);
            if (counts.read() != counts.articles() + counts.rejects()) {
                throw new IllegalStateException("record counts do not reconcile: " + counts);
            }
            return counts;
        } finally {
            outcomes.unpersist();
            spark.sparkContext().setJobDescription(null);
        }
    }
}
