package org.claimtrail.annotate;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.config.ByLanguage;
import org.claimtrail.io.Schemas;

import scala.jdk.javaapi.CollectionConverters;

/**
 * The annotate stage as a Spark transformation: articles (doc_id, sha256, text, published) to
 * annotation rows, CoreNLP running inside {@code mapPartitions} with one pipeline per executor JVM.
 * An article that fails or breaks a budget becomes an outcome with a reason instead; the partition
 * goes on.
 */
public final class AnnotateStage {

    private AnnotateStage() {
    }

    /** Annotation columns plus the reason and detail of a failed article. */
    static final StructType OUTCOMES = outcomeSchema();

    private static StructType outcomeSchema() {
        StructType s = new StructType();
        for (var f : Schemas.ANNOTATIONS.fields()) {
            s = s.add(f.name(), f.dataType(), true);
        }
        return s.add("reason", DataTypes.StringType, true).add("detail", DataTypes.StringType, true);
    }

    public record Result(Dataset<Row> annotations, Dataset<Row> rejects) {
    }

    public static Dataset<Row> annotate(Dataset<Row> articles, AnnotatorConfig config) {
        return annotate(articles, ByLanguage.of(config));
    }

    /** Each article with its language's models and candidate filter (English when it has no language). */
    public static Dataset<Row> annotate(Dataset<Row> articles, ByLanguage<AnnotatorConfig> configs) {
        ByLanguage<String> hashes = configs.map(AnnotatorConfig::hash); // once, not per article
        MapPartitionsFunction<Row, Row> annotatePartition = rows -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                String docId = r.getAs("doc_id");
                String sha = r.getAs("sha256");
                LocalDate published = r.getAs("published");
                AnnotatorConfig config = configs.forLanguage(r.getAs("lang"));
                String hash = hashes.forLanguage(r.getAs("lang"));
                try {
                    AnnotatedArticle a = ArticleAnnotator.annotate(config, docId, sha, r.getAs("text"), published);
                    return toRow(a, hash);
                } catch (ArticleAnnotator.AnnotateFailure e) {
                    return RowFactory.create(docId, sha, hash, null, null, null, null, e.reason(), e.getMessage());
                } finally {
                    AnnotateProgress.articleDone();
                }
            }
        };
        return articles.select(col("doc_id"), col("sha256"), col("text"), col("published"), col("lang"))
                .mapPartitions(annotatePartition, ExpressionEncoder.apply(OUTCOMES));
    }

    /**
     * Outcomes of distinct texts to outcomes of every article carrying one of them: each copy gets
     * the annotation (or the failure) of its text under its own doc_id.
     */
    public static Dataset<Row> toCopies(Dataset<Row> outcomes, Dataset<Row> articles) {
        return outcomes.drop("doc_id").join(articles.select("doc_id", "sha256"), "sha256")
                .selectExpr(OUTCOMES.fieldNames());
    }

    /** Splits outcome rows into annotations and rejects ({@code stage=annotate}). */
    public static Result split(Dataset<Row> outcomes, Dataset<Row> articles) {
        Dataset<Row> ok = outcomes.filter(col("reason").isNull()).drop("reason", "detail");
        Dataset<Row> failed = outcomes.filter(col("reason").isNotNull()).select("doc_id", "reason", "detail")
                .join(articles.select("doc_id", "source_path", "line"), "doc_id")
                .selectExpr("source_path", "line", "doc_id", "'annotate' AS stage", "reason", "detail");
        return new Result(ok, failed);
    }

    static Row toRow(AnnotatedArticle a, String hash) {
        List<Row> sentences = new ArrayList<>(a.sentences().size());
        for (AnnotatedArticle.Sentence s : a.sentences()) {
            List<Row> tokens = new ArrayList<>(s.tokens().size());
            for (AnnotatedArticle.Token t : s.tokens()) {
                tokens.add(RowFactory.create(t.word(), t.lemma(), t.pos(), t.ner(), t.norm(), t.begin(), t.end()));
            }
            List<Row> edges = new ArrayList<>(s.edges().size());
            for (AnnotatedArticle.Edge e : s.edges()) {
                edges.add(RowFactory.create(e.gov(), e.dep(), e.rel()));
            }
            sentences.add(RowFactory.create(s.index(), s.candidate(), s.charBegin(), s.charEnd(), seq(tokens), seq(edges)));
        }
        return RowFactory.create(a.docId(), a.sha256(), hash, a.sentenceCount(), a.sentences().size(), a.millis(),
                seq(sentences), null, null);
    }

    /** The sentences of an annotations row, back as Java records (for extract). */
    public static List<AnnotatedArticle.Sentence> sentences(Row annotations) {
        List<Row> rows = annotations.getList(annotations.fieldIndex("sentences"));
        List<AnnotatedArticle.Sentence> out = new ArrayList<>(rows.size());
        for (Row s : rows) {
            List<AnnotatedArticle.Token> tokens = new ArrayList<>();
            for (Row t : s.<Row>getList(s.fieldIndex("tokens"))) {
                tokens.add(new AnnotatedArticle.Token(t.getString(0), t.getString(1), t.getString(2), t.getString(3),
                        t.getString(4), t.getInt(5), t.getInt(6)));
            }
            List<AnnotatedArticle.Edge> edges = new ArrayList<>();
            for (Row e : s.<Row>getList(s.fieldIndex("edges"))) {
                edges.add(new AnnotatedArticle.Edge(e.getInt(0), e.getInt(1), e.getString(2)));
            }
            out.add(new AnnotatedArticle.Sentence(s.getInt(s.fieldIndex("index")), s.getBoolean(s.fieldIndex("candidate")),
                    s.getInt(s.fieldIndex("char_begin")), s.getInt(s.fieldIndex("char_end")), tokens, edges));
        }
        return out;
    }

    private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return CollectionConverters.asScala(rows).toSeq();
    }
}
