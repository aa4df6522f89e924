package org.claimtrail.consolidate;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.config.Settings;
import org.claimtrail.extract.ExtractionLexicon;
import org.claimtrail.extract.SourcePhrases;
import org.claimtrail.io.SideWrites;
import org.claimtrail.io.Tables;
import org.claimtrail.pipeline.RunContext;
import org.claimtrail.pipeline.Stage;
import org.claimtrail.pipeline.StageOutcome;

/**
 * The thin job around {@link ConsolidateStage}: writes {@code sources}, {@code assertions} and
 * {@code assertion_reports}.
 */
public final class ConsolidateJob implements Stage {

    public ConsolidateJob() {
    }

    @Override
    public String name() {
        return "consolidate";
    }

    @Override
    public Counts run(RunContext run) {
        return run(run.spark(), run.settings(), run.tables());
    }

    /** What the run tells the user. */
    public record Counts(long claims, long sources, long assertions, long multiOutlet, long copies) implements StageOutcome {
        @Override
        public long units() {
            return claims;
        }

        @Override
        public String unit() {
            return "claims";
        }

        @Override
        public String toString() {
            return "consolidate: claims " + claims + ", sources " + sources + ", assertions " + assertions
                    + " (" + multiOutlet + " carried by more than one outlet), wire copies " + copies;
        }
    }

    private static final StructType SIGNATURES = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("signature", DataTypes.createArrayType(DataTypes.LongType, false), false);

    public static Counts run(SparkSession spark, Settings settings, Tables tables) {
        java.nio.file.Path lexicon = settings.path(Settings.LEXICON_DIR);
        SourcePhrases phrases = new SourcePhrases(ExtractionLexicon.load(lexicon));
        return run(spark, SourceCanonicalizer.load(lexicon.resolve("sources.csv")), phrases,
                mergerFor(lexicon, phrases), tables);
    }

    /** The run-wide source merge, with its word lists from the lexicon. */
    public static SourceKeyMerger mergerFor(java.nio.file.Path lexicon, SourcePhrases phrases) {
        return new SourceKeyMerger(words(lexicon.resolve("title_words.tsv")), words(lexicon.resolve("function_words.tsv")),
                phrases::countryOf, phrases::withoutCountry, words(lexicon.resolve("medium_nouns.tsv")),
                words(lexicon.resolve("joint_source_joiners.tsv")), words(lexicon.resolve("description_nouns.tsv")));
    }

