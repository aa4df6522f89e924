package org.claimtrail.extract;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.claimtrail.annotate.AnnotateStage;
import org.claimtrail.config.ByLanguage;
import org.claimtrail.io.Schemas;
import org.claimtrail.story.EstimateSeries;

/** The extract stage as a Spark transformation: annotations joined with articles, to claim rows. */
public final class ExtractStage {

    private ExtractStage() {
    }

    public static Dataset<Row> extract(Dataset<Row> annotations, Dataset<Row> articles, ClaimExtractor extractor) {
        return extract(annotations, articles, ByLanguage.of(extractor));
    }

    /** Each article read by its language's extractor. */
    public static Dataset<Row> extract(Dataset<Row> annotations, Dataset<Row> articles, ByLanguage<ClaimExtractor> extractors) {
        Dataset<Row> joined = annotations.select("doc_id", "sentences")
                .join(articles.select(col("doc_id"), col("text"), col("published"), col("outlet"), col("url"), col("story_id"), col("lang")), "doc_id");
        FlatMapFunction<Row, Row> extractArticle = r -> {
            String docId = r.getAs("doc_id");
            LocalDate published = r.getAs("published");
            List<Row> out = new ArrayList<>();
            ClaimExtractor extractor = extractors.forLanguage(r.getAs("lang"));
            for (Claim c : extractor.extract(docId, r.getAs("text"), published, AnnotateStage.sentences(r))) {
                out.add(RowFactory.create(c.claimId(), c.docId(), r.getAs("outlet"), r.getAs("url"), published,
                        c.sentenceIndex(), c.charBegin(), c.charEnd(), c.sentence(), c.quantityText(), c.metric(),
                        c.population(), c.populationClass(), c.populationActor(), c.place(), c.placeCountry(),
                        c.valueLow(), c.valueHigh(), c.qualifier(), c.source(), c.sourceType(),
                        c.sourceCountry(), c.intermediary(), c.statedOn(), c.modality(), c.mentions(),
                        ClaimExtractor.VERSION, r.getAs("story_id"), "", published, r.getAs("lang")));
            }
            return out.iterator();
        };
        // each claim's estimate series within its story
        return EstimateSeries.assign(joined.flatMap(extractArticle, ExpressionEncoder.apply(Schemas.CLAIMS)),
                cumulativeCues(extractors));
    }

    /** Every language's campaign cues: the series step sees claims of all languages together. */
    private static List<String> cumulativeCues(ByLanguage<ClaimExtractor> extractors) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        extractors.values().forEach(e -> all.addAll(e.lexicon().cumulativeCues()));
        return List.copyOf(all);
    }
}
