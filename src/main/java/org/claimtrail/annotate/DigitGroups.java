package org.claimtrail.annotate;

import java.util.regex.Pattern;

/**
 * Swiss and Liechtenstein papers group thousands with an apostrophe ("146'000 bis 211'000"), which
 * CoreNLP's tokenizers split into three tokens, so no figure is found. The text CoreNLP reads has
 * such an apostrophe replaced by the language's own group separator ({@code
 * claimtrail.digit_group_separator}: "146.000" in German): one character for one, so every offset
 * still indexes the article as stored, and the evidence quotes it as written.
 */
final class DigitGroups {

    /** An apostrophe between a digit and exactly three digits: not "5'10" (feet and inches), not "the '90s". */
    private static final Pattern APOSTROPHE_GROUP = Pattern.compile("(?<=\\d)['\u2019](?=\\d{3}(?!\\d))");

    private DigitGroups() {
    }

    /** The text with apostrophe groups written with {@code separator}; the text itself when {@code separator} is null. */
    static String withSeparator(String text, String separator) {
        if (separator == null || separator.length() != 1 || text == null) {
            return text;
        }
        return APOSTROPHE_GROUP.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(separator));
    }
}
