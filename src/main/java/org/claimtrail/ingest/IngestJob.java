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
import org.claimtrail.io.Tables;

/**
 * The thin job around {@link IngestStage}: discovers the inputs, reads them, writes
 * {@code articles} and {@code rejects}, and checks that every record was counted once.
 */
public final class IngestJob {

    private IngestJob() {
    }

    /**
     * What the run tells the user: article candidates read, articles kept, rejects by reason, and the
     * web archive records that are no article candidates (by WARC-Type), which are in neither table.
     */
    public record Counts(long read, long articles, Map<String, Long> rejectsByReason, Map<String, Long> skipped,
                         Delta delta) {
        public long rejects() {
            return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String toString() {
            return "ingest: read " + read + ", articles " + articles + ", rejected " + rejects()
                    + (rejectsByReason.isEmpty() ? "" : " " + rejectsByReason)
                    + (skipped.isEmpty() ? "" : "; WARC records that are not articles, skipped " + skipped)
                    + (delta == null ? "" : "; " + delta);
        }
    }

    /** How this batch's articles compare with the previous run's, by doc_id and text sha256. */
    public record Delta(long added, long changed, long unchanged, long dropped) {
        @Override
        public String toString() {
            return "since the previous run: new " + added + ", changed " + changed + ", unchanged " + unchanged
                    + ", no longer in the input " + dropped;
        }

        static Delta between(Dataset<Row> previous, Dataset<Row> current) {
            Row r = previous.select(col("doc_id"), col("sha256").as("old_sha"))
                    .join(current.select(col("doc_id"), col("sha256").as("new_sha")),
                            scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "full_outer")
                    .selectExpr("count_if(old_sha IS NULL) AS added",
                            "count_if(old_sha IS NOT NULL AND new_sha IS NOT NULL AND old_sha <> new_sha) AS changed",
                            "count_if(old_sha = new_sha) AS unchanged", "count_if(new_sha IS NULL) AS dropped")
                    .first();
            return new Delta(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3));
        }
    }

    public static Counts run(SparkSession spark, Settings settings, Tables tables) {
        List<String> inputs = settings.inputs();
        IngestRules rules = new IngestRules(
                BoilerplateFilter.load(settings.path(Settings.LEXICON_DIR).resolve("boilerplate.tsv")),
                HtmlRules.load(settings.path(Settings.LEXICON_DIR).resolve("html.tsv")),
                settings.getLong(Settings.INGEST_MAX_BYTES),
                LocalDate.now(ZoneOffset.UTC));
        spark.sparkContext().setJobDescription("ingest: discover inputs");
        List<InputUnit> units = CorpusDiscovery.discover(inputs, settings.list(Settings.INGEST_EXCLUDE),
                settings.getLong(Settings.INGEST_SPLIT_BYTES));
        return run(spark, units, rules, (int) settings.getLong(Settings.INGEST_PARTITIONS), tables);
    }

    public static Counts run(SparkSession spark, List<InputUnit> units, IngestRules rules, int partitions, Tables tables) {
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
            Dataset<Row> previous = tables.exists(Tables.ARTICLES) ? tables.read(spark, Tables.ARTICLES).select("doc_id", "sha256") : null;
            Delta delta = null;
            if (previous != null) {
                spark.sparkContext().setJobDescription("ingest: compare with the previous run");
                delta = Delta.between(previous, result.articles());
            }
            spark.sparkContext().setJobDescription("ingest: write articles");
            tables.write(result.articles(), Tables.ARTICLES);
            spark.sparkContext().setJobDescription("ingest: write rejects");
            tables.writeRejects(result.rejects(), "ingest");
            spark.sparkContext().setJobDescription("ingest: count");
            long articles = tables.read(spark, Tables.ARTICLES).count();
            Map<String, Long> byReason = new LinkedHashMap<>();
            for (Row r : tables.read(spark, Tables.REJECTS).filter(col("stage").equalTo("ingest")).groupBy("reason").count().orderBy(col("reason")).collectAsList()) {
                byReason.put(r.getString(0), r.getLong(1));
            }
            Counts counts = new Counts(read, articles, byReason, skipped, delta);
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
