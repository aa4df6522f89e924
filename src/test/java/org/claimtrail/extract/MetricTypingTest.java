package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.LEXICON;
import static org.claimtrail.extract.RuleFixtures.quantity;
import static org.claimtrail.extract.RuleFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A figure's metric and predicate, on pre-annotated sentences. */
class MetricTypingTest {

    static final CountedNouns NOUNS = new CountedNouns(LEXICON);
    static final MetricTyping TYPING = new MetricTyping(LEXICON, NOUNS);

    /** "metric@predicate word", or null when the figure has no metric. */
    static String typed(String name) {
        SentenceView s = view(name);
        Quantity q = quantity(s);
        MetricTyping.Typed t = TYPING.metric(s, q, NOUNS.nounOf(s, q));
        return t == null ? null : t.metric() + "@" + s.word(t.predicate());
    }

    @Test
    void fromTheCountedNoun() {
        assertEquals("killed@reported", typed("noun-deaths"));
        assertEquals("casualties@suffered", typed("noun-casualties"));
    }

    @Test
    void fromTheVerbsOfTheCountedPeople() {
        assertEquals("captured@captured", typed("verb-captured"));
        assertEquals("deployed@deployed", typed("verb-deployed"));
        assertEquals("other@displaced", typed("verb-displaced"));
        assertEquals("killed@died", typed("a-minimum-of"));
    }

    @Test
    void peopleInACriticalStateAreWounded() {
        assertEquals("wounded@remain", typed("state-critical-condition"));
    }

    @Test
    void killedOrWoundedCombineIntoCasualties() {
        assertEquals("casualties@killed", typed("killed-or-wounded"));
    }

    @Test
    void aParticipleOrAdjectiveAfterTheFigure() {
        assertEquals("wounded@injured", typed("adjective-injured"));
        assertEquals("missing@missing", typed("adjective-missing"));
    }

    @Test
    void aTollOrCountingNounBeforeAVerbOfChange() {
        assertEquals("killed@rose", typed("toll-rises"));
        assertEquals("wounded@reach", typed("expected-to-reach")); // "the number of wounded is expected to reach"
        // "the number of the injured stands at 4,312", parsed with "stands" a noun: the figure on the tally noun
        assertEquals("wounded@number", typed("injured-stands"));
        // "announced an increase in the number of victims to 64": the change a noun, the tally in it
        assertEquals("killed@announced", typed("increase-to"));
        // "The combined death toll from figures provided by ... equals about 940", the toll misparsed
        // as the participle's subject
        assertEquals("killed@equals", typed("toll-equals"));
    }

    @Test
    void whereTheCountedPeopleWereTaken() {
        assertEquals("wounded@admitted", typed("admitted-hospital")); // "212 have been admitted to regional hospitals"
    }

    @Test
    void personnelAtWorkSomewhereAreDeployed() {
        assertEquals("deployed@helping", typed("there-are-personnel")); // "there are 2,400 federal personnel helping"
        assertEquals("deployed@surveying", typed("staff-surveying")); // "9,000 rescue staff were surveying"
        // "the number of search and rescue personnel would be up to 800": a force's size
        assertEquals("deployed@be", typed("number-of-personnel"));
    }

    @Test
    void peopleMovedIntoShelterAreNotDeployed() {
        assertEquals("other@moved", typed("survivors-tents"));
    }

    @Test
    void aNumberThatCountsNoOneHasNoMetric() {
        assertNull(typed("not-article-number"));
    }
}
