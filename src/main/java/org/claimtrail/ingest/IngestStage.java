package org.claimtrail.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.io.CorpusFiles;
import org.claimtrail.io.Schemas;

import scala.jdk.javaapi.CollectionConverters;

/**
 * The ingest stage as Spark transformations: input units to article and reject rows.
 * {@link #read} reads every record on the executors; {@link #split} removes repeated texts and ids.
 * Both are pure functions of their inputs; {@link IngestJob} does the reading of settings and the writing.
 */
public final class IngestStage {

    private IngestStage() {
    }

    /** Articles and rejects, before and after: {@code records = articles + rejects} always holds. */
    public record Result(Dataset<Row> articles, Dataset<Row> rejects) {
    }

    /** One row per input record: the article columns, plus reject columns for a record that failed. */
    private static final String STORY_ID = "story_id";

    static final StructType OUTCOMES = outcomeSchema();

    private static StructType outcomeSchema() {
        StructType s = new StructType();
        for (var f : Schemas.ARTICLES.fields()) {
            if (!f.name().equals(STORY_ID)) { // the story stage's column
                s = s.add(f.name(), f.dataType(), true);
            }
        }
        return s.add("stage", DataTypes.StringType, true)
                .add("reason", DataTypes.StringType, true)
                .add("detail", DataTypes.StringType, true);
    }

    /** The stage of an outcome row for a record that is no article candidate (split drops these rows). */
    public static final String SKIPPED = "skipped";

    /**
     * Reads the units in parallel: each input record becomes one outcome row, produced as the unit is
     * read (a unit is never held whole). Ranges of large JSON Lines files get their line numbers first.
     */
    public static Dataset<Row> read(SparkSession spark, List<InputUnit> units, IngestRules rules, int partitions) {
        Map<String, String> fsSettings = CorpusFiles.settingsOf(spark); // carried by the tasks below
        List<InputUnit> numbered = JsonLinesSplits.numberLines(spark, units, fsSettings);
        int n = partitions > 0 ? partitions : Math.max(1, Math.min(numbered.size(), spark.sparkContext().defaultParallelism() * 4));
        FlatMapFunction<InputUnit, Row> readUnit = unit -> {
            CorpusFiles.use(fsSettings);
            Outcomes outcomes = CorpusReader.stream(unit, rules);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> outcomes.closeQuietly());
            }
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return outcomes.hasNext();
                }

                @Override
                public Row next() {
                    return toRow(outcomes.next());
                }
            };
        };
        return spark.createDataset(numbered, Encoders.javaSerialization(InputUnit.class))
                .repartition(n)
                .flatMap(readUnit, ExpressionEncoder.apply(OUTCOMES));
    }

    static Row toRow(IngestOutcome o) {
        if (o.article() != null) {
            Article a = o.article();
            return RowFactory.create(a.docId(), a.sourcePath(), a.line(), a.outlet(), a.url(), a.published(),
                    a.publishedFrom(), a.lang(), a.title(), a.text(), a.nChars(), a.sha256(), a.boilerplateLines(),
                    CollectionConverters.asScala(a.meta()), null, null, null);
        }
        Object[] v = new Object[OUTCOMES.size()];
        if (o.skipped() != null) {
            v[1] = o.skipped().sourcePath();
            v[2] = o.skipped().line();
            v[v.length - 3] = SKIPPED;
            v[v.length - 2] = o.skipped().what();
            return RowFactory.create(v);
        }
        Reject r = o.reject();
        v[0] = r.docId();
        v[1] = r.sourcePath();
        v[2] = r.line();
        v[v.length - 3] = r.stage();
        v[v.length - 2] = r.reason();
        v[v.length - 1] = r.detail();
        return RowFactory.create(v);
    }

    /**
     * Splits outcome rows into articles and rejects; rows of skipped records go to neither. The same
     * text under the same doc_id and url, read twice, is rejected as {@code duplicate}; the same
     * text from another outlet or url is a wire copy and stays an article of its own, so coverage
     * counts every outlet that carried it (annotate reads each text once). A doc_id seen before
     * with another text or url is {@code duplicate_id}. "Before" is path order, so the choice does
     * not depend on how Spark partitioned the input.
     */
    public static Result split(Dataset<Row> outcomes) {
        Dataset<Row> ok = outcomes.filter(col("reason").isNull());
        Column order = col("source_path");
        WindowSpec byCopy = Window.partitionBy(col("sha256"), col("doc_id"), coalesce(col("url"), lit(""))).orderBy(order, col("line"));
        Dataset<Row> ranked = ok.withColumn("_rank", row_number().over(byCopy))
                .withColumn("_first", first(col("source_path")).over(byCopy));
        Dataset<Row> textDups = ranked.filter(col("_rank").gt(1))
                .select(col("source_path"), col("line"), col("doc_id"), lit("ingest").as("stage"),
                        lit(RejectReason.DUPLICATE.code()).as("reason"),
                        concat(lit("same text, doc_id and url as "), col("_first")).as("detail"));
        WindowSpec byId = Window.partitionBy("doc_id").orderBy(order, col("line"));
        Dataset<Row> unique = ranked.filter(col("_rank").equalTo(1)).drop("_rank", "_first")
                .withColumn("_rank", row_number().over(byId))
                .withColumn("_first", first(col("source_path")).over(byId));
        Dataset<Row> idDups = unique.filter(col("_rank").gt(1))
                .select(col("source_path"), col("line"), col("doc_id"), lit("ingest").as("stage"),
                        lit(RejectReason.DUPLICATE_ID.code()).as("reason"),
                        concat(lit("doc_id already used, with another text or url, by "), col("_first")).as("detail"));
        Dataset<Row> articles = unique.filter(col("_rank").equalTo(1)).select(columns(Schemas.ARTICLES));
        Dataset<Row> rejects = outcomes.filter(col("reason").isNotNull().and(col("stage").notEqual(SKIPPED)))
                .select(columns(Schemas.REJECTS))
                .unionByName(textDups).unionByName(idDups);
        return new Result(articles, rejects);
    }

    private static Column[] columns(StructType schema) {
        Column[] c = new Column[schema.size()];
        for (int i = 0; i < c.length; i++) {
            String name = schema.fields()[i].name();
            c[i] = name.equals(STORY_ID) ? lit(null).cast(DataTypes.StringType).as(STORY_ID) : col(name);
        }
        return c;
    }
}
