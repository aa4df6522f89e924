package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The country of a phrase: the leftmost country cue wins, a possessive counts, accents match both
 * ways; and the word-indexed lookup finds what trying every phrase of the list at every place finds.
 */
class CountryNamesTest {

    private static final ExtractionLexicon LX = RuleFixtures.LEXICON;
    private static final CountryNames COUNTRIES = new CountryNames(LX);

    @Test
    void theLeftmostCueNamesTheCountry() {
        assertEquals("KP", COUNTRIES.codeOf("North Korean soldiers fighting for Russia"));
        assertEquals("SY", COUNTRIES.codeOf("Syria’s coastal region"));
        assertEquals("UA", COUNTRIES.codeOf("the Ukrainian military, citing Russian losses"));
        assertEquals(null, COUNTRIES.codeOf("the ministry of health"));
    }

    /** The list tried phrase by phrase over the whole text, as the lookup did before it was indexed. */
    private static String everyPhraseEverywhere(String phrase) {
        String code = leftmostByScan(normalize(phrase));
        return code != null ? code : leftmostByScan(normalize(org.claimtrail.config.Accents.fold(phrase)));
    }

    private static String leftmostByScan(String lower) {
        int best = Integer.MAX_VALUE;
        String code = null;
        for (ExtractionLexicon.Phrase<String> p : LX.countries) {
            String needle = " " + String.join(" ", p.tokens());
            for (String end : new String[] {" ", "'s "}) {
                int at = lower.indexOf(needle + end);
                if (at >= 0 && at < best) {
                    best = at;
                    code = p.value();
                }
            }
        }
        return code;
    }

    private static String normalize(String phrase) {
        return " " + phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}.' ]", " ") + " ";
    }

    @Test
    void theIndexedLookupFindsWhatAScanOfEveryPhraseFinds() {
        List<String> pieces = new ArrayList<>(List.of("the", "forces", "of", "ministry", "said", "’s", "'s", "-", ",",
                "(", ")", "“", "officials", "and", "army", "s", "new", "south", "north", "republic", "democratic"));
        for (ExtractionLexicon.Phrase<String> p : LX.countries) {
            pieces.add(String.join(" ", p.tokens()));
        }
        Random random = new Random(20261201L);
        int withCountry = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder phrase = new StringBuilder();
            int n = 1 + random.nextInt(7);
            for (int k = 0; k < n; k++) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                if (random.nextInt(4) == 0) {
                    piece = piece.toUpperCase(Locale.ROOT);
                }
                phrase.append(random.nextInt(5) == 0 ? "" : " ").append(piece);
            }
            String expected = everyPhraseEverywhere(phrase.toString());
            assertEquals(expected, COUNTRIES.codeOf(phrase.toString()), phrase.toString());
            withCountry += expected == null ? 0 : 1;
        }
        assertEquals(true, withCountry > 10_000, "most phrases hold a country: " + withCountry);
    }
}
