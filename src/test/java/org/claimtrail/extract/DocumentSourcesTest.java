package org.claimtrail.extract;

import static org.claimtrail.extract.DiscourseRulesTest.withValue;
import static org.claimtrail.extract.RuleFixtures.claims;
import static org.claimtrail.extract.RuleFixtures.describe;
import static org.claimtrail.extract.RuleFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sources named through documents and clause structure, and days that hold for a whole article, on
 * pre-annotated texts of our own ({@code fixtures/sentences.tsv}).
 */
class DocumentSourcesTest {

    @Test
    void aTrailingAccordingToSpeaksForTheClauseRightBeforeIt() {
        List<Claim> cs = claims("according-later-clause");
        assertEquals("Local officials", withValue(cs, 120).source(), describe(cs));
        assertEquals("Red Cross", withValue(cs, 45).source(), describe(cs));
    }

    @Test
    void aTrailingAccordingToSpeaksForFiguresJoinedByAnd() {
        List<Claim> cs = claims("relayed-data-for-both");
        for (double v : new double[] {1204, 3310}) {
            Claim c = withValue(cs, v);
            assertTrue(c.source() != null && c.source().startsWith("National Disaster Authority"), describe(cs));
            assertTrue(c.intermediary() != null && c.intermediary().contains("Pressline"), describe(cs));
        }
    }

    @Test
    void anAccordingToOnTheReportingVerbRelaysWhoTold() {
        Claim c = withValue(claims("relayed-telling"), 4000);
        assertEquals("its commander", c.source(), c.toString());
    }

    @Test
    void anOutletTheTaggerTookForAPersonIsTheBodyItsAnalystsSpeakFor() {
        List<Claim> cs = claims("outlet-named-like-a-person");
        assertEquals("Verkova", withValue(cs, 4210).source(), describe(cs));
        assertEquals("Verkova", withValue(cs, 312).source(), describe(cs)); // "The analysts", not "journalists"
    }

    @Test
    void aBodyThatPutsOrUpdatesATallyAtAFigureStatesIt() {
        List<Claim> cs = claims("tally-put-at");
        Claim dead = withValue(cs, 57);
        assertEquals("killed", dead.metric(), describe(cs)); // "put the number of fatalities at 57"
        assertEquals("Local media", dead.source(), describe(cs));
        Claim hurt = withValue(cs, 214);
        assertEquals("wounded", hurt.metric(), describe(cs)); // "updated the count of those injured ... to 214"
        assertEquals("coastal authority", hurt.source(), describe(cs));
    }

    @Test
    void aNamedBodyJoinedOnWithItsOwnArticleStaysInTheJointSource() {
        List<Claim> cs = claims("joint-named-organization");
        assertEquals("regional relief office and the “Blue Lantern” organization", withValue(cs, 640).source(), describe(cs));
        // a long name before the joined body: the joint source still holds both
        assertTrue(withValue(cs, 2310).source().endsWith("and the “Blue Lantern” organization"), describe(cs));
    }

    @Test
    void whoPutsOutAListWithAFigureInItReportsTheFigureOnTheDayTheSubjectGives() {
        List<Claim> cs = claims("published-list");
        Claim list = cs.stream().filter(c -> c.sentenceIndex() == 0 && c.valueLow() == 412).findFirst().orElseThrow(() -> new AssertionError(describe(cs)));
        assertEquals("Kastavia County", list.source(), describe(cs));
        assertEquals(LocalDate.of(2024, 3, 8), list.statedOn(), "Friday, hung by the parser on the subject");
        // the governor's announcement, in a clause that dates the release, speaks for its own figure only
        assertEquals("Governor Mila Orsen", withValue(cs, 60).source(), describe(cs));
        // "the county explained": the county that spoke before, through its release
        Claim explained = cs.stream().filter(c -> c.sentenceIndex() == 1).findFirst().orElseThrow(() -> new AssertionError(describe(cs)));
        assertEquals("Kastavia County", explained.source(), describe(cs));
    }

