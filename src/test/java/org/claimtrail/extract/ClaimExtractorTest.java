package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.testing.ProjectFiles;
import org.claimtrail.testing.TestAnnotator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The claim rules on small sentences of our own, annotated by the project's CoreNLP configuration
 * (models loaded once per test JVM).
 */
class ClaimExtractorTest {

    static final LocalDate FRIDAY = LocalDate.of(2024, 12, 20);
    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(ExtractionLexicon.load(ProjectFiles.home().resolve("conf/lexicon")));

    static List<Claim> claims(String text) {
        return claims(text, FRIDAY);
    }

    static List<Claim> claims(String text, LocalDate published) {
        AnnotatedArticle a = TestAnnotator.annotate(text, published);
        return EXTRACTOR.extract("t", text, published, a.sentences());
    }

    static Claim only(String text) {
        List<Claim> cs = claims(text);
        assertEquals(1, cs.size(), () -> "claims of: " + text + "\n" + describe(cs));
        return cs.get(0);
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

    @Nested
    class QuantityForms {
        @Test
        void exactNumeralsAndWords() {
            bounds(only("Police said 1,200 protesters were detained in the capital."), 1200.0, 1200.0, "exact");
            bounds(only("Ten thousand troops were deployed to the border, the ministry said."), 10000.0, 10000.0, "exact");
            bounds(only("The army said forty soldiers were killed in the ambush."), 40.0, 40.0, "exact");
        }

        @Test
        void approximate() {
            for (String q : List.of("about", "around", "approximately", "some", "roughly", "an estimated")) {
                Claim c = only("The governor said " + q + " 300 civilians were killed in the shelling.");
                bounds(c, 300.0, 300.0, "approx");
                assertEquals(Metric.KILLED, c.metric());
            }
        }

        @Test
        void lowerBounds() {
            bounds(only("At least 50 people were killed in the blast, officials said."), 50.0, null, "at_least");
            bounds(only("No fewer than 80 fighters were captured, the militia said."), 80.0, null, "at_least");
            bounds(only("A minimum of 26 civilians died in the attack, the mayor said."), 26.0, null, "at_least");
            bounds(only("More than 2,000 soldiers have been wounded, the ministry said."), 2000.0, null, "more_than");
            bounds(only("Over 600 troops were killed in the offensive, the agency said."), 600.0, null, "more_than");
            bounds(only("The rebels said 100+ soldiers were killed in the assault."), 100.0, null, "more_than");
        }

        @Test
        void upperBounds() {
            bounds(only("Up to 5,000 troops could be deployed, the ministry said."), null, 5000.0, "at_most");
            bounds(only("No more than 15 soldiers were killed, the army said."), null, 15.0, "at_most");
            bounds(only("Nearly 1,000 people were wounded, the health ministry said."), null, 1000.0, "nearly");
            bounds(only("Almost 90 sailors are missing, the navy said."), null, 90.0, "nearly");
            bounds(only("Close to 300 soldiers were killed, the general said."), null, 300.0, "nearly");
        }

        @Test
        void ranges() {
            bounds(only("Between 150 and 200 soldiers were wounded, the doctor said."), 150.0, 200.0, "range");
            bounds(only("The army said 3,000 to 4,000 fighters were deployed near the city."), 3000.0, 4000.0, "range");
            bounds(only("Officials said 40-60 civilians were killed."), 40.0, 60.0, "range");
        }

        @Test
        void vagueAmountsFollowTheSpecTable() {
            bounds(only("The agency said several hundred soldiers were killed."), 300.0, 900.0, "vague");
            bounds(only("The agency said hundreds of soldiers were killed."), 200.0, 999.0, "vague");
            bounds(only("The agency said a few hundred soldiers were wounded."), 200.0, 500.0, "vague");
            bounds(only("The agency said several dozen soldiers were captured."), 36.0, 108.0, "vague");
            bounds(only("The agency said dozens of soldiers were killed."), 24.0, 99.0, "vague");
            bounds(only("The agency said several thousand troops were deployed."), 3000.0, 9000.0, "vague");
            bounds(only("The agency said thousands of troops were deployed."), 2000.0, 9999.0, "vague");
        }

        @Test
        void aShareOfATotalIsComputed() {
            List<Claim> cs = claims("A third of the 9,000 troops have been killed or wounded, the ministry said.");
            Claim share = cs.stream().filter(c -> c.valueLow() != null && c.valueLow() == 3000.0).findFirst().orElseThrow();
            bounds(share, 3000.0, 3000.0, "approx");
            assertEquals(Metric.CASUALTIES, share.metric());
        }

        @Test
        void coordinatedFiguresAreSeparateClaims() {
            List<Claim> cs = claims("At least 50 soldiers were killed and another 200 wounded, the ministry said.");
            assertEquals(2, cs.size(), describe(cs));
            assertEquals(Metric.KILLED, cs.get(0).metric());
            bounds(cs.get(1), 200.0, 200.0, "exact");
            assertEquals(Metric.WOUNDED, cs.get(1).metric());
        }

        @Test
        void killedOrWoundedIsOneCasualtiesClaim() {
            Claim c = only("Around 30 soldiers were killed or wounded in the fighting, the army said.");
            assertEquals(Metric.CASUALTIES, c.metric());
        }
    }

    @Nested
    class Metrics {
        @Test
        void fromNounsVerbsAndParticiples() {
            assertEquals(Metric.CASUALTIES, only("The army has suffered hundreds of casualties, the general said.").metric());
            assertEquals(Metric.KILLED, only("The ministry reported 45 deaths in the region.").metric());
            assertEquals(Metric.WOUNDED, only("The hospital said it had treated 70 injured.").metric());
            assertEquals(Metric.CAPTURED, only("The army said 17 enemy soldiers were captured.").metric());
            assertEquals(Metric.MISSING, only("Two sailors are missing, the coast guard said.").metric());
            assertEquals(Metric.DEPLOYED, only("About 12,000 troops have been deployed to the front, officials said.").metric());
            assertEquals(Metric.OTHER, only("Some 1.5 million people have been displaced, the U.N. said.").metric());
        }

        @Test
        void aTollThatRises() {
            Claim c = only("The death toll rose to 312 on Sunday, the health ministry said.");
            assertEquals(Metric.KILLED, c.metric());
            bounds(c, 312.0, 312.0, "exact");
        }
    }

    @Nested
    class NotClaims {
        @Test
        void datesAgesPercentagesMoneyDistancesAndNames() {
            assertEquals(List.of(), claims("The 24-year-old soldier was questioned by police on December 3, 2024."));
            assertEquals(List.of(), claims("Nearly 40 percent of the city has no electricity, the mayor said."));
            assertEquals(List.of(), claims("The army received $2 million in aid in 2023."));
            assertEquals(List.of(), claims("The convoy was attacked about 30 kilometres from the border."));
            assertEquals(List.of(), claims("Allies discussed Article 5 at the summit."));
            assertEquals(List.of(), claims("One of the soldiers said the unit had no food."));
        }

        @Test
        void countsOfSourcesAreNotClaims() {
            List<Claim> cs = claims("Dozens of soldiers were killed, two security sources said.");
            assertEquals(1, cs.size(), describe(cs));
            bounds(cs.get(0), 24.0, 99.0, "vague");
        }

        @Test
        void negatedAndDeniedFiguresAreDropped() {
            assertEquals(List.of(), claims("The army denied that 300 soldiers had been killed."));
            assertEquals(List.of(), claims("The ministry did not confirm that 50 troops were captured."));
        }

        @Test
        void questionsAreDropped() {
            assertEquals(List.of(), claims("Were 500 soldiers really killed in the attack?"));
        }
    }

    @Nested
    class Attribution {
        @Test
        void reportingVerbsNameTheirSubject() {
            for (String verb : List.of("said", "reported", "estimated", "assessed", "indicated", "confirmed", "announced", "wrote")) {
                Claim c = only("The Kastavian defence ministry " + verb + " that 40 soldiers were killed in the raid.");
                assertEquals("Kastavian defence ministry", c.source(), verb);
            }
            assertEquals("Colonel Ana Petrova", only("Colonel Ana Petrova told reporters that 40 soldiers were killed.").source());
        }

        @Test
        void trailingAndPassiveAttributions() {
            assertEquals("the army", only("At least 40 soldiers were killed in the raid, the army said.").source().toLowerCase()
                    .replaceFirst("^(?!the )", "the "));
            assertEquals("senior U.N. official", only("A senior U.N. official was quoted as saying that 300 civilians had been killed.").source());
            assertEquals("Kastavian and Meridian officials",
                    only("About 500 troops were deployed, according to Kastavian and Meridian officials.").source());
            assertEquals("Viktor Hrytsenko", only("As reported by Viktor Hrytsenko, the losses had exceeded 200 soldiers.").source());
        }

        @Test
        void unattributedFiguresHaveNoSource() {
            Claim c = only("Around 10,000 troops are believed to have been deployed to the region.");
            assertNull(c.source());
            assertEquals(Metric.DEPLOYED, c.metric());
        }

        @Test
        void aPersonCitingAnAgencyRelaysIt() {
            Claim c = only("At least 100 soldiers were killed, lawmaker Park Min-jun said, citing the spy agency.");
            assertEquals("spy agency", c.source());
            assertEquals("lawmaker Park Min-jun", c.intermediary());
        }

        @Test
        void anOutletCitingTheMilitaryRelaysIt() {
            Claim c = only("The Capitol Ledger reported that the Pentagon believes 2,000 soldiers have been killed.");
            assertEquals("Pentagon", c.source());
            assertEquals("Capitol Ledger", c.intermediary());
        }

        @Test
        void pronounsAndDescriptionsPointBack() {
            List<Claim> he = claims("Colonel Ana Petrova briefed reporters in the capital. She said 40 soldiers were killed.");
            assertTrue(he.get(0).source().endsWith("Ana Petrova"), describe(he));
            List<Claim> the = claims("The army spokesman, Major Ivan Duda, spoke on Monday.\n"
                    + "About 30 soldiers were wounded, the spokesman added.");
            assertTrue(the.get(0).source().contains("Duda") || the.get(0).source().contains("army spokesman"),
                    describe(the));
        }

        @Test
        void sourceTypeAndCountry() {
            Claim c = only("A senior U.S. military official said 300 soldiers had been killed.");
            assertEquals("unnamed official", c.sourceType());
            assertEquals("US", c.sourceCountry());
            Claim agency = only("Ukraine's intelligence agency said 30 soldiers were killed.");
            assertEquals("intelligence", agency.sourceType());
            assertEquals("UA", agency.sourceCountry());
        }
    }

    @Nested
    class StatementDates {
        @Test
        void weekdayBeforeThePublicationDate() {
            assertEquals(LocalDate.of(2024, 12, 17), only("The army said on Tuesday that 40 soldiers were killed.").statedOn());
            assertEquals(LocalDate.of(2024, 12, 16), only("The minister told reporters Monday that 40 soldiers were killed.").statedOn());
        }

        @Test
        void aWeekdayLaterInTheWeekMeansLastWeek() {
            LocalDate monday = LocalDate.of(2024, 12, 16);
            assertEquals(LocalDate.of(2024, 12, 13),
                    claims("The army said on Friday that 40 soldiers were killed.", monday).get(0).statedOn());
        }

        @Test
        void calendarDatesAndNoDate() {
            assertEquals(LocalDate.of(2024, 12, 18), only("On December 18, the governor said 60 civilians had died.").statedOn());
            assertNull(only("The governor said 60 civilians had died.").statedOn());
        }

        @Test
        void thePeriodAFigureCoversIsNotTheStatementDate() {
            Claim c = only("At least 100 soldiers have been killed since the start of December, a lawmaker said.");
            assertNull(c.statedOn());
        }

        @Test
        void theSameDayPointsBack() {
            List<Claim> cs = claims("On December 18, the ministry said 200 soldiers were killed.\n"
                    + "On the same day, the Capitol Ledger reported that the Pentagon believes 500 soldiers were wounded.");
            Claim wounded = cs.stream().filter(c -> c.metric().equals(Metric.WOUNDED)).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2024, 12, 18), wounded.statedOn());
        }

