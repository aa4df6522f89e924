package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.LEXICON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One claim per statement, on hand-built claims of one article. */
class MentionMergingTest {

    static final MentionMerging MERGING = new MentionMerging(new SourcePhrases(LEXICON));
    static final LocalDate TUESDAY = LocalDate.of(2024, 12, 17);

    static Claim claim(int at, String metric, double value, String source, LocalDate statedOn) {
        return new Claim("id" + at, "t", at, at, at + 2, "s", "n", metric, "people", "people", null, null, null,
                value, value, "exact", source, null, null,
                null, statedOn, Modality.ASSERTED, 1);
    }

    @Test
    void theSameFigureFromTheSameSourceIsOneClaimWithTheBestEvidence() {
        List<Claim> out = MERGING.merge(List.of(claim(0, Metric.KILLED, 700, "the medical alliance", null),
                claim(50, Metric.KILLED, 700, "alliance", TUESDAY)));
        assertEquals(1, out.size());
        assertEquals(2, out.get(0).mentions());
        assertEquals(TUESDAY, out.get(0).statedOn()); // the dated mention is kept
    }

    @Test
    void anUnattributedRepeatJoinsTheOnlySpeaker() {
        List<Claim> out = MERGING.merge(List.of(claim(0, Metric.KILLED, 700, null, null),
                claim(50, Metric.KILLED, 700, "the army", null)));
        assertEquals(1, out.size());
        assertEquals("the army", out.get(0).source());
        assertEquals(2, out.get(0).mentions());
    }

    @Test
    void differentSpeakersStayApartAndAnUnattributedRepeatIsItsOwnClaim() {
        List<Claim> out = MERGING.merge(List.of(claim(0, Metric.CAPTURED, 45, "the army", null),
                claim(40, Metric.CAPTURED, 45, "the Meridian foreign ministry", null),
                claim(80, Metric.CAPTURED, 45, null, null)));
        assertEquals(3, out.size());
        assertNull(out.get(2).source());
    }

    @Test
    void otherFiguresAreOtherClaimsInTextOrder() {
        List<Claim> out = MERGING.merge(List.of(claim(60, Metric.WOUNDED, 700, "the army", null),
                claim(0, Metric.KILLED, 700, "the army", null), claim(30, Metric.KILLED, 70, "the army", null)));
        assertEquals(List.of(0, 30, 60), out.stream().map(Claim::charBegin).toList());
    }

    @Test
    void theBodyThatSpeaksForACountryIsKeptOverTheCountry() {
        List<Claim> out = MERGING.merge(List.of(claim(0, Metric.KILLED, 13, "Pakistan", TUESDAY),
                claim(50, Metric.KILLED, 13, "Pakistan's military media wing", TUESDAY)));
        assertEquals(1, out.size());
        assertEquals("Pakistan's military media wing", out.get(0).source());
    }
}
