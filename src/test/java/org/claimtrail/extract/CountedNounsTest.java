package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.LEXICON;
import static org.claimtrail.extract.RuleFixtures.FINDER;
import static org.claimtrail.extract.RuleFixtures.quantity;
import static org.claimtrail.extract.RuleFixtures.token;
import static org.claimtrail.extract.RuleFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a figure counts, on pre-annotated sentences. */
class CountedNounsTest {

    static final CountedNouns NOUNS = new CountedNouns(LEXICON);

    @Test
    void theNounAFigureCounts() {
        SentenceView s = view("verb-captured"); // "17 enemy soldiers were captured"
        assertEquals(token(s, "soldiers"), NOUNS.nounOf(s, quantity(s)));
        SentenceView of = view("vague-hundreds-of"); // "hundreds of soldiers"
        assertEquals(token(of, "soldiers"), NOUNS.nounOf(of, quantity(of)));
    }

    @Test
    void aFigureStandingAloneCountsNoNoun() {
        SentenceView s = view("adjective-injured"); // "had treated 70 injured"
        assertEquals(-1, NOUNS.nounOf(s, quantity(s)));
    }

    @Test
    void peopleAndMateriel() {
        SentenceView s = view("verb-captured");
        assertTrue(NOUNS.isPeople(s, token(s, "soldiers")));
        assertFalse(NOUNS.isMateriel(s, token(s, "soldiers")));
        SentenceView tanks = view("tank-losses");
        assertTrue(NOUNS.isMateriel(tanks, token(tanks, "tank")));
    }

    @Test
    void whoSpeaksIsNotWhatIsCounted() {
        SentenceView s = view("count-of-sources"); // "Dozens of soldiers were killed, two security sources said."
        List<Quantity> qs = FINDER.find(s);
        assertEquals(2, qs.size());
        assertFalse(NOUNS.isSourcePhrase(s, NOUNS.nounOf(s, qs.get(0))));
        assertTrue(NOUNS.isSourcePhrase(s, NOUNS.nounOf(s, qs.get(1))));
    }
}
