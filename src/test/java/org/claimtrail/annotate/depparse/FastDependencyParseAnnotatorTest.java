package org.claimtrail.annotate.depparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

/**
 * The fast parser against CoreNLP's own nndep parser on every candidate sentence of the fixtures
 * (their words, tags and lemmas): the same enhanced++ edges, sentence for sentence. Loads each
 * language's parser model twice (a few seconds each).
 */
class FastDependencyParseAnnotatorTest {

    @ParameterizedTest
    @CsvSource({
            "/fixtures/sentences.jsonl, edu/stanford/nlp/models/parser/nndep/english_UD.gz, ''",
            "/fixtures/sentences.de.jsonl, edu/stanford/nlp/models/parser/nndep/UD_German.gz, ''",
            "/fixtures/sentences.es.jsonl, edu/stanford/nlp/models/parser/nndep/UD_Spanish.gz, spanish"})
    void parsesAreNndepsOwn(String fixtures, String model, String language) {
        Properties props = new Properties();
        props.setProperty("fastdepparse.model", model);
        if (!language.isEmpty()) {
            props.setProperty("fastdepparse.language", language);
        }
        FastDependencyParseAnnotator fast = new FastDependencyParseAnnotator("fastdepparse", props);
        DependencyParser stock = DependencyParser.loadFromModelFile(model,
                language.isEmpty() ? null : props("language", language));
        int compared = 0;
        for (Fixtures.Fixture f : Fixtures.in(fixtures)) {
            for (AnnotatedArticle.Sentence s : f.candidates()) {
                CoreMap sentence = sentence(s);
                Annotation doc = new Annotation(f.text());
                doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
                doc.set(CoreAnnotations.TokensAnnotation.class, sentence.get(CoreAnnotations.TokensAnnotation.class));
                fast.annotate(doc);
                SemanticGraph fastGraph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
                GrammaticalStructure gs = stock.predict(sentence(s));
                SemanticGraph stockGraph = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                        GrammaticalStructure.Extras.NONE, null);
                assertEquals(edges(stockGraph), edges(fastGraph), f.name() + " sentence " + s.index());
                compared++;
            }
        }
        assertTrue(compared >= 10, "only " + compared + " sentences in " + fixtures);
    }

    static CoreMap sentence(AnnotatedArticle.Sentence s) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (AnnotatedArticle.Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            if (t.lemma() != null) {
                l.setLemma(t.lemma());
            }
            l.setIndex(tokens.size() + 1);
            l.setSentIndex(0);
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            tokens.add(l);
        }
        CoreMap sentence = new Annotation(s.tokens().get(0).word());
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        return sentence;
    }

    /** Edges as claimtrail stores them: governor and dependent positions and the relation. */
    static List<String> edges(SemanticGraph g) {
        List<String> out = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            out.add("root " + root.index());
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(e.getGovernor().index() + " " + e.getRelation() + " " + e.getDependent().index());
        }
        return out;
    }

    static Properties props(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        return p;
    }
}
