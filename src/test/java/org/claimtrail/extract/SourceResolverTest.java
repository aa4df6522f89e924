package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.ATTRIBUTION;
import static org.claimtrail.extract.RuleFixtures.LEXICON;
import static org.claimtrail.extract.RuleFixtures.fixture;
import static org.claimtrail.extract.RuleFixtures.quantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Sources within a sentence and back across sentences, on pre-annotated sentences. */
class SourceResolverTest {

    static final SourcePhrases PHRASES = new SourcePhrases(LEXICON);
    static final StatementDates DATES = new StatementDates(LEXICON, ATTRIBUTION, PHRASES);
    static final SourceResolver SOURCES = new SourceResolver(LEXICON, ATTRIBUTION, DATES, new SourcePhrases(LEXICON));
    static final CountedNouns NOUNS = new CountedNouns(LEXICON);

    /** The first figure of a fixture's last sentence, attributed after the sentences before it were read. */
    static SourceResolver.Sourced sourced(String name) {
        Fixtures.Fixture f = fixture(name);
        Discourse d = new Discourse();
        List<AnnotatedArticle.Sentence> sentences = f.sentences();
        for (AnnotatedArticle.Sentence sentence : sentences.subList(0, sentences.size() - 1)) {
            SentenceView s = new SentenceView(sentence);
            if (sentence.candidate()) {
                SOURCES.recordStatements(f.text(), f.published(), s, d);
            }
            d.recordNames(f.text(), s);
        }
        SentenceView s = new SentenceView(sentences.get(sentences.size() - 1));
        Quantity q = quantity(s);
        int noun = NOUNS.nounOf(s, q);
        List<Attribution.Reporter> reporters = ATTRIBUTION.reporters(s, noun >= 0 ? noun : q.head(), q.first(), q.last());
        return SOURCES.attribute(f.text(), f.published(), s, q, reporters, d);
    }

    @Test
    void theSubjectOfAReportingVerb() {
        SourceResolver.Sourced s = sourced("reporting-verb-estimated");
        assertEquals("Kastavian defence ministry", s.source());
        assertNull(s.intermediary());
        assertEquals("ministry", RuleFixtures.view("reporting-verb-estimated").word(s.sourceHead()));
    }

    @Test
    void aRelayIsTheIntermediary() {
        SourceResolver.Sourced s = sourced("person-citing-agency");
        assertEquals("spy agency", s.source());
        assertEquals("lawmaker Park Min-jun", s.intermediary());
    }

    @Test
    void aSpeakerAfterAQuoteAndAccordingTo() {
        assertEquals("Colonel Ana Petrova", sourced("first-person-quote").source()); // not "I"
        assertEquals("Kastavian and Meridian officials", sourced("according-to").source());
        assertEquals("senior U.N. official", sourced("quoted-as-saying").source());
    }

    @Test
    void aDenialIsNoAttribution() {
        assertNull(sourced("denied"));
    }

    @Test
    void noReporterNoSource() {
        SourceResolver.Sourced s = sourced("unattributed");
        assertNull(s.source());
        assertEquals(-1, s.sourceHead());
    }

    @Test
    void pronounsAndBareDescriptionsPointBackToEarlierMentions() {
        assertEquals("Ana Petrova", sourced("pronoun-she").source()); // "She said ..."
        assertEquals("Ivan Duda", sourced("description-the-spokesman").source()); // "the spokesman added"
    }

    @Test
    void theDateOfTheStatementComesWithIt() {
        assertEquals(java.time.LocalDate.of(2024, 12, 17), sourced("said-on-tuesday").statedOn());
    }
}
