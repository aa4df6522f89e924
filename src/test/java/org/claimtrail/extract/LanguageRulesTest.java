package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.claimtrail.config.ByLanguage;
import org.claimtrail.config.GlossedLexicon;
import org.claimtrail.config.LexiconFolder;
import org.claimtrail.testing.Fixtures;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * German and Spanish through the same rules: sentences of our own annotated by CoreNLP's German and
 * Spanish models (fixtures/sentences.de.tsv, .es.tsv), read with each language's lexicon folder.
 */
class LanguageRulesTest {

    private static final ByLanguage<ClaimExtractor> EXTRACTORS = ClaimExtractor.load(ProjectFiles.home().resolve("conf/lexicon"),
            java.util.Set.of("de", "es"));

    private static List<Claim> claims(String lang, String name) {
        Fixtures.Fixture f = Fixtures.get(name);
        return EXTRACTORS.forLanguage(lang).extract("t", f.text(), f.published(), f.sentences());
    }

    /** The claim's source names {@code part} ("Ministerio de Salud" in "el Ministerio de Salud de Chile"). */
    private static void assertSourceNames(String part, Claim c) {
        assertTrue(c.source() != null && c.source().contains(part), () -> part + " not in " + c.source());
    }

    private static Claim only(String lang, String name) {
        List<Claim> cs = claims(lang, name);
        assertEquals(1, cs.size(), () -> name + ": " + RuleFixtures.describe(cs));
        return cs.get(0);
    }

