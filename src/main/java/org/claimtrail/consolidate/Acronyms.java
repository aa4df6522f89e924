package org.claimtrail.consolidate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The acronyms an article introduces for the names of bodies, so that "NIS" is the "National Intelligence Service". */
public final class Acronyms {
    private Acronyms() {
    }

    /**
     * "the National Intelligence Service (NIS)": capitalized words, with the short lower-case words
     * names keep ({@code function_words.tsv}: "Syrian Observatory for Human Rights (SOHR)"), then
     * the acronym in brackets.
     */
    static Pattern pattern(Set<String> functionWords) {
        // words of one line: a name does not run on from a dateline or a headline above it
        String joiners = functionWords.isEmpty() ? "" : "(?:(?:" + String.join("|", new java.util.TreeSet<>(functionWords)) + ")\\h+)?";
        return Pattern.compile("((?:[A-Z][\\w’'-]*\\h+" + joiners + "){1,7}[A-Z][\\w’'-]*)\\h+\\(([A-Z]{2,6})\\)");
    }

    /** The acronyms an article introduces ("the National Intelligence Service (NIS)"): acronym (lower case) → full name. */
    public static Map<String, String> in(String articleText, Pattern acronym) {
        Map<String, String> acronyms = new HashMap<>();
        Matcher m = acronym.matcher(articleText == null ? "" : articleText);
        while (m.find()) {
            acronyms.put(m.group(2).toLowerCase(Locale.ROOT), m.group(1));
        }
        return acronyms;
    }
}