        @Test
        void theSameSpeakersOtherStatementDatesAnUndatedOne() {
            List<Claim> cs = claims("At least 60 soldiers were killed, a Kastavian lawmaker told reporters on Thursday.\n"
                    + "Lawmaker Petar Ilic said another 300 soldiers were wounded.");
            Claim wounded = cs.stream().filter(c -> c.metric().equals(Metric.WOUNDED)).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2024, 12, 19), wounded.statedOn(), describe(cs));
        }
    }

    @Nested
    class Modality {
        @Test
        void forecastsAreProjected() {
            assertEquals("projected", only("Up to 8,000 more soldiers could be killed by March, the agency said.").modality());
            assertEquals("projected", only("The number of wounded is expected to reach 1,000, the ministry said.").modality());
            assertEquals("asserted", only("The ministry said 1,000 soldiers were wounded.").modality());
        }
    }

    @Nested
    class OneClaimPerStatement {
        @Test
        void aQuoteRepeatingTheLeadIsOneClaimWithTwoMentions() {
            List<Claim> cs = claims("At least 700 civilians were killed this month, the medical alliance said.\n"
                    + "\"At least 700 civilians were killed,\" the alliance said.");
            assertEquals(1, cs.size(), describe(cs));
            assertEquals(2, cs.get(0).mentions());
        }

        @Test
        void claimIdsAreDeterministic() {
            String text = "At least 50 people were killed in the blast, officials said.";
            assertEquals(only(text).claimId(), only(text).claimId());
        }
    }
}