    @Test
    void germanReportingClauseWithAWeekdayAndThousandsDots() {
        Claim c = only("de", "de-reported-weekday");
        assertEquals("killed", c.metric());
        assertEquals(1200.0, c.valueLow());
        assertEquals("at_least", c.qualifier());
        assertEquals("Ermittlungskomitee", c.source()); // "Das" read as "the", which a source drops
        // published Saturday 9 November 2024: "am Freitag" is the day before
        assertEquals(LocalDate.of(2024, 11, 8), c.statedOn());
        assertEquals("menschen", c.population().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void swissApostrophesGroupThousandsInGermanAndEnglish() {
        for (String[] c : new String[][] {{"de", "de-swiss-thousands"}, {"en", "swiss-thousands"}}) {
            Claim claim = only(c[0], c[1]);
            assertEquals("killed", claim.metric(), claim.toString());
            assertEquals(146_000.0, claim.valueLow(), claim.toString());
            assertEquals(211_000.0, claim.valueHigh(), claim.toString());
            assertTrue(claim.quantityText().contains("146'000"), claim.quantityText()); // quoted as written
        }
    }

    @Test
    void germanReckoningWithAFigureIsAnEstimateOfWhoReckons() {
        Claim c = only("de", "de-reckons"); // "rechnet mit mindestens 3.400 Toten"
        assertEquals("killed", c.metric());
        assertEquals(3400.0, c.valueLow());
        assertTrue(c.source() != null && c.source().contains("Rote Kreuz"), c.toString());
    }

    @Test
    void germanDecimalCommaAndMillions() {
        List<Quantity> qs = new QuantityFinder(EXTRACTORS.forLanguage("de").lexicon()).find(view("de", "de-decimal-million"));
        Quantity q = qs.get(0);
        assertEquals(3_500_000.0, q.low(), 1.0);
        assertEquals(Qualifier.APPROX, q.qualifier());
    }

    @Test
    void germanVagueAmountAndSaidAfter() {
        Claim c = only("de", "de-vague");
        assertEquals("wounded", c.metric());
        assertEquals(2000.0, c.valueLow());
        assertEquals(9999.0, c.valueHigh());
        assertSourceNames("Sprecher", c);
    }

    @Test
    void germanBodyNounTaggedAProperNameStillPointsBack() {
        // "laut dem Ministerium": the tagger calls "Ministerium" a proper name; it is the ministry named before
        Claim c = claims("de", "de-description-back").stream().filter(x -> x.valueLow() != null && x.valueLow() == 340.0)
                .findFirst().orElseThrow();
        assertSourceNames("Gesundheitsministerium", c);
    }

    @Test
    void spanishDescriptionWithTheNameInAppositionIsTheName() {
        assertSourceNames("Telenorte", only("es", "es-description-appos"));
    }

    @Test
    void germanRangeWithBetweenAndAccordingToStatements() {
        Claim c = only("de", "de-range");
        assertEquals("range", c.qualifier());
        assertEquals(500.0, c.valueLow());
        assertEquals(600.0, c.valueHigh());
        assertSourceNames("Ministeriums", c);
    }

    @Test
    void spanishAccordingToAndAlMenos() {
        Claim c = only("es", "es-according-to");
        assertEquals("killed", c.metric());
        assertEquals(1200.0, c.valueLow());
        assertEquals("at_least", c.qualifier());
        assertEquals("Ministerio de Salud", c.source());
    }

    @Test
    void spanishWeekdayFromSutime() {
        Claim c = only("es", "es-weekday");
        assertEquals("missing", c.metric());
        assertEquals(3500.0, c.valueHigh());
        assertEquals("exact", c.qualifier());
        assertEquals(LocalDate.of(2024, 11, 7), c.statedOn());
    }

    @Test
    void mexicanCommaBeforeThreeDigitsGroupsThousands() {
        Claim c = only("es", "es-mexican-grouping");
        assertEquals(4300.0, c.valueLow());
        assertEquals("killed", c.metric());
    }

    @Test
    void spanishVagueTensAndADozen() {
        List<Claim> cs = claims("es", "es-vague-dozen");
        assertEquals(2, cs.size(), () -> RuleFixtures.describe(cs));
        assertEquals(24.0, cs.get(0).valueLow());
        assertEquals("killed", cs.get(0).metric());
        assertEquals(12.0, cs.get(1).valueLow());
        assertEquals("wounded", cs.get(1).metric());
        assertEquals("exact", cs.get(1).qualifier());
    }

    @Test
    void aLanguageFolderOverridesTheRootListAndFallsBackToIt() {
        LexiconFolder de = new LexiconFolder(ProjectFiles.home().resolve("conf/lexicon"), "de");
        assertTrue(de.file("metric_cues.tsv").toString().endsWith("de/metric_cues.tsv"));
        assertTrue(de.file("sources.csv").toString().endsWith("lexicon/sources.csv"));
        // "oder mehr" is written in German and read as the rules see the text: "or mehr"
        assertTrue(GlossedLexicon.of(de).read("qualifiers.tsv").stream().anyMatch(e -> e.field(1).equals("or mehr")));
    }

    @Test
    void germanStatementThatPointsBackSpeaksForTheFigureBefore() {
        Claim c = only("de", "de-points-back");
        assertEquals(40.0, c.valueLow());
        assertEquals("killed", c.metric());
        assertTrue(c.source() != null && c.source().contains("Feuerwehr"), String.valueOf(c));
    }

    @Test
    void germanSeparableVerbInASubordinateClause() {
        Claim c = only("de", "de-separable-subordinate");
        assertEquals("wounded", c.metric());
        assertTrue(c.source() != null && c.source().contains("Polizei"), String.valueOf(c));
    }

    @Test
    void spanishResultedWounded() {
        Claim c = only("es", "es-resulted-wounded");
        assertEquals("wounded", c.metric());
        assertEquals(35.0, c.valueLow());
        assertSourceNames("Cruz Roja", c);
    }

    @Test
    void spanishPerfectOfARegularVerbReportsWithItsSunday() {
        Claim c = only("es", "es-raised-sunday"); // "ha elevado": elevar's participle, from verb_endings.tsv
        assertEquals(2000.0, c.valueHigh());
        assertEquals("nearly", c.qualifier());
        assertSourceNames("Ministerio de Salud", c);
        assertEquals(LocalDate.of(2024, 11, 3), c.statedOn()); // published Monday: "este domingo"
    }

    @Test
    void spanishTallyRisenToAFigureTheParserMadeAnAdverb() {
        List<Claim> cs = claims("es", "es-tally-risen-to");
        Claim dead = DiscourseRulesTest.withValue(cs, 412);
        assertEquals("killed", dead.metric(), RuleFixtures.describe(cs)); // not the wounded of the part joined on
        assertSourceNames("Vigía Civil", dead);
        assertEquals("wounded", DiscourseRulesTest.withValue(cs, 1230).metric());
    }

    @Test
    void spanishRaisedToAFigureTheTallyItsObject() {
        Claim c = only("es", "es-raised-tally-first");
        assertEquals("killed", c.metric());
        assertEquals(615.0, c.valueLow());
        assertSourceNames("Red Norte de Derechos", c);
    }

    @Test
    void germanPartMarkedByDavonIsPartOfTheFigureBefore() {
        List<Claim> cs = claims("de", "de-parts-of-whole");
        Claim part = DiscourseRulesTest.withValue(cs, 41);
        assertEquals("killed", part.metric(), RuleFixtures.describe(cs)); // the whole's "getötet"
        assertEquals(DiscourseRulesTest.withValue(cs, 312).source(), part.source(), RuleFixtures.describe(cs));
        assertSourceNames("Gesundheitsamt", part);
    }

    @Test
    void spanishPartsAfterIncluyendoTakeTheMetricOfTheirWhole() {
        List<Claim> cs = claims("es", "es-including-gerund");
        assertEquals("killed", DiscourseRulesTest.withValue(cs, 35).metric(), RuleFixtures.describe(cs));
        assertEquals("killed", DiscourseRulesTest.withValue(cs, 60).metric(), RuleFixtures.describe(cs));
    }

    @Test
    void spanishPlaceListLeavesOutTheNoun() {
        List<Claim> cs = claims("es", "es-place-list-elided");
        for (double v : new double[] {31, 12, 4, 2}) {
            assertEquals("killed", DiscourseRulesTest.withValue(cs, v).metric(), RuleFixtures.describe(cs));
        }
    }

    @Test
    void germanPeopleInCriticalConditionAreWounded() {
        Claim c = only("de", "de-state-condition");
        assertEquals("wounded", c.metric());
        assertEquals(40.0, c.valueLow());
    }

    @Test
    void spanishRemainHospitalizedAreWounded() {
        List<Claim> cs = claims("es", "es-remain-hospitalized");
        assertEquals("wounded", DiscourseRulesTest.withValue(cs, 87).metric(), RuleFixtures.describe(cs));
    }

    @Test
    void spanishKillingsReportedAndWhoIsHorrifiedIsNoSource() {
        Claim c = only("es", "es-horrified-by-reports");
        assertEquals("killed", c.metric()); // "el asesinato de más de 300 civiles"
        assertEquals(300.0, c.valueLow());
        assertTrue(c.source() == null || !c.source().contains("horrorizada"), c.source());
    }

    @Test
    void mexicanThousandsWrittenWithMil() {
        Claim c = only("es", "es-mil-grouping");
        assertEquals(12345.0, c.valueLow());
    }

    @Test
    void spanishParticipleWithAnAgentNamesTheSource() {
        Claim c = only("es", "es-agent-participle");
        assertEquals(800.0, c.valueLow());
        assertSourceNames("Cruz Roja", c);
    }

    @Test
    void spanishRelativePronounIsNoSource() {
        Claim c = only("es", "es-relative-source");
        assertEquals("wounded", c.metric());
        assertSourceNames("alcalde", c);
    }

    @Test
    void spanishDayOfTheMonthWinsOverItsWeekday() {
        Claim c = only("es", "es-weekday-and-day");
        assertEquals(LocalDate.of(2025, 3, 10), c.statedOn()); // the written day over "martes" (it was a Monday)
    }

    @Test
    void spanishFiguresHangOnTheNounTheyCount() {
        List<Claim> cs = claims("es", "es-number-on-its-noun"); // "más de dos mil personas", "al menos 26 personas"
        assertEquals(2, cs.size(), () -> RuleFixtures.describe(cs));
        assertEquals(2000.0, cs.get(0).valueLow());
        assertEquals("more_than", cs.get(0).qualifier());
        assertEquals(26.0, cs.get(1).valueLow());
        assertEquals("at_least", cs.get(1).qualifier());
        assertEquals("killed", cs.get(1).metric());
    }

    @Test
    void germanCitingNamesTheSourceCited() {
        Claim c = only("de", "de-citing"); // "unter Berufung auf die Katastrophenschutzbehörde Afad"
        assertEquals(1250.0, c.valueLow());
        assertSourceNames("Katastrophenschutzbehörde", c);
    }

    @Test
    void germanLostTheirLives() {
        Claim c = only("de", "de-lost-lives"); // "ums Leben gekommen"
        assertEquals("killed", c.metric());
        assertEquals(2100.0, c.valueLow());
        assertEquals("Polizei", c.source());
    }

    @Test
    void germanPerfectIsActiveWhateverTheParse() {
        List<Claim> cs = claims("de", "de-reported-earlier"); // "hatte die Regierung 26 Tote gemeldet"
        assertEquals(2, cs.size(), () -> RuleFixtures.describe(cs));
        assertEquals("Regierung", cs.get(0).source());
        assertEquals("Regierung", cs.get(1).source());
    }

    @Test
    void everyLanguagesExtractorTravelsToExecutors() throws Exception {
        // the extract stage ships them inside its Spark closure: no Path or other unserializable state
        for (ClaimExtractor e : EXTRACTORS.values()) {
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
                out.writeObject(e);
            }
        }
        assertEquals(java.util.Set.of("de", "en", "es"), EXTRACTORS.byCode().keySet());
    }

    private static SentenceView view(String lang, String name) {
        Fixtures.Fixture f = Fixtures.get(name);
        var cs = f.candidates();
        return new SentenceView(cs.get(cs.size() - 1), EXTRACTORS.forLanguage(lang).lexicon().language, f.published());
    }
}
