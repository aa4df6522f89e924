package org.claimtrail.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** Which sentences the cheap first pass sends on to the expensive annotators. */
class CandidateFilterTest {

    private static final CandidateFilter FILTER = CandidateFilter.load(ProjectFiles.home().resolve("conf/lexicon"), 1);

    private static List<String> tokens(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void digitsNumberWordsAndVagueAmountsAreCandidates() {
        assertTrue(FILTER.isCandidate(tokens("At least 100 soldiers were killed .")));
        assertTrue(FILTER.isCandidate(tokens("Ten thousand troops were sent .")));
        assertTrue(FILTER.isCandidate(tokens("Hundreds were wounded .")));
        assertTrue(FILTER.isCandidate(tokens("Dozens of civilians died .")));
        assertTrue(FILTER.isCandidate(tokens("Several sailors are missing .")));
        assertTrue(FILTER.isCandidate(tokens("Twenty-five people were hurt .")));
        assertTrue(FILTER.isCandidate(tokens("The 1st brigade moved .")));
    }

    @Test
    void sentencesWithoutFiguresAreNot() {
        assertFalse(FILTER.isCandidate(tokens("The ministry gave no further details .")));
        assertFalse(FILTER.isCandidate(tokens("Officials declined to comment on the report , he said .")));
    }

    @Test
    void candidatesTakeTheSentenceBeforeThemAlong() {
        List<List<String>> doc = List.of(
                tokens("Headline without figures"),
                tokens("The general spoke to reporters ."),
                tokens("About 300 troops were deployed , he said ."),
                tokens("Nothing here ."),
                tokens("Nothing here either ."),
                tokens("Dozens were hurt ."));
        assertEquals(List.of(1, 2, 4, 5), FILTER.select(doc));
        CandidateFilter noContext = CandidateFilter.load(ProjectFiles.home().resolve("conf/lexicon"), 0);
        assertEquals(List.of(2, 5), noContext.select(doc));
    }

    @Test
    void aStatementRightAfterAFigureIsParsedForItsSpeaker() {
        List<List<String>> doc = List.of(
                tokens("At least 25 tourists were killed in the shooting ."),
                tokens("A news agency , citing a local portal , reported the initial figures ."),
                tokens("The valley is popular with visitors ."),
                tokens("Rescuers reported heavy rain ."));
        assertTrue(FILTER.isFull(doc, 1));
        assertFalse(FILTER.isFull(doc, 2));
        assertFalse(FILTER.isFull(doc, 3));
    }

    @Test
    void dateCuesDecideWhereSutimeRuns() {
        assertTrue(FILTER.hasTimeCue(tokens("Kovalenko said on Tuesday that 200 were killed .")));
        assertTrue(FILTER.hasTimeCue(tokens("On Dec. 18 , officials said 40 died .")));
        assertTrue(FILTER.hasTimeCue(tokens("The toll rose to 300 in 2024 .")));
        assertTrue(FILTER.hasTimeCue(tokens("Figures from 12/19 show 50 wounded .")));
        assertFalse(FILTER.hasTimeCue(tokens("About 300 troops were deployed , officials said .")));
    }

    @Test
    void timeCuesAreWhereSutimeReads() {
        // date cues and time units; "may" in lower case and the figure are neither
        assertEquals(List.of(3, 12, 14), FILTER.timeCues(tokens("The toll , Tuesday 's may be 200 , rose over two weeks in 2024 .")));
        assertEquals(List.of(), FILTER.timeCues(tokens("About 300 troops were deployed .")));
    }
}
