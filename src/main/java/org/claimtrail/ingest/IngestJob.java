package org.claimtrail.ingest;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** What the run tells the user: records read, articles kept, rejects by reason. */
    public record Counts(long read, long articles, Map<String, Long> rejectsByReason) {
        public long rejects() {
            return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String toString() {
            return "ingest: read " + read + ", articles " + articles + ", rejected " + rejects()
                    + (rejectsByReason.isEmpty() ? "" : " " + rejectsByReason);
        }
    }

    public static Counts run(SparkSession spark, Settings settings) {
        List<String> inputs = settings.inputs();
        IngestRules rules = new IngestRules(
                BoilerplateFilter.load(settings.path(Settings.LEXICON_DIR).resolve("boilerplate.tsv")),
                settings.getLong(Settings.INGEST_MAX_BYTES),
                LocalDate.now(ZoneOffset.UTC));
        spark.sparkContext().setJobDescription("ingest: discover inputs");
        List<InputUnit> units = CorpusDiscovery.discover(inputs, settings.list(Settings.INGEST_EXCLUDE));
        Tables tables = new Tables(settings.path(Settings.OUTPUT));
        return run(spark, units, rules, (int) settings.getLong(Settings.INGEST_PARTITIONS), tables);
    }

    public static Counts run(SparkSession spark, List<InputUnit> units, IngestRules rules, int partitions, Tables tables) {
        spark.sparkContext().setJobDescription("ingest: read and parse articles");
        Dataset<Row> outcomes = IngestStage.read(spark, units, rules, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long read = outcomes.count();
            IngestStage.Result result = IngestStage.split(outcomes);
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
            Counts counts = new Counts(read, articles, byReason);
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
