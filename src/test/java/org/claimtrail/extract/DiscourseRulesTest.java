package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.bounds;
import static org.claimtrail.extract.RuleFixtures.claims;
import static org.claimtrail.extract.RuleFixtures.describe;
import static org.claimtrail.extract.RuleFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Sources and days across sentences, sources that are not speakers, parts of a counted whole, and
 * number forms, on pre-annotated texts of our own ({@code fixtures/sentences.tsv}, published Friday
 * 2024-12-20).
 */
class DiscourseRulesTest {

    static Claim withValue(List<Claim> cs, double low) {
        return cs.stream().filter(c -> c.valueLow() != null && c.valueLow() == low).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + low + " in\n" + describe(cs)));
    }

    @Nested
    class AcrossSentences {
        @Test
        void aFigureWithoutSourceContinuesTheStatementBefore() {
            Claim wounded = withValue(claims("carry-next-sentence"), 120);
            assertEquals(Metric.WOUNDED, wounded.metric());
            assertEquals("ministry", wounded.source());
            assertEquals(LocalDate.of(2024, 12, 17), wounded.statedOn());
        }

        @Test
        void aFigureTheArticleHedgesInItsOwnVoiceKeepsNoSource() {
            assertNull(withValue(claims("carry-not-to-hedge"), 3000).source());
        }

        @Test
        void aQuoteClosedInTheNextSentenceIsTheSpeakers() {
            List<Claim> cs = claims("carry-quote-closed-later");
            assertTrue(withValue(cs, 60).source().contains("health ministry"), describe(cs));
            assertTrue(withValue(cs, 9).source().contains("health ministry"), describe(cs));
        }

        @Test
        void theFiguresReportedInTheNextSentence() {
            assertTrue(only("carry-figures-reported-after").source().contains("mountain rescue service"));
        }

        @Test
        void descriptionsStandForTheBodyNamedBefore() {
            assertEquals("Red Lantern Society", withValue(claims("source-the-group"), 14).source());
            Claim wounded = withValue(claims("source-the-newspaper"), 500);
            assertEquals("Daily Ledger", wounded.source());
            assertEquals(LocalDate.of(2024, 12, 19), wounded.statedOn());
        }
    }

    @Nested
    class Speakers {
        @Test
        void aDocumentStandsForWhoseItIsOrForNoOne() {
            assertEquals("disaster agency", only("source-data-from").source());
            assertNull(only("source-bare-data").source());
        }

        @Test
        void anInvertedSpeakerAndAParticiplesSpeaker() {
            Claim c = only("source-inverted");
            assertEquals("monitoring group", c.source());
            assertEquals(LocalDate.of(2024, 12, 20), c.statedOn());
            assertEquals("Interior Ministry", only("source-saying").source());
        }

        @Test
        void aRecentDayInTheFiguresClauseDatesTheStatement() {
            assertEquals(LocalDate.of(2024, 12, 18), only("date-event-day").statedOn());
        }
    }

    @Nested
    class Figures {
        @Test
        void partsOfACountedWholeShareItsMetric() {
            List<Claim> cs = claims("part-including");
            assertEquals(Metric.KILLED, withValue(cs, 15).metric());
            assertEquals(Metric.KILLED, withValue(cs, 20).metric());
            assertEquals(Metric.KILLED, only("part-among").metric());
        }

        @Test
        void numberForms() {
            bounds(only("number-space-grouped"), 12450.0, 12450.0, "exact");
            bounds(only("number-shared-magnitude"), 11000.0, 12000.0, "range");
        }

        @Test
        void preciseParticiplesAndHospitalisations() {
            List<Claim> cs = claims("metric-participle-after-suffer");
            assertEquals(Metric.WOUNDED, withValue(cs, 4000).metric());
            assertEquals(Metric.KILLED, withValue(cs, 1500).metric());
            assertEquals(Metric.WOUNDED, only("metric-hospitalized").metric());
        }
    }

    @Nested
    class Breakdowns {
        @Test
        void partsNamedOnlyByWhoContinueTheFigureBefore() {
            List<Claim> cs = claims("breakdown-of-those");
            assertEquals(Metric.KILLED, withValue(cs, 70).metric());
            assertEquals(Metric.KILLED, withValue(cs, 20).metric());
            assertEquals(withValue(cs, 111).source(), withValue(cs, 70).source());
        }

        @Test
        void listLinesAfterTheirHeader() {
            List<Claim> cs = claims("breakdown-list");
            Claim north = withValue(cs, 70);
            assertEquals(Metric.KILLED, north.metric());
            assertEquals("Red Crescent", north.source());
            assertEquals(Metric.KILLED, withValue(cs, 50).metric());
        }

        @Test
        void wholesThatIncludeParts() {
            assertEquals(Metric.KILLED, withValue(claims("breakdown-this-number"), 600).metric());
            assertEquals(Metric.KILLED, only("inclusion-toll").metric());
            List<Claim> cs = claims("part-own-participle");
            assertEquals(Metric.CASUALTIES, withValue(cs, 10000).metric());
            assertEquals(Metric.KILLED, withValue(cs, 2500).metric());
        }
    }

    @Nested
    class Predicates {
        @Test
        void injuriesAsObjectAndVerbsWithTheirOwnObjects() {
            assertEquals(Metric.WOUNDED, only("injuries-as-object").metric());
            List<Claim> cs = claims("conj-own-objects");
            assertEquals(Metric.KILLED, withValue(cs, 12).metric());
            assertEquals(Metric.WOUNDED, withValue(cs, 2800).metric());
        }

        @Test
        void placesAreNotCounted() {
            assertEquals(40.0, only("not-people-states").valueLow());
        }

        @Test
        void reportingWordsTaggedAsNouns() {
            List<Claim> cs = claims("noun-reports");
            assertTrue(String.valueOf(withValue(cs, 9).source()).contains("emergency ministry"), describe(cs));
            assertTrue(String.valueOf(only("estimates-as-subject").source()).contains("Finnish intelligence"));
        }

        @Test
        void aLeadWithoutFigureDatesTheStatement() {
            assertEquals(LocalDate.of(2024, 12, 17), only("lead-day").statedOn());
        }
    }
}
