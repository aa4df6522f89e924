package org.claimtrail.extract;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.testing.Fixtures;

/**
 * Developer loop for the claim rules, without Spark: reads exported articles and annotations
 * (JSON Lines), writes claims as JSON Lines for score.py.
 * Usage: ExtractDevMain ARTICLES.jsonl ANNOTATIONS.jsonl LEXICON_DIR OUT.jsonl
 */
public final class ExtractDevMain {

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        Map<String, JsonNode> articles = new HashMap<>();
        for (String l : Files.readAllLines(Path.of(args[0]))) {
            JsonNode n = json.readTree(l);
            articles.put(n.get("doc_id").asText(), n);
        }
        var extractors = ClaimExtractor.load(Path.of(args[2]), java.util.Set.of("de", "es"));
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[3]))) {
            for (String l : Files.readAllLines(Path.of(args[1]))) {
                JsonNode a = json.readTree(l);
                String docId = a.get("doc_id").asText();
                JsonNode art = articles.get(docId);
                LocalDate published = art.hasNonNull("published") ? LocalDate.parse(art.get("published").asText()) : null;
                List<AnnotatedArticle.Sentence> sentences = Fixtures.sentences(a.get("sentences"));
                ClaimExtractor extractor = extractors.forLanguage(art.hasNonNull("lang") ? art.get("lang").asText() : null);
                for (Claim c : extractor.extract(docId, art.get("text").asText(), published, sentences)) {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("doc_id", c.docId());
                    m.put("metric", c.metric());
                    m.put("value_low", c.valueLow());
                    m.put("value_high", c.valueHigh());
                    m.put("qualifier", c.qualifier());
                    m.put("source", c.source());
                    m.put("intermediary", c.intermediary());
                    m.put("stated_on", c.statedOn() == null ? null : c.statedOn().toString());
                    m.put("modality", c.modality());
                    m.put("quantity_text", c.quantityText());
                    m.put("population", c.population());
                    m.put("population_class", c.populationClass());
                    m.put("population_actor", c.populationActor());
                    m.put("place", c.place());
                    m.put("place_country", c.placeCountry());
                    m.put("source_type", c.sourceType());
                    m.put("source_country", c.sourceCountry());
                    m.put("mentions", c.mentions());
                    m.put("sentence", c.sentence());
                    w.write(json.writeValueAsString(m));
                    w.newLine();
                }
            }
        }
    }
}
