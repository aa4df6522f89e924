package org.claimtrail.ingest;

import java.util.regex.Pattern;

/**
 * Puts back the break that scraped text often loses between two sentences ("swept through.Helene
 * left 42 people dead", "told The Post.“There are ..."), where paragraphs were joined without a
 * break. Without it the sentence splitter sees one sentence, and the parse ties a figure to the
 * wrong reporting clause.
 */
final class GluedSentences {

    /**
     * A lower-case word of two letters or more, sentence-final punctuation, then a capitalised word
     * (or an opening quote before one). Two lower-case letters keep abbreviations ("U.S.Army") and
     * decimals apart; a capital followed by a lower-case letter keeps host names ("example.com") and
     * acronyms after a dot out.
     */
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\u201d\"]?)(?=[\u201c\"]?\\p{Lu}\\p{Ll})");

    /**
     * A wire dateline run into the first sentence with no dash ("Jammu/Srinagar, May 7 (PTI) At least
     * 13 people ..."): place, day and agency in brackets, then a capitalised word. The parser otherwise
     * hangs the sentence's subject on the place name.
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "(?<=^|\\s)(\\p{Lu}[\\p{L}/.-]+(?: \\p{Lu}[\\p{L}/.-]+){0,3}, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2} \\([\\p{L}-]{2,12}\\)) (?=[\\p{Lu}\"\u201c])");

    private GluedSentences() {
    }

    static String unglue(String text) {
        String spaced = GLUE.matcher(text).replaceAll(" ");
        return WIRE_DATELINE.matcher(spaced).replaceAll("$1\n\n");
    }
}
