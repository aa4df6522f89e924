package org.claimtrail.extract;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ByLanguage;
import org.claimtrail.config.Settings;
import org.claimtrail.io.Tables;
import org.claimtrail.pipeline.RunContext;
import org.claimtrail.pipeline.Stage;
import org.claimtrail.pipeline.StageOutcome;

/** The thin job around {@link ExtractStage}: reads annotations and articles, writes claims. */
public final class ExtractJob implements Stage {

    public ExtractJob() {
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Counts run(RunContext run) {
        return run(run.spark(), run.settings(), run.tables());
    }

    /** What the run tells the user. */
    public record Counts(long articles, long articlesWithClaims, long claims, Map<String, Long> byMetric) implements StageOutcome {
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
            return "extract: articles " + articles + ", with claims " + articlesWithClaims + ", claims " + claims
                    + " " + byMetric;
        }
    }

    public static Counts run(SparkSession spark, Settings settings, Tables tables) {
        return run(spark, ClaimExtractor.load(settings.path(Settings.LEXICON_DIR),
                org.claimtrail.ingest.IngestJob.languages(settings).read()), tables);
    }

    public static Counts run(SparkSession spark, ClaimExtractor extractor, Tables tables) {
        return run(spark, ByLanguage.of(extractor), tables);
    }

    public static Counts run(SparkSession spark, ByLanguage<ClaimExtractor> extractor, Tables tables) {
        try {
            spark.sparkContext().setJobDescription("extract: claims from annotated sentences");
            Dataset<Row> articles = tables.read(spark, Tables.ARTICLES);
            Dataset<Row> claims = ExtractStage.extract(tables.read(spark, Tables.ANNOTATIONS), articles, extractor);
            long nClaims = tables.write(claims, Tables.CLAIMS, "published_date");
            spark.sparkContext().setJobDescription("extract: count");
            // one pass over the written claims: per metric, and the articles with any (the grouping set ())
            tables.read(spark, Tables.CLAIMS).createOrReplaceTempView("written_claims");
            Map<String, Long> byMetric = new LinkedHashMap<>();
            long withClaims = 0;
            for (Row r : spark.sql("SELECT metric, count(*) AS n, count(DISTINCT doc_id) AS docs, grouping(metric) AS whole"
                    + " FROM written_claims GROUP BY GROUPING SETS ((metric), ()) ORDER BY whole, n DESC, metric").collectAsList()) {
                if (r.getByte(3) == 1) {
                    withClaims = r.getLong(2);
                } else {
                    byMetric.put(r.getString(0), r.getLong(1));
                }
            }
            return new Counts(tables.rows(spark, Tables.ARTICLES), withClaims, nClaims, byMetric);
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
    }
}
