package org.claimtrail.extract;

import java.io.Serializable;
import java.util.Locale;

/**
 * The country a place or a group names, from {@code countries.tsv} (names, adjectives and demonyms to
 * ISO codes): "Syria’s coastal region" → SY, "North Korean soldiers" → KP. Letters outside ASCII
 * count as letters ("Türkiye"), and accents are matched both ways ("Turkiye").
 */
final class CountryNames implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ExtractionLexicon lx;

    CountryNames(ExtractionLexicon lx) {
        this.lx = lx;
    }

    /** The code of the leftmost country cue in {@code phrase}, or null. */
    String codeOf(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        String code = leftmost(normalize(phrase));
        if (code == null) {
            String plain = org.claimtrail.config.Accents.fold(phrase);
            code = leftmost(normalize(plain));
        }
        return code;
    }

    private String leftmost(String lower) {
        int best = Integer.MAX_VALUE;
        String code = null;
        for (ExtractionLexicon.Phrase<String> p : lx.countries) {
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
}
