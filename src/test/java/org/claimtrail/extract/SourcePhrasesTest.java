package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.LEXICON;
import static org.claimtrail.extract.RuleFixtures.token;
import static org.claimtrail.extract.RuleFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Source phrases' type, country and sameness, from the lexicon (what consolidate uses too). */
class SourcePhrasesTest {

    static final SourcePhrases PHRASES = new SourcePhrases(LEXICON);

    @Test
    void theTypeOfABarePhrase() {
        assertEquals("intelligence", PHRASES.typeOfPhrase("the spy agency"));
        assertEquals("military", PHRASES.typeOfPhrase("Kastavian defence ministry"));
        assertEquals("media", PHRASES.typeOfPhrase("the Capitol Ledger newspaper"));
        // a capitalized cue is the body's own name, however many names it holds; a lower-case one a title
        assertEquals("government", PHRASES.typeOfPhrase("Varnia Department of Health and Civil Protection"));
        assertEquals("person", PHRASES.typeOfPhrase("lawmaker Mira Hollen-Vast"));
        assertEquals("government", PHRASES.typeOfPhrase("the foreign ministry"));
        assertEquals("person", PHRASES.typeOfPhrase("lawmaker Park Min-jun")); // a title with a name is a person
        assertNull(PHRASES.typeOfPhrase("the rebels"));
        // capitalized at a sentence's start or as a body's name, a common noun names no person
        assertNull(PHRASES.typeOfPhrase("Police"));
        assertNull(PHRASES.typeOfPhrase("Unofficial reports"));
        assertNull(PHRASES.typeOfPhrase("Investigative Committee"));
    }

    @Test
    void anAppositionSaysWhatANameIs() {
        // "Mediapoint, an independent Kastavian outlet, has confirmed ...": the fixture's first sentence
        var s = new SentenceView(RuleFixtures.fixture("plural-description").candidates().get(0));
        assertEquals("media", PHRASES.sourceType(s, token(s, "mediapoint"), "Mediapoint"));
    }

    @Test
    void theTypeOfASourceInItsSentence() {
        var s = view("unnamed-us-official"); // "A senior U.S. military official said ..."
        assertEquals("unnamed official", PHRASES.sourceType(s, token(s, "official"), "senior U.S. military official"));
        var p = view("told-reporters"); // "Colonel Ana Petrova told reporters ..."
        assertEquals("person", PHRASES.sourceType(p, token(p, "petrova"), "Colonel Ana Petrova"));
    }

    @Test
    void theLeftmostCountry() {
        assertEquals("UA", PHRASES.countryOf("Ukraine's intelligence agency"));
        assertEquals("US", PHRASES.countryOf("senior U.S. military official"));
        assertEquals("US", PHRASES.countryOf("U.S. and South Korean officials"));
        assertNull(PHRASES.countryOf("Kastavian officials"));
    }

    @Test
    void twoPhrasesForOneSpeaker() {
        assertTrue(PHRASES.speakersMatch("the medical alliance", "alliance"));
        assertTrue(PHRASES.speakersMatch("a Kastavian lawmaker", "Lawmaker Petar Ilic"));
        assertFalse(PHRASES.speakersMatch("the army spokesman", "the ministry spokesman")); // a role word alone
        assertFalse(PHRASES.speakersMatch("South Korean officials", "South Korean lawmakers")); // a country alone
        assertFalse(PHRASES.speakersMatch(null, "the army"));
    }
}
