package org.claimtrail.annotate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.claimtrail.config.ByLanguage;
import org.claimtrail.config.Settings;
import org.claimtrail.io.Schemas;
import org.claimtrail.io.Tables;
import org.claimtrail.pipeline.RunContext;
import org.claimtrail.pipeline.Stage;
import org.claimtrail.pipeline.StageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin job around {@link AnnotateStage}, with the cache: an article whose text (sha256) was
 * annotated before under the same configuration hash is reused, not annotated again; and a text
 * that several articles carry (wire copies) is annotated once for all of them.
 */
public final class AnnotateJob implements Stage {

    public AnnotateJob() {
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public Counts run(RunContext run) {
        return run(run.spark(), run.settings(), run.tables());
    }

    private static final Logger LOG = LoggerFactory.getLogger(AnnotateJob.class);

    /** What the run tells the user. */
    public record Counts(long articles, long reused, long annotated, long texts, Map<String, Long> rejectsByReason,
                         long sentences, long sentencesAnnotated, double coreNlpSeconds, Map<String, Long> notRead)
            implements StageOutcome {
        public Counts(long articles, long reused, long annotated, long texts, Map<String, Long> rejectsByReason,
                      long sentences, long sentencesAnnotated, double coreNlpSeconds) {
            this(articles, reused, annotated, texts, rejectsByReason, sentences, sentencesAnnotated, coreNlpSeconds, Map.of());
        }

        @Override
        public long units() {
            return annotated;
        }

        @Override
        public String unit() {
            return "articles annotated";
        }

        @Override
        public String toString() {
            return String.format("annotate: articles %d, reused %d, annotated %d (%d distinct texts), rejected %d %s; sentences %d, annotated %d (%.0f%%); "
                            + "CoreNLP time %.1f s", articles, reused, annotated, texts,
                    rejectsByReason.values().stream().mapToLong(Long::longValue).sum(),
                    rejectsByReason.isEmpty() ? "" : rejectsByReason.toString(), sentences, sentencesAnnotated,
                    sentences == 0 ? 0.0 : 100.0 * sentencesAnnotated / sentences, coreNlpSeconds)
                    + (notRead.isEmpty() ? "" : String.format("; in languages not read %d %s (kept in articles, no claims)",
                    notRead.values().stream().mapToLong(Long::longValue).sum(), notRead));
        }
    }

    /** The configuration of every language read ({@code languages.read}). */
    public static ByLanguage<AnnotatorConfig> config(Settings settings) {
        return AnnotatorConfig.load(settings.path(Settings.CORENLP_PROPERTIES), settings.path(Settings.LEXICON_DIR),
                org.claimtrail.ingest.IngestJob.languages(settings).read(), settings.getInt(Settings.ANNOTATE_CONTEXT),
                settings.getInt(Settings.ANNOTATE_MAX_CHARS), settings.getInt(Settings.ANNOTATE_MAX_SENTENCE_TOKENS),
                settings.getLong(Settings.ANNOTATE_TIMEOUT_MS));
    }

    public static Counts run(SparkSession spark, Settings settings, Tables tables) {
        return run(spark, config(settings), tables, settings.getInt(Settings.ANNOTATE_PARTITIONS),
                settings.getMillis(Settings.ANNOTATE_PROGRESS_SECONDS),
                org.claimtrail.ingest.IngestJob.languages(settings).read());
    }

    public static Counts run(SparkSession spark, AnnotatorConfig config, Tables tables, int partitions, long progressMillis) {
        return run(spark, ByLanguage.of(config), tables, partitions, progressMillis, java.util.Set.of());
    }

    public static Counts run(SparkSession spark, AnnotatorConfig config, Tables tables, int partitions, long progressMillis,
                             java.util.Set<String> read) {
        return run(spark, ByLanguage.of(config), tables, partitions, progressMillis, read);
    }

    /**
     * @param read the languages read (lower-case ISO 639-1); an article in another is not annotated
     *             and is counted instead. Empty: every article is read.
     */
    public static Counts run(SparkSession spark, ByLanguage<AnnotatorConfig> config, Tables tables, int partitions, long progressMillis,
                             java.util.Set<String> read) {
        Dataset<Row> all = tables.read(spark, Tables.ARTICLES);
        // compared as ISO 639-1 codes: a table ingested before languages were normalized may hold "en-US"
        org.apache.spark.sql.Column code = org.apache.spark.sql.functions.lower(
                org.apache.spark.sql.functions.split(col("lang"), "[-_]").getItem(0));
        org.apache.spark.sql.Column notReadLang = read.isEmpty() ? org.apache.spark.sql.functions.lit(false)
                : col("lang").isNotNull().and(org.apache.spark.sql.functions.not(code.isin(read.toArray())));
        Map<String, Long> notRead = new java.util.TreeMap<>();
        if (!read.isEmpty()) { // every language read: nothing to count, no job for it
            for (Row r : all.filter(notReadLang).groupBy(code.as("lang")).count().collectAsList()) {
                notRead.put(r.getString(0), r.getLong(1));
            }
        }
        Dataset<Row> articles = notRead.isEmpty() ? all : all.filter(org.apache.spark.sql.functions.not(notReadLang));
        Dataset<Row> cached = tables.exists(Tables.ANNOTATIONS)
                ? tables.read(spark, Tables.ANNOTATIONS).filter(col("config_hash").isin(config.values().stream().map(AnnotatorConfig::hash).toArray())).dropDuplicates("sha256")
                : spark.createDataFrame(java.util.List.of(), Schemas.ANNOTATIONS);
        spark.sparkContext().setJobDescription("annotate: look up the cache");
        Dataset<Row> reused = articles.select("doc_id", "sha256").join(cached.drop("doc_id"), "sha256")
                .selectExpr(Schemas.ANNOTATIONS.fieldNames());
        Dataset<Row> todo = articles.join(cached.select("sha256"), articles.col("sha256").equalTo(cached.col("sha256")), "left_anti");
        // a wire story carried by five outlets is one text: annotate it once, for its earliest copy
        // (relative dates in it were written on that day), and give every copy the result
        Dataset<Row> texts = todo.withColumn("_copy", row_number().over(
                        Window.partitionBy("sha256").orderBy(col("published").asc_nulls_last(), col("doc_id"))))
                .filter(col("_copy").equalTo(1)).drop("_copy");
        long total = articles.count();
        long nTodo = todo.count();
        long nTexts = texts.count();
        int n = partitions > 0 ? partitions : Math.max(1, (int) Math.min(nTexts, spark.sparkContext().defaultParallelism() * 4L));
        LOG.info("annotate: {} articles, {} to annotate ({} distinct texts) in {} tasks, {} from the cache",
                total, nTodo, nTexts, n, total - nTodo);

        spark.sparkContext().setJobGroup(AnnotateProgress.GROUP, "annotate: CoreNLP over candidate sentences", false);
        Dataset<Row> outcomes = AnnotateStage.annotate(texts.repartition(n), config).persist(StorageLevel.MEMORY_AND_DISK());
        try (AnnotateProgress progress = AnnotateProgress.start(spark.sparkContext(), nTexts, n, progressMillis)) {
            outcomes.count();
            progress.finished();
        } finally {
            spark.sparkContext().clearJobGroup();
            CoreNlpHolder.releaseIfSeveral(); // the outcomes are stored; the models' heap goes back to Spark
        }
        try {
            Dataset<Row> perArticle = AnnotateStage.toCopies(outcomes, todo);
            AnnotateStage.Result result = AnnotateStage.split(perArticle, articles);
            spark.sparkContext().setJobDescription("annotate: write annotations");
            tables.write(reused.unionByName(result.annotations()), Tables.ANNOTATIONS);
            spark.sparkContext().setJobDescription("annotate: write rejects");
            tables.writeRejects(result.rejects(), "annotate");

            Map<String, Long> byReason = new LinkedHashMap<>();
            for (Row r : result.rejects().groupBy("reason").count().orderBy("reason").collectAsList()) {
                byReason.put(r.getString(0), r.getLong(1));
            }
            Row stats = tables.read(spark, Tables.ANNOTATIONS)
                    .agg(sum("n_sentences"), sum("n_annotated"), count(lit(1))).first();
            Row fresh = outcomes.filter(col("reason").isNull()).agg(sum("annotate_ms")).first();
            // the table holds the reused rows (an article whose text was cached: total - nTodo) and this run's
            long annotated = stats.getLong(2) - (total - nTodo);
            return new Counts(total, total - nTodo, annotated, nTexts, byReason,
                    stats.isNullAt(0) ? 0 : stats.getLong(0), stats.isNullAt(1) ? 0 : stats.getLong(1),
                    fresh.isNullAt(0) ? 0.0 : fresh.getLong(0) / 1000.0, notRead);
        } finally {
            outcomes.unpersist();
            spark.sparkContext().setJobDescription(null);
        }
    }
}
