package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.ATTRIBUTION;
import static org.claimtrail.extract.RuleFixtures.LEXICON;
import static org.claimtrail.extract.RuleFixtures.fixture;
import static org.claimtrail.extract.RuleFixtures.token;
import static org.claimtrail.extract.RuleFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Statement dates on reporting expressions (pre-annotated sentences) and carried to the same speaker. */
class StatementDatesTest {

    static final StatementDates DATES = new StatementDates(LEXICON, ATTRIBUTION, new SourcePhrases(LEXICON));

    /** The date on the reporting verb {@code verb} of a fixture's last sentence. */
    static LocalDate dateOf(String name, String verb, Discourse d) {
        SentenceView s = view(name);
        return DATES.dateOf(s, token(s, verb), fixture(name).published(), d);
    }

    @Test
    void aWeekdayBeforeThePublicationDate() {
        assertEquals(LocalDate.of(2024, 12, 17), dateOf("said-on-tuesday", "said", new Discourse()));
        assertEquals(LocalDate.of(2024, 12, 16), dateOf("told-monday", "told", new Discourse()));
    }

    @Test
    void aWeekdayAfterThePublicationDateMeansTheWeekBefore() {
        assertEquals(LocalDate.of(2024, 12, 13), dateOf("friday-before-monday", "said", new Discourse()));
    }

    @Test
    void aCalendarDateAndNone() {
        assertEquals(LocalDate.of(2024, 12, 18), dateOf("calendar-date", "said", new Discourse()));
        assertNull(dateOf("no-date", "said", new Discourse()));
    }

    @Test
    void theSpeakersOwnClauseDatesWhatTheySaid() {
        // "A Kastavian defence official, who spoke to reporters on Wednesday, said ..."
        assertEquals(LocalDate.of(2024, 12, 18), dateOf("speaker-clause-date", "said", new Discourse()));
    }

    @Test
    void theSameDayIsTheLastDateGiven() {
        Discourse d = new Discourse();
        d.lastDate = LocalDate.of(2024, 12, 18);
        assertEquals(LocalDate.of(2024, 12, 18), dateOf("the-same-day", "reported", d));
        assertNull(dateOf("the-same-day", "reported", new Discourse()));
    }

    @Test
    void anUndatedClaimTakesTheDateOfTheSameSpeakersStatement() {
        Discourse d = new Discourse();
        d.statements.add(new Discourse.Statement(0, "a Kastavian lawmaker", LocalDate.of(2024, 12, 19)));
        d.statements.add(new Discourse.Statement(0, "the army", null));
        List<Claim> carried = DATES.carryToSameSpeaker(List.of(
                claim("Lawmaker Petar Ilic", null), claim("the army", null), claim(null, null),
                claim("lawmaker Park Min-jun", LocalDate.of(2024, 12, 10))), d);
        assertEquals(LocalDate.of(2024, 12, 19), carried.get(0).statedOn()); // "lawmaker" names both
        // one day is all the article's statements name: the army's undated one was that day's news too
        assertEquals(LocalDate.of(2024, 12, 19), carried.get(1).statedOn());
        assertNull(carried.get(2).statedOn()); // no speaker
        assertEquals(LocalDate.of(2024, 12, 10), carried.get(3).statedOn()); // its own date stays
    }

    @Test
    void anArticleOfSeveralDaysGivesOtherSpeakersItsLeadsDay() {
        Discourse d = new Discourse();
        d.statements.add(new Discourse.Statement(0, "a Kastavian lawmaker", LocalDate.of(2024, 12, 19)));
        d.statements.add(new Discourse.Statement(0, "the navy", LocalDate.of(2024, 12, 16)));
        d.statements.add(new Discourse.Statement(0, "the army", null));
        List<Claim> carried = DATES.carryToSameSpeaker(List.of(claim("the army", null), claim("the navy", null)), d);
        assertEquals(LocalDate.of(2024, 12, 19), carried.get(0).statedOn());
        assertEquals(LocalDate.of(2024, 12, 16), carried.get(1).statedOn()); // its own statement's day first
    }

    @Test
    void aStatementToldAfterTheFigureDoesNotDateIt() {
        Discourse d = new Discourse();
        d.published = LocalDate.of(2024, 10, 13);
        // "... The analysts note that 13,438 were killed. ... On July 5, the outlet published ..."
        d.statements.add(new Discourse.Statement(11, "the army", LocalDate.of(2024, 7, 5)));
        assertNull(DATES.carryToSameSpeaker(List.of(claim("the army", null)), d).get(0).statedOn());
        d.statements.add(0, new Discourse.Statement(0, "the army", LocalDate.of(2024, 10, 12)));
        assertEquals(LocalDate.of(2024, 10, 12), DATES.carryToSameSpeaker(List.of(claim("the army", null)), d).get(0).statedOn());
    }

    @Test
    void aRestatedFigureTakesNoCarriedDay() {
        Discourse d = new Discourse();
        d.statements.add(new Discourse.Statement(0, "the army", LocalDate.of(2024, 12, 19)));
        Claim restated = new Claim("id", "t", 0, 0, 1, "The army revised the toll down from its previous 115.", "115",
                Metric.KILLED, "people", "people", null, null, null, 115.0, 115.0, "exact", "the army", null, null, null, null, Modality.ASSERTED, 1);
        assertNull(DATES.carryToSameSpeaker(List.of(restated), d).get(0).statedOn());
    }

    static Claim claim(String source, LocalDate statedOn) {
        return new Claim("id", "t", 0, 0, 1, "s", "1", Metric.KILLED, "people", "people", null, null, null, 1.0, 1.0, "exact", source, null, null, null,
                statedOn, Modality.ASSERTED, 1);
    }
}
