package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.ATTRIBUTION;
import static org.claimtrail.extract.RuleFixtures.LEXICON;
import static org.claimtrail.extract.RuleFixtures.quantity;
import static org.claimtrail.extract.RuleFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Negation and projection, on pre-annotated sentences. */
class ModalityTest {

    static final CountedNouns NOUNS = new CountedNouns(LEXICON);
    static final MetricTyping TYPING = new MetricTyping(LEXICON, NOUNS);
    static final Modality MODALITY = new Modality(LEXICON);

    /** The figure of a fixture with its anchor and reporters, as the extractor sees it. */
    record Figure(SentenceView s, Quantity q, int anchor, List<Attribution.Reporter> reporters) {
    }

    static Figure figure(String name) {
        SentenceView s = view(name);
        Quantity q = quantity(s);
        int noun = NOUNS.nounOf(s, q);
        int x = noun >= 0 ? noun : q.head();
        return new Figure(s, q, TYPING.metric(s, q, noun).predicate(), ATTRIBUTION.reporters(s, x, q.first(), q.last()));
    }

    static String modality(String name) {
        Figure f = figure(name);
        return MODALITY.of(f.s(), f.anchor(), f.reporters());
    }

    @Test
    void modalsConditionalsAndExpectationsAreProjections() {
        assertEquals(Modality.PROJECTED, modality("could-be-killed"));
        assertEquals(Modality.PROJECTED, modality("expected-to-reach"));
        assertEquals(Modality.PROJECTED, modality("if-clause"));
        assertEquals(Modality.PROJECTED, modality("up-to"));
    }

    @Test
    void reportedFactsAreAsserted() {
        assertEquals(Modality.ASSERTED, modality("asserted"));
        assertEquals(Modality.ASSERTED, modality("said-on-tuesday"));
    }

    @Test
    void aNegatedPredicateButNotTheFiguresOwnNo() {
        Figure negated = figure("negated-predicate"); // "50 troops were not captured"
        assertTrue(MODALITY.negated(negated.s(), negated.anchor(), negated.q()));
        Figure noFewer = figure("no-fewer-than"); // "No fewer than 80 fighters"
        assertFalse(MODALITY.negated(noFewer.s(), noFewer.anchor(), noFewer.q()));
        assertFalse(MODALITY.negated(noFewer.s(), NOUNS.nounOf(noFewer.s(), noFewer.q()), noFewer.q()));
    }

    @Test
    void aNegatedReport() {
        Figure f = figure("not-confirmed"); // "did not confirm that 50 troops were captured"
        assertTrue(MODALITY.negatedReporting(f.s(), f.reporters()));
        Figure said = figure("asserted");
        assertFalse(MODALITY.negatedReporting(said.s(), said.reporters()));
    }
}
