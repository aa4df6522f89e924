package org.claimtrail.ingest;

import java.util.regex.Pattern;

/**
 * Puts back the space that scraped text often loses between two sentences ("swept through.Helene
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

    private GluedSentences() {
    }

    static String unglue(String text) {
        return GLUE.matcher(text).replaceAll(" ");
    }
}
