package org.claimtrail.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Pre-annotated sentences for rule tests: {@code src/test/resources/fixtures/sentences.jsonl}, one
 * short text of our own a line with the sentences the project's CoreNLP configuration made of it
 * (written by {@link FixtureWriter}). Rule tests read them instead of loading the models.
 *
 * <p>The JSON of a sentence is the one of the {@code annotations} table ({@code index, candidate,
 * char_begin, char_end, tokens, edges}), so exported annotations read the same way.
 */
public final class Fixtures {

    /** One annotated text: its name in {@code sentences.tsv}, publication date, text and sentences. */
    public record Fixture(String name, LocalDate published, String text, List<AnnotatedArticle.Sentence> sentences) {

        /** The sentences that went through the full pipeline (with a dependency tree). */
        public List<AnnotatedArticle.Sentence> candidates() {
            return sentences.stream().filter(AnnotatedArticle.Sentence::candidate).toList();
        }
    }

    public static final String RESOURCE = "/fixtures/sentences.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, Fixture> all;

    private Fixtures() {
    }

    /** The fixture of that name; fails with the names known when there is none. */
    public static Fixture get(String name) {
        Fixture f = all().get(name);
        if (f == null) {
            throw new IllegalArgumentException("no fixture " + name + " in " + RESOURCE
                    + " (add it to fixtures/sentences.tsv and run FixtureWriter; see the README)");
        }
        return f;
    }

    public static synchronized Map<String, Fixture> all() {
        if (all == null) {
            Map<String, Fixture> read = new LinkedHashMap<>();
            for (String resource : java.util.List.of(RESOURCE, "/fixtures/sentences.de.jsonl", "/fixtures/sentences.es.jsonl")) {
                read(resource, read, resource.equals(RESOURCE));
            }
            all = read;
        }
        return all;
    }

    /** The fixtures of one resource ({@link #RESOURCE}, or a language's {@code /fixtures/sentences.LANG.jsonl}). */
    public static List<Fixture> in(String resource) {
        Map<String, Fixture> read = new LinkedHashMap<>();
        read(resource, read, true);
        return List.copyOf(read.values());
    }

    /** German and Spanish fixtures (sentences.de.jsonl, .es.jsonl) are annotated by their own models. */
    private static void read(String resource, Map<String, Fixture> read, boolean required) {
        {
            try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
                if (in == null) {
                    if (!required) {
                        return;
                    }
                    throw new IllegalStateException("missing test resource " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        Fixture f = fixture(JSON.readTree(line));
                        read.put(f.name(), f);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Fixture fixture(JsonNode n) {
        return new Fixture(n.get("name").asText(), LocalDate.parse(n.get("published").asText()), n.get("text").asText(),
                sentences(n.get("sentences")));
    }

    static ObjectNode json(Fixture f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", f.name());
        n.put("published", f.published().toString());
        n.put("text", f.text());
        ArrayNode sentences = n.putArray("sentences");
        for (AnnotatedArticle.Sentence s : f.sentences()) {
            sentences.add(json(s));
        }
        return n;
    }

    /** Sentences from the JSON of the {@code annotations} table's {@code sentences} column. */
    public static List<AnnotatedArticle.Sentence> sentences(JsonNode array) {
        List<AnnotatedArticle.Sentence> sentences = new ArrayList<>();
        for (JsonNode s : array) {
            List<AnnotatedArticle.Token> tokens = new ArrayList<>();
            for (JsonNode t : s.get("tokens")) {
                tokens.add(new AnnotatedArticle.Token(t.get("word").asText(), text(t, "lemma"), text(t, "pos"),
                        text(t, "ner"), text(t, "norm"), t.get("begin").asInt(), t.get("end").asInt()));
            }
            List<AnnotatedArticle.Edge> edges = new ArrayList<>();
            for (JsonNode e : s.get("edges")) {
                edges.add(new AnnotatedArticle.Edge(e.get("gov").asInt(), e.get("dep").asInt(), e.get("rel").asText()));
            }
            sentences.add(new AnnotatedArticle.Sentence(s.get("index").asInt(), s.get("candidate").asBoolean(),
                    s.get("char_begin").asInt(), s.get("char_end").asInt(), tokens, edges));
        }
        return sentences;
    }

    static ObjectNode json(AnnotatedArticle.Sentence s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("index", s.index());
        n.put("candidate", s.candidate());
        n.put("char_begin", s.charBegin());
        n.put("char_end", s.charEnd());
        ArrayNode tokens = n.putArray("tokens");
        for (AnnotatedArticle.Token t : s.tokens()) {
            ObjectNode o = tokens.addObject();
            o.put("word", t.word());
            o.put("lemma", t.lemma());
            o.put("pos", t.pos());
            o.put("ner", t.ner());
            o.put("norm", t.norm());
            o.put("begin", t.begin());
            o.put("end", t.end());
        }
        ArrayNode edges = n.putArray("edges");
        for (AnnotatedArticle.Edge e : s.edges()) {
            ObjectNode o = edges.addObject();
            o.put("gov", e.gov());
            o.put("dep", e.dep());
            o.put("rel", e.rel());
        }
        return n;
    }

    private static String text(JsonNode n, String k) {
        return n.hasNonNull(k) ? n.get(k).asText() : null;
    }
}
