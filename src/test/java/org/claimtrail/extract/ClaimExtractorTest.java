package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.testing.Fixtures;
import org.claimtrail.testing.TestAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The claim rules end to end on text annotated now by the project's CoreNLP configuration (models
 * loaded once per test JVM): a few cases through the real parse, and a check that the pre-annotated
 * fixtures the rule tests use are still what the annotator makes. The rules themselves are tested on
 * those fixtures ({@link ClaimRulesTest} and one test class per concern).
 */
class ClaimExtractorTest {

    static final LocalDate FRIDAY = LocalDate.of(2024, 12, 20);

    static List<Claim> claims(String text) {
        AnnotatedArticle a = TestAnnotator.annotate(text, FRIDAY);
        return RuleFixtures.EXTRACTOR.extract("t", text, FRIDAY, a.sentences());
    }

    static String summary(List<Claim> cs) {
        return cs.stream().map(c -> c.metric() + " " + c.valueLow() + ".." + c.valueHigh() + " " + c.qualifier() + " src="
                + c.source() + " via=" + c.intermediary() + " on=" + c.statedOn() + " " + c.modality() + " x" + c.mentions())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aFigureWithItsSourceAndDate() {
        assertEquals("killed 40.0..40.0 exact src=army via=null on=2024-12-17 asserted x1",
                summary(claims("The army said on Tuesday that 40 soldiers were killed.")));
    }

    @Test
    void aRelayedForecast() {
        assertEquals("killed null..8000.0 at_most src=spy agency via=lawmaker Park Min-jun on=null projected x1",
                summary(claims("Up to 8,000 more soldiers could be killed, lawmaker Park Min-jun said, citing the spy agency.")));
    }

    @Test
    void acrossSentences() {
        assertEquals("killed 200.0..200.0 exact src=ministry via=null on=2024-12-18 asserted x1\n"
                + "wounded 500.0..500.0 exact src=Pentagon via=Capitol Ledger on=2024-12-18 asserted x1",
                summary(claims("On December 18, the ministry said 200 soldiers were killed.\n"
                        + "On the same day, the Capitol Ledger reported that the Pentagon believes 500 soldiers were wounded.")));
        assertEquals("killed 700.0..null at_least src=medical alliance via=null on=null asserted x2",
                summary(claims("At least 700 civilians were killed this month, the medical alliance said.\n"
                        + "\"At least 700 civilians were killed,\" the alliance said.")));
    }

    @Test
    void theFixturesAreWhatTheAnnotatorMakesNow() {
        for (String name : List.of("exact-numeral", "share-of-total", "description-the-spokesman", "speaker-clause-date",
                "expected-to-reach")) {
            Fixtures.Fixture f = Fixtures.get(name);
            AnnotatedArticle now = TestAnnotator.annotate(f.text(), f.published());
            assertEquals(f.sentences(), now.sentences(), () -> "fixture " + name + " is stale: regenerate"
                    + " src/test/resources/fixtures/sentences.jsonl with FixtureWriter (README, Testing)");
        }
    }
}