    private static java.util.Set<String> words(java.nio.file.Path file) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.claimtrail.config.LexiconFile.Entry e : org.claimtrail.config.LexiconFile.read(file)) {
            out.add(e.field(0).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** One readable label per series: metric, population class and actor, and the story's label. */
    private static Dataset<Row> seriesLabels(SparkSession spark, Tables tables, Dataset<Row> keyedClaims) {
        Dataset<Row> series = keyedClaims.groupBy("series_id").agg(
                org.apache.spark.sql.functions.min("story_id").as("story_id"),
                org.apache.spark.sql.functions.countDistinct(col("story_id")).as("n_stories"),
                org.apache.spark.sql.functions.max("place_country").as("place_country"),
                org.apache.spark.sql.functions.first("metric").as("metric"),
                org.apache.spark.sql.functions.mode(col("population_class")).as("population_class"),
                // the series' actor: the one its claims name (claims naming none joined it)
                org.apache.spark.sql.functions.max("population_actor").as("actor"));
        Dataset<Row> stories = tables.exists(Tables.STORIES)
                ? tables.read(spark, Tables.STORIES).select(col("story_id").as("s_id"), col("label").as("story_label"))
                : spark.emptyDataFrame().selectExpr("CAST(NULL AS STRING) AS s_id", "CAST(NULL AS STRING) AS story_label");
        Dataset<Row> joined = series.join(stories, series.col("story_id").equalTo(stories.col("s_id")), "left");
        // a campaign's series is told in several stories: named by its place
        org.apache.spark.sql.Column scope = org.apache.spark.sql.functions.when(col("n_stories").gt(1),
                org.apache.spark.sql.functions.concat(org.apache.spark.sql.functions.lit("campaign in "), col("place_country")))
                .otherwise(col("story_label"));
        return joined.select(col("series_id"), org.claimtrail.story.EstimateSeries.label(col("metric"),
                col("population_class"), col("actor"), scope).as("series_label"));
    }

    public static Counts run(SparkSession spark, SourceCanonicalizer canon, SourcePhrases phrases, Tables tables) {
        return run(spark, canon, phrases, null, tables);
    }

    public static Counts run(SparkSession spark, SourceCanonicalizer canon, SourcePhrases phrases, SourceKeyMerger merger,
                             Tables tables) {
        SideWrites beside = new SideWrites("claimtrail-consolidate-writer", 1);
        try {
            spark.sparkContext().setJobDescription("consolidate: canonical sources and assertions");
            Dataset<Row> claims = tables.read(spark, Tables.CLAIMS);
            Dataset<Row> articles = tables.read(spark, Tables.ARTICLES);
            Dataset<Row> signatures = articles.select("doc_id", "text").map((MapFunction<Row, Row>) r -> {
                long[] sig = Shingles.signature(r.getAs("text"));
                List<Long> list = new ArrayList<>(sig.length);
                for (long v : sig) {
                    list.add(v);
                }
                return RowFactory.create(r.getAs("doc_id"), scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq());
            }, ExpressionEncoder.apply(SIGNATURES));
            // read by the run-wide merge, the story pass and the join after them: keyed once
            Dataset<Row> perArticle = ConsolidateStage.keyClaims(claims, articles, canon, phrases).cache();
            Dataset<Row> merged = merger == null ? perArticle
                    : ConsolidateStage.mergeKeys(perArticle, articles, merger, canon::spokespersonName);
            Dataset<Row> keyed = ConsolidateStage.resolveInStories(merged, canon).join(signatures, "doc_id").cache();
            Dataset<Row> reports = ConsolidateStage.assertionReports(ConsolidateStage.withStatementScope(keyed));
            // three tables are written from this view: compute the grouping once
            Dataset<Row> keyedClaims = keyed.drop("signature").join(reports, "claim_id").cache();
            keyedClaims.createOrReplaceTempView("keyed_claims");

            Dataset<Row> sources = spark.sql(String.join("\n",
                    "SELECT source_key AS key, first(source_name, true) AS name, first(canonical_country, true) AS country,",
                    "  first(canonical_type, true) AS type, sort_array(collect_set(source)) AS aliases_seen,",
                    "  count(*) AS n_claims, count(DISTINCT outlet) AS n_outlets, sort_array(collect_set(lang)) AS languages",
                    "FROM keyed_claims WHERE source_key <> 'unattributed' GROUP BY source_key"));
            // sources depend on nothing written here: written meanwhile
            Future<Long> sourcesWrite = beside.submit(() -> {
                spark.sparkContext().setJobDescription("consolidate: sources");
                try {
                    return tables.write(sources, Tables.SOURCES);
                } finally {
                    spark.sparkContext().setJobDescription(null);
                }
            });

            seriesLabels(spark, tables, keyedClaims).createOrReplaceTempView("series_labels");
            Dataset<Row> assertions = spark.sql(String.join("\n",
                    "SELECT a.*, l.series_label FROM (",
                    // a campaign's statement may be told in several stories: the first one's id
                    "SELECT assertion_id, min(story_id) AS story_id, mode(series_id) AS series_id, source_key, first(source_name, true) AS source_name,",
                    "  first(canonical_country, true) AS source_country, first(canonical_type, true) AS source_type,",
                    "  metric, value_low, value_high, mode(qualifier) AS qualifier,",
                    // what is counted and where: the outlets' most common reading of the statement
                    "  mode(population) AS population, mode(population_class) AS population_class,",
                    "  mode(population_actor) AS population_actor, mode(place) AS place, mode(place_country) AS place_country,",
                    "  min_by(quantity_text, published) AS quantity_text, min(stated_on) AS stated_on,",
                    "  min(published) AS first_published, count(DISTINCT doc_id) AS n_articles,",
                    "  count(DISTINCT outlet) AS n_outlets, count(*) AS n_claims,",
                    // the languages the statement was carried in ("de", "en", "es"): one assertion across them
                    "  sort_array(collect_set(lang)) AS languages",
                    "FROM keyed_claims GROUP BY assertion_id, source_key, metric, value_low, value_high",
                    ") a JOIN series_labels l ON a.series_id = l.series_id"));
            long nAssertions = tables.write(assertions, Tables.ASSERTIONS);
            // a claim reports its assertion's series (the outlets' most common reading of the statement),
            // as written: a recomputed mode() could break a tie the other way
            Dataset<Row> writtenAssertions = tables.read(spark, Tables.ASSERTIONS);
            writtenAssertions.createOrReplaceTempView("written_assertions");
            Dataset<Row> assertionReports = spark.sql(String.join("\n",
                    "SELECT k.claim_id, k.assertion_id, k.story_id, a.series_id, k.doc_id, k.outlet, k.url, k.published, k.stated_on,",
                    "  k.source AS source_as_written, k.source_key, k.intermediary, k.intermediary_key, k.metric, k.value_low,",
                    "  k.value_high, k.qualifier, k.quantity_text, k.sentence, k.copy_of, k.lang",
                    "FROM keyed_claims k JOIN (SELECT assertion_id, series_id FROM written_assertions) a ON k.assertion_id = a.assertion_id"));
            tables.write(assertionReports, Tables.ASSERTION_REPORTS);
            long nSources = SideWrites.result(sourcesWrite);
            spark.sparkContext().setJobDescription("consolidate: count");
            // no table read back to count: every claim has its assertion, so assertion_reports holds keyed_claims' rows
            Counts counts = new Counts(tables.rows(spark, Tables.CLAIMS), nSources, nAssertions,
                    writtenAssertions.filter(col("n_outlets").gt(1)).count(),
                    keyedClaims.filter(col("copy_of").isNotNull()).count());
            keyedClaims.unpersist();
            keyed.unpersist();
            perArticle.unpersist();
            return counts;
        } finally {
            beside.close();
            spark.sparkContext().setJobDescription(null);
        }
    }
}
