package org.claimtrail.extract;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.GlossedLexicon;
import org.claimtrail.config.LexiconFile;
import org.claimtrail.config.LexiconFolder;

/**
 * How another language's annotations are read by rules written on English ones. CoreNLP's German and
 * Spanish models tag universal parts of speech (NOUN, VERB) where the English model tags Penn's (NN,
 * VBD), mark obliques by their own case words ({@code obl:nach}, or none) where English enhanced
 * graphs say {@code obl:according_to}, write "1.200" for 1,200, and (German) tag no dates. This
 * class turns each into the English form, from the language's lists:
 * {@code upos_tags.tsv} (shared), {@code case_words.tsv}, {@code glosses.tsv} (the few function words
 * the rules read: "und" is "and"), {@code number_format.tsv}, {@code weekdays.tsv}, {@code months.tsv}.
 * For English every table is empty and every method returns what it is given.
 */
final class LanguageView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern APOSTROPHE_GROUPS = Pattern.compile("\\d{1,3}(['’]\\d{3})+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    static final LanguageView ENGLISH = new LanguageView(null, null);

    /** The language's glosses ("und" is "and"); null for English, where nothing is translated. */
    private final Map<String, String> glosses;
    /** Glosses that hold only for one part of speech (a universal tag): "das" is "the" only as DET. */
    private final Map<String, String> glossedOnlyAs;
    private final Map<String, String> penn = new HashMap<>();
    private final Map<String, String> caseWords = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    /** Reporting nouns: "nach Angaben" is "according to", "nach dem Beben" is "after". */
    private final java.util.Set<String> reportingNouns = new java.util.HashSet<>();
    /** Reporting verbs as written, separable ones joined ("mitteilte"). */
    private final java.util.Set<String> reportingVerbs = new java.util.HashSet<>();
    /** Demonstratives that point back ("das", "dies"; anaphoric_determiners.tsv but "the"). */
    private final java.util.Set<String> pointing = new java.util.HashSet<>();

    /** Auxiliaries of active tenses ("hat", "hatte": German perfect): a clause with one is not passive. */
    private final java.util.Set<String> activeAuxiliaries = new java.util.HashSet<>();
    /** Pronouns that open a relative clause ("que", "der"): read as English wh-words. */
    private final java.util.Set<String> relativePronouns = new java.util.HashSet<>();

    /** The relation of a case word the parser misread, whose noun is the clause's subject ({@code (subject)}). */
    static final String SUBJECT_MARK = "obl:(subject)";
    private boolean decimalComma;
    /** Words that group thousands between digits ("33 mil 179", as Mexican papers write 33,179). */
    private final java.util.Set<String> groupingWords = new java.util.HashSet<>();
    /** Heads that German compounds are read by ("Gesundheitsministerium" is a "ministerium"), longest first. */
    private final java.util.List<String> compoundHeads = new java.util.ArrayList<>();

    private LanguageView(Map<String, String> glosses, Map<String, String> glossedOnlyAs) {
        this.glosses = glosses;
        this.glossedOnlyAs = glossedOnlyAs;
    }

    /**
     * @param reportingNouns the language's reporting nouns ("nach Angaben" is "according to")
     * @param reportingVerbs its reporting verbs, as written
     * @param pointing       its determiners that point back
     */
    static LanguageView load(GlossedLexicon glossed, java.util.Set<String> reportingNouns, java.util.Set<String> reportingVerbs,
                             java.util.Set<String> pointing) {
        if (glossed.lang().equals(LexiconFolder.ROOT_LANGUAGE)) {
            return ENGLISH;
        }
        LexiconFolder dir = glossed.folder();
        LanguageView v = new LanguageView(glossed.glosses(), glossed.onlyAs());
        for (LexiconFile.Entry e : dir.read("upos_tags.tsv")) {
            v.penn.put(e.field(0), e.field(1));
        }
        for (LexiconFile.Entry e : dir.readOptional("case_words.tsv")) {
            v.caseWords.put(ExtractionLexicon.lower(e.field(0)).replace(' ', '_'), e.field(1));
        }
        v.reportingNouns.addAll(reportingNouns);
        v.reportingVerbs.addAll(reportingVerbs);
        v.pointing.addAll(pointing);
        v.pointing.remove("the");
        for (LexiconFile.Entry e : dir.readOptional("active_auxiliaries.tsv")) {
            v.activeAuxiliaries.add(ExtractionLexicon.lower(e.field(0)));
        }
        for (LexiconFile.Entry e : dir.readOptional("relative_pronouns.tsv")) {
            v.relativePronouns.add(ExtractionLexicon.lower(e.field(0)));
        }
        for (LexiconFile.Entry e : dir.readOptional("weekdays.tsv")) {
            v.weekdays.put(ExtractionLexicon.lower(e.field(0)), DayOfWeek.of(number(e, 1)));
        }
        for (LexiconFile.Entry e : dir.readOptional("months.tsv")) {
            v.months.put(ExtractionLexicon.lower(e.field(0)), number(e, 1));
        }
        for (LexiconFile.Entry e : dir.readOptional("compound_heads.tsv")) {
            v.compoundHeads.add(ExtractionLexicon.lower(e.field(0)));
        }
        v.compoundHeads.sort(java.util.Comparator.comparingInt(h -> -h.length()));
        for (LexiconFile.Entry e : dir.readOptional("number_format.tsv")) {
            if (e.field(0).equals("decimal")) {
                v.decimalComma = e.field(1).equals(",");
            } else if (e.field(0).equals("grouping_word")) {
                v.groupingWords.add(ExtractionLexicon.lower(e.field(1)));
            }
        }
        return v;
    }

    private static int number(LexiconFile.Entry e, int field) {
        try {
            return Integer.parseInt(e.field(field));
        } catch (NumberFormatException ex) {
            throw new ConfigException(e.file() + ":" + e.lineNumber() + ": not a number: " + e.field(field));
        }
    }

    boolean translates() {
        return glosses != null;
    }

    /**
     * A lower-case word as the rules read it (given its relation to its head, or its universal tag in a
     * sentence without a tree): a glossed function word, or a numeral in English
     * notation ("1.200" and "146'000" are 1,200 and 146,000; "3,5" is 3.5; "4,300", as Mexican papers
     * write it, stays 4,300: a comma before exactly three digits groups thousands).
     */
    String word(String lower, String relation) {
        if (glosses == null) {
            return lower;
        }
        String g = glosses.get(lower);
        String onlyAs = glossedOnlyAs.get(lower);
        if (g != null && (onlyAs == null || onlyAs.equalsIgnoreCase(relation))) {
            return g;
        }
        if (lower.isEmpty() || !Character.isDigit(lower.charAt(0))) {
            return lower;
        }
        if (DOT_GROUPS.matcher(lower).matches() || APOSTROPHE_GROUPS.matcher(lower).matches()) {
            return lower.replaceAll("[.'’]", ",");
        }
        if (decimalComma && DECIMAL_COMMA.matcher(lower).matches() && !COMMA_GROUPS.matcher(lower).matches()) {
            return lower.replace(',', '.');
        }
        return lower;
    }

    /** A Penn tag for a universal one; a verb with an auxiliary is a participle ("wurden getötet"). */
    String pos(String tag, boolean hasAuxiliary) {
        if (glosses == null || tag == null) {
            return tag;
        }
        if (tag.equals("VERB") && hasAuxiliary) {
            return "VBN";
        }
        return penn.getOrDefault(tag, tag);
    }

    /**
     * An oblique or nominal modifier labelled by its case words in English: "laut" is
     * {@code according_to}, a genitive without one ("Angaben des Ministeriums") {@code of}.
     *
     * A case word listed as {@code WORD+report} reads so when its noun is a reporting noun
     * ("nach Angaben": according to; "nach dem Beben": after).
     *
     * A case word listed as {@code WORD^report} reads so when the noun it hangs on is a reporting
     * noun: "unter Berufung auf die Behörde" is "citing the authority" ("Berufung" is read as a
     * statement, "auf" as its "by").
     *
     * @param caseWords the dependent's case (and fixed) words in order, lower case; empty for none
     * @param noun      the dependent, lower case
     * @param governor  the word it depends on, lower case
     */
    String relation(String rel, List<String> caseWords, String noun, String governor) {
        if (glosses == null) {
            return rel;
        }
        int colon = rel.indexOf(':');
        String base = colon < 0 ? rel : rel.substring(0, colon);
        if (!base.equals("obl") && !base.equals("nmod")) {
            return rel;
        }
        if (rel.equals("nmod:poss")) {
            return rel;
        }
        String key = caseWords.isEmpty() ? "(none:" + base + ")" : String.join("_", caseWords);
        String english = reportingNouns.contains(noun) ? this.caseWords.get(key + "+report") : null;
        if (english == null && reportingNouns.contains(governor)) {
            english = this.caseWords.get(key + "^report");
        }
        if (english == null) {
            english = this.caseWords.get(key);
        }
        if (english == null && caseWords.size() > 1) {
            english = this.caseWords.get(caseWords.get(0));
        }
        return english == null ? base : english.equals("-") ? base : base + ":" + english;
    }

    /**
     * The day a token names where the models tag none: a weekday is the latest such day on or before
     * publication ("am Dienstag"); "22.10.2024" is that day; a month name's day and year come from
     * the tokens around it ("17. September 2024"). Null when the token names no day.
     */
    LocalDate day(SentenceView s, int i, LocalDate published) {
        if (glosses == null || weekdays.isEmpty()) {
            return null;
        }
        String w = s.rawWord(i);
        DayOfWeek dow = weekdays.get(w);
        if (dow != null) {
            if (published == null) {
                return null;
            }
            int back = (published.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
            return published.minusDays(back);
        }
        var m = NUMERIC_DATE.matcher(w);
        if (m.matches()) {
            return safeDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        Integer month = months.get(w);
        if (month != null && i > 0 && s.rawWord(i - 1).matches("\\d{1,2}\\.?")) {
            int dayOfMonth = Integer.parseInt(s.rawWord(i - 1).replace(".", ""));
            Integer year = i + 1 < s.size() && s.rawWord(i + 1).matches("(19|20)\\d\\d")
                    ? Integer.valueOf(s.rawWord(i + 1)) : published == null ? null : published.getYear();
            return year == null ? null : safeDate(year, month, dayOfMonth);
        }
        return null;
    }

    /** The lemma a noun is read by: a compound's listed head, else the word. */
    String compoundHead(String lower) {
        for (String h : compoundHeads) {
            if (lower.endsWith(h) && lower.length() >= h.length() + 3) {
                return h;
            }
        }
        return lower;
    }

    boolean isReportingVerb(String joined) {
        return reportingVerbs.contains(joined);
    }

    boolean groupsThousands(String lower) {
        return groupingWords.contains(lower);
    }

    boolean isActiveAuxiliary(String lower) {
        return activeAuxiliaries.contains(lower);
    }

    boolean isRelativePronoun(String lower) {
        return relativePronouns.contains(lower);
    }

    boolean pointsBack(String lower) {
        return pointing.contains(lower);
    }

    /** True when the token is a month name preceded by its day: the number is part of a date. */
    boolean isMonth(String lower) {
        return months.containsKey(lower);
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