    @Test
    void aBodyDescribedFirstIsNamedByTheNameAfterItsNoun() {
        List<Claim> cs = claims("named-in-apposition");
        assertEquals("Civic Observers", withValue(cs, 300).source(), describe(cs));
    }

    @Test
    void aUnionDescribedByWhoseItIsIsTheUnionNamedNext() {
        List<Claim> cs = claims("plural-possessor-union");
        assertEquals("Federation of Kenyan Nurses Union", withValue(cs, 45).source(), describe(cs));
    }

    @Test
    void aDocumentReleasedBySomeoneIsTheirs() {
        assertEquals("Kyiv", only("document-released-by").source());
    }

    @Test
    void aFigureRecordedInADatedTallyFromABodyIsThatBodysOnThatDay() {
        Claim c = withValue(claims("document-tally-from"), 61);
        assertTrue(c.source().contains("state health department"), c.toString());
        assertEquals(LocalDate.of(2024, 12, 18), c.statedOn());
    }

    @Test
    void whoIdentifiedTheDeadCountedThem() {
        Claim c = only("identified-dead");
        assertTrue(c.source() != null && c.source().startsWith("Volunteers"), c.toString());
        assertEquals(Metric.KILLED, c.metric());
    }

    @Test
    void aFigureCountingAPronounTakesItsVerbAndTheSpeakersDay() {
        List<Claim> cs = claims("pronoun-breakdown");
        Claim serious = withValue(cs, 60);
        assertEquals(Metric.WOUNDED, serious.metric());
        assertTrue(serious.source().contains("Lena Ortiz"), describe(cs));
        assertEquals(LocalDate.of(2024, 12, 17), serious.statedOn());
    }

    @Test
    void aWireCreditInBracketsIsNotTheSpeaker() {
        assertEquals("Interior Ministry", only("wire-credit").source());
    }

    @Test
    void aLiveBlogsDayDatesItsUndatedStatements() {
        Claim c = only("live-blog-day");
        assertEquals("Regional officials", c.source());
        assertEquals(LocalDate.of(2024, 12, 18), c.statedOn());
    }

    @Test
    void aPassiveRightAfterTheCountedNounTypesItWhereTheParseLostItsSubject() {
        Claim c = only("passive-after-figure");
        assertEquals(Metric.DEPLOYED, c.metric());
        assertTrue(c.source().contains("adviser"), c.toString());
        assertEquals(LocalDate.of(2024, 12, 16), c.statedOn());
    }

    @Test
    void aLiveBlogsEntryDoesNotSpeakForTheNext() {
        List<Claim> cs = claims("live-blog-entries");
        assertTrue(withValue(cs, 14).source().contains("governor"), describe(cs));
        assertEquals(null, withValue(cs, 30).source(), describe(cs));
        assertTrue(withValue(cs, 200).source().contains("mayor"), describe(cs));
        assertTrue(withValue(cs, 45).source().contains("mayor"), describe(cs)); // within its entry it carries
        // without the time stamps, the same figure continues the governor's statement
        assertTrue(withValue(claims("live-blog-carry-control"), 30).source().contains("governor"));
    }

    @Test
    void abductedPeopleAreCapturedAndAnAppositionSharesTheVerb() {
        List<Claim> cs = claims("abducted-apposition");
        assertEquals(Metric.CAPTURED, withValue(cs, 5).metric(), describe(cs));
        assertEquals(Metric.CAPTURED, withValue(cs, 2).metric(), describe(cs));
    }

    @Test
    void aCountingNounSaysWhatItCountsThroughItsPeoplesModifiersOrTheFigureBefore() {
        assertEquals(Metric.MISSING, only("list-narrowed").metric());
        List<Claim> cs = claims("number-topped");
        assertEquals(Metric.MISSING, withValue(cs, 212).metric(), describe(cs));
        assertEquals(Metric.MISSING, withValue(cs, 900).metric(), describe(cs));
    }

    @Test
    void aContrastingClauseThatReportsIsAnotherSourcesStatement() {
        List<Claim> cs = claims("contrast-while");
        assertTrue(withValue(cs, 312).source().contains("interior ministry"), describe(cs));
    }

