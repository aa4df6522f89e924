package org.claimtrail.story;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.max;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.io.Schemas;
import org.claimtrail.io.Tables;
import org.claimtrail.pipeline.RunContext;
import org.claimtrail.pipeline.Stage;
import org.claimtrail.pipeline.StageOutcome;

/**
 * The thin job around {@link StoryStage}: reads {@code articles} and {@code annotations}, writes
 * {@code stories} and the articles again with their {@code story_id}.
 */
public final class StoryJob implements Stage {

    public StoryJob() {
    }

    @Override
    public String name() {
        return "story";
    }

    @Override
    public Counts run(RunContext run) {
        return run(run.spark(), run.settings(), run.tables());
    }

    /** What the run tells the user. */
    public record Counts(long articles, long stories, long multiArticle, long largest, long undated) implements StageOutcome {
        @Override
        public long units() {
            return articles;
        }

        @Override
        public String unit() {
            return "articles";
        }

        @Override
        public String toString() {
            return "story: articles " + articles + ", stories " + stories + " (" + multiArticle
                    + " with more than one article, largest " + largest + "), undated articles " + undated;
        }
    }

    /**
     * The parameters: window, horizon and link threshold from settings (the other thresholds keep
     * their ratio to the link threshold), the rest built in ({@link StoryParams#defaults()}).
     */
    public static StoryParams params(Settings settings) {
        double min;
        try {
            min = Double.parseDouble(settings.get(Settings.STORY_MIN_SIMILARITY).trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("setting '" + Settings.STORY_MIN_SIMILARITY + "' must be a number, got '"
                    + settings.get(Settings.STORY_MIN_SIMILARITY) + "'");
        }
        StoryParams d = StoryParams.defaults();
        double scale = min / d.linkThreshold();
        return d.withWindow(settings.getInt(Settings.STORY_WINDOW_DAYS)).withHorizon(settings.getInt(Settings.STORY_HORIZON_DAYS))
                .withThresholds(min, d.continueThreshold() * scale, d.edgeThreshold() * scale, d.attachThreshold() * scale);
    }

    public static Counts run(SparkSession spark, Settings settings, Tables tables) {
        return run(spark, StoryTerms.load(settings.path(Settings.LEXICON_DIR)), params(settings), tables);
    }

    public static Counts run(SparkSession spark, StoryTerms reader, StoryParams params, Tables tables) {
        try {
            spark.sparkContext().setJobDescription("story: terms, candidate pairs, linkage");
            Dataset<Row> articles = tables.read(spark, Tables.ARTICLES);
            Dataset<Row> annotations = tables.read(spark, Tables.ANNOTATIONS);
            // Materialized (lineage cut): the linkage runs once, not again for each write and count.
            // The articles version read here stays readable after the overwrite below (a new Delta
            // version of the same table, committed with this run; replaced files stay until VACUUM).
            Dataset<Row> terms = StoryStage.articleTerms(articles, annotations, reader).localCheckpoint();
            Dataset<Row> assigned = StoryStage.group(terms, params).articleStories().localCheckpoint();
            // a row per story, kept: written, then counted without reading the table back
            Dataset<Row> stories = StoryStage.stories(assigned, terms).selectExpr(Schemas.STORIES.fieldNames()).coalesce(1)
                    .localCheckpoint();
            long nStories = tables.write(stories, Tables.STORIES);
            long nArticles = tables.write(StoryStage.withStories(articles, assigned).selectExpr(Schemas.ARTICLES.fieldNames()),
                    Tables.ARTICLES);
            spark.sparkContext().setJobDescription("story: count");
            // what the writes do not count; the articles as read (a story changes no article's date)
            Row s = stories.agg(max("n_articles"), count_if(col("n_articles").gt(1))).first();
            long undated = articles.agg(count_if(col("published").isNull())).first().getLong(0);
            return new Counts(nArticles, nStories, s.getLong(1), s.isNullAt(0) ? 0 : s.getInt(0), undated);
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
    }
}
