package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.testing.Fixtures;
import org.claimtrail.testing.ProjectFiles;

/**
 * The claim rules' test inputs: the project's lexicon, and sentences pre-annotated in
 * {@code fixtures/sentences.jsonl} (no CoreNLP model is loaded).
 */
final class RuleFixtures {

    static final ExtractionLexicon LEXICON = ExtractionLexicon.load(ProjectFiles.home().resolve("conf/lexicon"));
    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(LEXICON);
    static final QuantityFinder FINDER = new QuantityFinder(LEXICON);
    static final Attribution ATTRIBUTION = new Attribution(LEXICON);

    private RuleFixtures() {
    }

    static Fixtures.Fixture fixture(String name) {
        return Fixtures.get(name);
    }

    /** The fixture's claims, as the extract stage makes them. */
    static List<Claim> claims(String name) {
        Fixtures.Fixture f = Fixtures.get(name);
        return EXTRACTOR.extract("t", f.text(), f.published(), f.sentences());
    }

    static Claim only(String name) {
        List<Claim> cs = claims(name);
        assertEquals(1, cs.size(), () -> "claims of " + name + ": " + Fixtures.get(name).text() + "\n" + describe(cs));
        return cs.get(0);
    }

    /** The last candidate sentence of a fixture (the one with the figure, in a two-sentence fixture). */
    static SentenceView view(String name) {
        List<AnnotatedArticle.Sentence> cs = Fixtures.get(name).candidates();
        return new SentenceView(cs.get(cs.size() - 1));
    }

    /** The first figure the quantity finder reads in that sentence. */
    static Quantity quantity(SentenceView s) {
        List<Quantity> qs = FINDER.find(s);
        assertEquals(false, qs.isEmpty(), "no figure in the sentence");
        return qs.get(0);
    }

    /** The first token whose lower-case word is {@code word}. */
    static int token(SentenceView s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    static String describe(List<Claim> cs) {
        return cs.stream().map(c -> c.metric() + " " + c.valueLow() + ".." + c.valueHigh() + " " + c.qualifier()
                + " src=" + c.source() + " via=" + c.intermediary() + " on=" + c.statedOn() + " " + c.modality())
                .collect(Collectors.joining("\n"));
    }

    static void bounds(Claim c, Double low, Double high, String qualifier) {
        assertEquals(low, c.valueLow(), "low");
        assertEquals(high, c.valueHigh(), "high");
        assertEquals(qualifier, c.qualifier(), "qualifier");
    }
}