    @Test
    void aHyphenedModifierKeepsItsFirstWord() {
        assertEquals("Geneva-based monitoring group", only("hyphen-based").source());
    }

    @Test
    void aPronounUnderANamedSpeakersVerbIsThatSpeakerNotAnEarlierOne() {
        Claim c = withValue(claims("pronoun-governed"), 512);
        assertTrue(c.source().startsWith("Monitoring Network for Civilians"), c.source());
        assertEquals(null, c.intermediary());
    }

    @Test
    void aContrastingClauseHungOnAnotherReportIsItsSubjectsOwn() {
        List<Claim> cs = claims("contrast-recovered");
        assertEquals("Kastavia", withValue(cs, 1200).source(), describe(cs));
        assertEquals("Varnia", withValue(cs, 300).source(), describe(cs));
    }

    @Test
    void accordingToSpeaksForTheSentenceWhateverTheParseHungItOn() {
        List<Claim> cs = claims("according-conj");
        assertEquals("provincial leaders", withValue(cs, 41).source(), describe(cs));
    }

    @Test
    void figuresIdentifiedAmongTheDeadAreKilled() {
        List<Claim> cs = claims("among-the-dead");
        assertEquals("killed", withValue(cs, 88).metric(), describe(cs));
        assertEquals("killed", withValue(cs, 40).metric(), describe(cs));
    }

    @Test
    void aTollClimbingToAFigureTypesIt() {
        assertEquals("killed", withValue(claims("toll-climbing"), 77).metric());
    }

    @Test
    void aNameGoesOnThroughItsOfAndForParts() {
        Claim c = withValue(claims("name-of-of"), 2310);
        assertTrue(c.source().contains("Office for the Relief of Victims of Floods"), c.source());
    }

    @Test
    void theAgencyIsTheGovernmentDepartmentNamedBeforeNotTheOutletThatObtainedItsTally() {
        Claim c = withValue(claims("agency-after-tally"), 31);
        assertEquals("Varnia Department of Health and Civil Protection", c.source());
    }

    @Test
    void theOfficialIsThePersonWhoSpokeBefore() {
        assertEquals("Lina Marr", withValue(claims("official-after-according"), 2100).source());
    }

    @Test
    void heIsThePersonWhoIsTheSubjectBeforeItInItsSentence() {
        assertTrue(withValue(claims("he-same-sentence"), 41).source().contains("Tom Ardley"));
    }

    @Test
    void anImpersonalReportIsNotTheSpeakerBefore() {
        List<Claim> cs = claims("impersonal-report");
        assertEquals("ministry", withValue(cs, 52).source().replace("The ", "").toLowerCase());
        assertEquals(null, withValue(cs, 49).source(), describe(cs));
    }

    @Test
    void aDemonymCountsPeopleAndAnOtherCueObjectMakesAnOtherClaim() {
        assertEquals("other", withValue(claims("demonym-fled"), 20000).metric());
        assertEquals("other", withValue(claims("taken-refuge"), 12000).metric());
    }

    @Test
    void anExecutionOfPeopleKillsThem() {
        assertEquals("killed", withValue(claims("execution-of"), 70).metric());
    }

    @Test
    void aSpeakerSetBesideTheCountedPeopleSpeaksForThem() {
        List<Claim> cs = claims("apposed-speaker");
        assertTrue(withValue(cs, 31).source().contains("police official"), describe(cs));
    }

    @Test
    void byNightfallIsThePublicationDay() {
        List<Claim> cs = claims("by-nightfall");
        assertEquals(LocalDate.parse("2024-12-20"), withValue(cs, 300).statedOn(), describe(cs));
    }

    @Test
    void peopleSentToRespondAreNoSpeakersAndADayIsNoDocumentsAuthor() {
        Claim c = withValue(claims("deployed-to-respond"), 2000);
        assertEquals("deployed", c.metric());
        assertEquals("agency officials", c.source());
        assertEquals(LocalDate.parse("2024-12-16"), c.statedOn());
    }

