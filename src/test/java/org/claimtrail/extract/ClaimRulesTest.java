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
 * The whole claim rules ({@link ClaimExtractor#extract}) on pre-annotated sentences of our own
 * ({@code fixtures/sentences.tsv}): what each figure becomes. The concerns have their own tests.
 */
class ClaimRulesTest {

    @Nested
    class QuantityForms {
        @Test
    void aBareFigureWithItsPlaceInAListCountsTheNounOfTheFirst() {
        List<Claim> cs = claims("place-list-elided");
        for (double v : new double[] {31, 12, 4}) {
            assertEquals("killed", DiscourseRulesTest.withValue(cs, v).metric(), describe(cs));
        }
    }

    @Test
        void exactNumeralsAndWords() {
            bounds(only("exact-numeral"), 1200.0, 1200.0, "exact");
            bounds(only("exact-words"), 10000.0, 10000.0, "exact");
            bounds(only("exact-word"), 40.0, 40.0, "exact");
        }

        @Test
        void approximate() {
            for (String q : List.of("about", "around", "approximately", "some", "roughly", "an-estimated")) {
                Claim c = only("approx-" + q);
                bounds(c, 300.0, 300.0, "approx");
                assertEquals(Metric.KILLED, c.metric());
            }
        }

        @Test
        void lowerBounds() {
            bounds(only("at-least"), 50.0, null, "at_least");
            bounds(only("no-fewer-than"), 80.0, null, "at_least");
            bounds(only("a-minimum-of"), 26.0, null, "at_least");
            bounds(only("more-than"), 2000.0, null, "more_than");
            bounds(only("over"), 600.0, null, "more_than");
            bounds(only("plus-sign"), 100.0, null, "more_than");
        }

        @Test
        void upperBounds() {
            bounds(only("up-to"), null, 5000.0, "at_most");
            bounds(only("no-more-than"), null, 15.0, "at_most");
            bounds(only("nearly"), null, 1000.0, "nearly");
            bounds(only("almost"), null, 90.0, "nearly");
            bounds(only("close-to"), null, 300.0, "nearly");
        }

        @Test
        void ranges() {
            bounds(only("range-between"), 150.0, 200.0, "range");
            bounds(only("range-to"), 3000.0, 4000.0, "range");
            bounds(only("range-hyphen"), 40.0, 60.0, "range");
        }

        @Test
        void vagueAmountsFollowTheSpecTable() {
            bounds(only("vague-several-hundred"), 300.0, 900.0, "vague");
            bounds(only("vague-hundreds-of"), 200.0, 999.0, "vague");
            bounds(only("vague-a-few-hundred"), 200.0, 500.0, "vague");
            bounds(only("vague-several-dozen"), 36.0, 108.0, "vague");
            bounds(only("vague-dozens-of"), 24.0, 99.0, "vague");
            bounds(only("vague-several-thousand"), 3000.0, 9000.0, "vague");
            bounds(only("vague-thousands-of"), 2000.0, 9999.0, "vague");
        }

        @Test
        void aShareOfATotalIsComputed() {
            List<Claim> cs = claims("share-of-total");
            Claim share = cs.stream().filter(c -> c.valueLow() != null && c.valueLow() == 3000.0).findFirst().orElseThrow();
            bounds(share, 3000.0, 3000.0, "approx");
            assertEquals(Metric.CASUALTIES, share.metric());
        }

        @Test
        void coordinatedFiguresAreSeparateClaims() {
            List<Claim> cs = claims("coordinated-figures");
            assertEquals(2, cs.size(), describe(cs));
            assertEquals(Metric.KILLED, cs.get(0).metric());
            bounds(cs.get(1), 200.0, 200.0, "exact");
            assertEquals(Metric.WOUNDED, cs.get(1).metric());
        }

        @Test
        void killedOrWoundedIsOneCasualtiesClaim() {
            assertEquals(Metric.CASUALTIES, only("killed-or-wounded").metric());
        }
    }

    @Nested
    class Metrics {
        @Test
        void fromNounsVerbsAndParticiples() {
            assertEquals(Metric.CASUALTIES, only("noun-casualties").metric());
            assertEquals(Metric.KILLED, only("noun-deaths").metric());
            assertEquals(Metric.WOUNDED, only("adjective-injured").metric());
            assertEquals(Metric.CAPTURED, only("verb-captured").metric());
            assertEquals(Metric.MISSING, only("adjective-missing").metric());
            assertEquals(Metric.DEPLOYED, only("verb-deployed").metric());
            assertEquals(Metric.OTHER, only("verb-displaced").metric());
        }

        @Test
        void aTollThatRises() {
            Claim c = only("toll-rises");
            assertEquals(Metric.KILLED, c.metric());
            bounds(c, 312.0, 312.0, "exact");
        }
    }

    @Nested
    class NotClaims {
        @Test
        void datesAgesPercentagesMoneyDistancesAndNames() {
            for (String name : List.of("not-age-and-date", "not-percent", "not-money-year", "not-distance",
                    "not-article-number", "not-one-of")) {
                assertEquals(List.of(), claims(name), name);
            }
        }

        @Test
        void countsOfSourcesAreNotClaims() {
            List<Claim> cs = claims("count-of-sources");
            assertEquals(1, cs.size(), describe(cs));
            bounds(cs.get(0), 24.0, 99.0, "vague");
        }

        @Test
        void negatedAndDeniedFiguresAreDropped() {
            assertEquals(List.of(), claims("denied"));
            assertEquals(List.of(), claims("not-confirmed"));
            assertEquals(List.of(), claims("negated-predicate"));
        }

        @Test
        void questionsAreDropped() {
            assertEquals(List.of(), claims("question"));
        }
    }

    @Nested
    class Sources {
        @Test
        void reportingVerbsNameTheirSubject() {
            for (String verb : List.of("said", "reported", "estimated", "assessed", "indicated", "confirmed", "announced", "wrote")) {
                assertEquals("Kastavian defence ministry", only("reporting-verb-" + verb).source(), verb);
            }
            assertEquals("Colonel Ana Petrova", only("told-reporters").source());
        }

        @Test
        void trailingAndPassiveAttributions() {
            assertEquals("the army", only("trailing-said").source().toLowerCase().replaceFirst("^(?!the )", "the "));
            assertEquals("senior U.N. official", only("quoted-as-saying").source());
            assertEquals("Kastavian and Meridian officials", only("according-to").source());
            assertEquals("Viktor Hrytsenko", only("as-reported-by").source());
        }

        @Test
        void unattributedFiguresHaveNoSource() {
            Claim c = only("unattributed");
            assertNull(c.source());
            assertEquals(Metric.DEPLOYED, c.metric());
        }

        @Test
        void aPersonCitingAnAgencyRelaysIt() {
            Claim c = only("person-citing-agency");
            assertEquals("spy agency", c.source());
            assertEquals("lawmaker Park Min-jun", c.intermediary());
        }

        @Test
        void anOutletCitingTheMilitaryRelaysIt() {
            Claim c = only("outlet-citing-military");
            assertEquals("Pentagon", c.source());
            assertEquals("Capitol Ledger", c.intermediary());
        }

        @Test
        void pronounsAndDescriptionsPointBack() {
            List<Claim> he = claims("pronoun-she");
            assertTrue(he.get(0).source().endsWith("Ana Petrova"), describe(he));
            List<Claim> the = claims("description-the-spokesman");
            assertTrue(the.get(0).source().contains("Duda") || the.get(0).source().contains("army spokesman"),
                    describe(the));
        }

        @Test
        void sourceTypeAndCountry() {
            Claim c = only("unnamed-us-official");
            assertEquals("unnamed official", c.sourceType());
            assertEquals("US", c.sourceCountry());
            Claim agency = only("intelligence-agency");
            assertEquals("intelligence", agency.sourceType());
            assertEquals("UA", agency.sourceCountry());
        }
    }

    @Nested
    class StatementDates {
        @Test
        void weekdayBeforeThePublicationDate() {
            assertEquals(LocalDate.of(2024, 12, 17), only("said-on-tuesday").statedOn());
            assertEquals(LocalDate.of(2024, 12, 16), only("told-monday").statedOn());
        }

        @Test
        void aWeekdayLaterInTheWeekMeansLastWeek() {
            assertEquals(LocalDate.of(2024, 12, 13), claims("friday-before-monday").get(0).statedOn());
        }

        @Test
        void calendarDatesAndNoDate() {
            assertEquals(LocalDate.of(2024, 12, 18), only("calendar-date").statedOn());
            assertNull(only("no-date").statedOn());
        }

        @Test
        void thePeriodAFigureCoversIsNotTheStatementDate() {
            assertNull(only("period-not-statement-date").statedOn());
        }

        @Test
        void theSameDayPointsBack() {
            Claim wounded = claims("the-same-day").stream().filter(c -> c.metric().equals(Metric.WOUNDED)).findFirst()
                    .orElseThrow();
            assertEquals(LocalDate.of(2024, 12, 18), wounded.statedOn());
        }

        @Test
        void theSameSpeakersOtherStatementDatesAnUndatedOne() {
            List<Claim> cs = claims("same-speaker-date");
            Claim wounded = cs.stream().filter(c -> c.metric().equals(Metric.WOUNDED)).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2024, 12, 19), wounded.statedOn(), describe(cs));
        }
    }

    @Nested
    class Modalities {
        @Test
        void forecastsAreProjected() {
            assertEquals("projected", only("could-be-killed").modality());
            assertEquals("projected", only("expected-to-reach").modality());
            assertEquals("asserted", only("asserted").modality());
        }
    }

    @Nested
    class OneClaimPerStatement {
        @Test
        void aQuoteRepeatingTheLeadIsOneClaimWithTwoMentions() {
            List<Claim> cs = claims("repeated-quote");
            assertEquals(1, cs.size(), describe(cs));
            assertEquals(2, cs.get(0).mentions());
        }

        @Test
        void claimIdsAreDeterministic() {
            assertEquals(only("at-least").claimId(), only("at-least").claimId());
        }
    }
}