    @Test
    void whoRevisesATollGivesItAndWhatATollIsFromIsNoSource() {
        List<Claim> cs = claims("revised-toll");
        assertTrue(cs.stream().filter(c -> c.valueLow() == 61).allMatch(c -> c.source() == null || c.source().startsWith("Police")),
                describe(cs));
        assertTrue(withValue(cs, 61).source() != null && withValue(cs, 61).source().startsWith("Police"), describe(cs));
    }

    @Test
    void anAsClauseByPhraseAndAnAdvisingAgentAreSources() {
        assertEquals("Irma Voss", withValue(claims("as-confirmed-by"), 58).source());
        assertEquals("National Relief Agency", withValue(claims("advising-that"), 420).source());
    }

    @Test
    void partsTakeTheirWholesMetricAndAVerbBeatsAnAdjective() {
        assertEquals("wounded", withValue(claims("including-of"), 7).metric());
        assertEquals("wounded", withValue(claims("also-injured"), 31).metric());
        assertEquals("killed", withValue(claims("verb-over-adjective"), 300).metric());
    }

    @Test
    void amongThemBreaksDownTheFigureBefore() {
        List<Claim> cs = claims("among-them");
        assertEquals("killed", withValue(cs, 9).metric(), describe(cs));
    }

    @Test
    void anOfficialTollWithNoAuthorIsItsOwnSource() {
        assertEquals("official toll", withValue(claims("official-toll"), 87).source());
    }

    @Test
    void aPluralDescriptionPointsBackToTheOnesNamed() {
        List<Claim> cs = claims("plural-description");
        assertEquals("Mediapoint", withValue(cs, 2000).source(), describe(cs));
    }

    @Test
    void aDefiniteDescriptionPointsBackToTheBodyNamed() {
        // "according to the monitoring group": the Watch named before; "the health ministry" is a
        // state body, keyed later by its country, not the last name before it
        List<Claim> cs = claims("definite-description");
        assertEquals("Kastavian Watch for Civil Rights", withValue(cs, 745).source(), describe(cs));
        assertEquals("health ministry", withValue(cs, 230).source(), describe(cs));
    }

    @Test
    void aQuantifierThatStandsForUnnamedPeopleIsNoSource() {
        // "Many claim that at least 300 people were killed": no one an analyst could weigh
        assertNull(only("many-claim").source());
    }

    @Test
    void namesReportingAClauseAreItsSourceWhenTheVerbIsTaggedANoun() {
        // "The Capitol Ledger and the Harbor Post report, based on witness accounts, that ...": the
        // parse joins "report" to the names as one more noun
        assertEquals("Capitol Ledger and the Harbor Post", only("names-report-that").source());
    }

    @Test
    void aBodyIntroducedByADescriptionIsTheOneNamedNext() {
        // "a war monitor said" in the lead, "The Levant Observatory for Civil Rights said" after it:
        // one body, named; "The Observatory said 37" points back to it
        List<Claim> cs = claims("named-later");
        assertEquals("Levant Observatory for Civil Rights", withValue(cs, 412).source(), describe(cs));
        assertEquals("Levant Observatory for Civil Rights", withValue(cs, 37).source(), describe(cs));
        assertEquals(LocalDate.of(2025, 3, 11), withValue(cs, 412).statedOn(), describe(cs));
    }

    @Test
    void anOutletNamedAfterADescriptionIsNotTheBody() {
        assertEquals("rights group", only("named-later-outlet").source());
    }

    @Test
    void theAnalystsAndTheJournalistsAreTheBodyNamedBefore() {
        assertEquals("Baltic Monitoring Centre", withValue(claims("member-noun-analysts"), 9000).source());
        assertEquals("Nordic Press Agency", withValue(claims("member-noun-journalists"), 310).source());
    }

    @Test
    void aJointSourceIsBothBodies() {
        assertEquals("Baltic Ledger, together with Harbour Watch", only("joint-source").source());
    }

    @Test
    void anOrganisationsNameIsWholeWhereTheParserSplitIt() {
        // the parse takes "Without" for a clause marker and "Borders" for the speaker; the NER span is one name
        assertEquals("Doctors Without Borders", only("name-split-by-parser").source());
    }
}
