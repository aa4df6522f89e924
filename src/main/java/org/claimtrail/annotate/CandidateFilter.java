package org.claimtrail.annotate;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.claimtrail.config.LexiconFile;
import org.claimtrail.config.LexiconFolder;

/**
 * The cheap test that decides which sentences go through the expensive annotators: a sentence is a
 * candidate when one of its tokens holds a digit or is a number or vague-amount word from
 * {@code conf/lexicon/}. Attribution may need what comes just before ("..., he said" after a
 * sentence naming him), so the {@code context} sentences before each candidate go along. A
 * statement with its day but no figure ("the ministry said on Tuesday", often an article's lead)
 * is a candidate too: the day it gives dates the same speaker's figures told later.
 */
public final class CandidateFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Set<String> words;
    private final Set<String> timeWords;
    /** Date cues that count in lower case too ("today"; Spanish and lower-case weekdays). */
    private final Set<String> anyCaseTimeWords;
    /** Words a time expression around a date cue is made of ({@code time_units.tsv}): where SUTime also reads. */
    private final Set<String> timeUnits;
    private final Set<String> reportingForms;
    private final Set<String> countingNouns;
    /** Demonstratives ({@code anaphoric_determiners.tsv} but "the"): a statement opening with one points back. */
    private final Set<String> pointingWords;
    private final int context;
    /** A year (1900-2099) or a numeric date: 12/19, 2024-12-19. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(19|20)\\d\\d|\\d{1,4}[/-]\\d{1,2}([/-]\\d{1,4})?");

    public CandidateFilter(Set<String> words, Set<String> timeWords, Set<String> anyCaseTimeWords, Set<String> timeUnits,
                           Set<String> reportingForms, Set<String> countingNouns, Set<String> pointingWords, int context) {
        this.timeUnits = Set.copyOf(timeUnits);
        this.pointingWords = Set.copyOf(pointingWords);
        this.anyCaseTimeWords = Set.copyOf(anyCaseTimeWords);
        this.countingNouns = Set.copyOf(countingNouns);
        this.words = Set.copyOf(words);
        this.timeWords = Set.copyOf(timeWords);
        this.reportingForms = Set.copyOf(reportingForms);
        this.context = context;
    }

    /**
     * Words from {@code number_words.tsv} (first field) and every word of {@code vague_amounts.tsv}
     * phrases; date cue words from {@code time_words.tsv}.
     */
    public static CandidateFilter load(Path lexiconDir, int context) {
        return load(LexiconFolder.english(lexiconDir), context);
    }

    /** The filter of one language: its own lists where its folder has them. */
    public static CandidateFilter load(LexiconFolder lexiconDir, int context) {
        Set<String> words = new HashSet<>();
        for (LexiconFile.Entry e : lexiconDir.read("number_words.tsv")) {
            words.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        for (LexiconFile.Entry e : lexiconDir.read("vague_amounts.tsv")) {
            for (String w : e.field(0).toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!w.equals("a") && !w.equals("of")) {
                    words.add(w);
                }
            }
        }
        Set<String> timeWords = new HashSet<>();
        Set<String> anyCase = new HashSet<>();
        for (LexiconFile.Entry e : lexiconDir.read("time_words.tsv")) {
            timeWords.add(e.field(0).toLowerCase(Locale.ROOT));
            if (e.fields().size() > 1 && e.field(1).equals("any_case")) {
                anyCase.add(e.field(0).toLowerCase(Locale.ROOT));
            }
        }
        Set<String> units = new HashSet<>();
        for (LexiconFile.Entry e : lexiconDir.readOptional("time_units.tsv")) {
            units.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        Set<String> forms = new HashSet<>();
        for (LexiconFile.Entry e : lexiconDir.readVerbs("reporting_verbs.tsv")) {
            String lemma = e.field(0).toLowerCase(Locale.ROOT);
            String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
            forms.addAll(List.of(lemma, lemma + "s", stem + "ed", stem + "es"));
        }
        for (LexiconFile.Entry e : lexiconDir.read("irregular_forms.tsv")) {
            forms.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        Set<String> counting = new HashSet<>();
        for (LexiconFile.Entry e : lexiconDir.read("counting_nouns.tsv")) {
            counting.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        Set<String> pointing = new HashSet<>();
        for (LexiconFile.Entry e : lexiconDir.read("anaphoric_determiners.tsv")) {
            pointing.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        pointing.remove("the");
        return new CandidateFilter(words, timeWords, anyCase, units, forms, counting, pointing, context);
    }

    /**
     * True when a sentence may hold a date expression: a cue word, a year (1900-2099) or a numeric
     * date such as 12/19 or 2024-12-19. Only such sentences go through SUTime.
     */
    public boolean hasTimeCue(List<String> tokens) {
        for (String t : tokens) {
            if (isTimeCue(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Positions of the sentence's date cues ({@link #hasTimeCue}) and time units ("weeks", "evening"),
     * in order: where SUTime reads in a dated sentence.
     */
    public List<Integer> timeCues(List<String> tokens) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isTimeCue(tokens.get(i)) || timeUnits.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                at.add(i);
            }
        }
        return at;
    }

    private boolean isTimeCue(String t) {
        String w = t.toLowerCase(Locale.ROOT);
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        // names of days and months are capitalized: "may", "march" and "sun" in lower case are not dates
        boolean named = timeWords.contains(bare) && (Character.isUpperCase(t.charAt(0)) || anyCaseTimeWords.contains(bare));
        return named || NUMERIC_DATE.matcher(w).matches();
    }

    /**
     * True when a sentence reports a statement and names a day ("the agency told lawmakers Wednesday"),
     * or reports one as the header of a list.
     */
    public boolean isDatedStatement(List<String> tokens) {
        // a list's header ("Here is the breakdown by state, according to CNN's tally:") speaks for its lines
        boolean header = !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(":");
        return (header || hasTimeCue(tokens)) && isStatement(tokens);
    }

    /** True when a sentence goes through the full annotators: it holds a figure, or is a dated statement. */
    public boolean isFull(List<String> tokens) {
        return isCandidate(tokens) || isDatedStatement(tokens);
    }

    /** True when a sentence's tokens hold a figure. */
    public boolean isCandidate(List<String> tokens) {
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                if (Character.isDigit(t.charAt(i))) {
                    return true;
                }
            }
            String w = t.toLowerCase(Locale.ROOT);
            if (words.contains(w) || (w.contains("-") && anyPart(w))) {
                return true;
            }
        }
        return false;
    }

    /** Hyphenated number words: "twenty-five", "two-thirds". */
    private boolean anyPart(String hyphenated) {
        for (String p : hyphenated.split("-")) {
            if (words.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when sentence {@code i} of an article goes through the full annotators: it holds a figure,
     * is a dated statement, or reports right after a figure, naming a count or opening with a word that points back ("At least 25 tourists were killed ...
     * TASS, citing the news portal The Print, reported the initial figures."): its speaker may speak
     * for the figure before.
     */
    public boolean isFull(List<List<String>> sentences, int i) {
        return isFull(sentences.get(i)) || i > 0 && isCandidate(sentences.get(i - 1)) && isStatement(sentences.get(i))
                && (namesACount(sentences.get(i)) || pointsBack(sentences.get(i)));
    }

    /** "This was reported by the ministry", "Das teilte das Ministerium mit": a demonstrative opens it. */
    private boolean pointsBack(List<String> tokens) {
        return !tokens.isEmpty() && pointingWords.contains(tokens.get(0).toLowerCase(Locale.ROOT));
    }

    /** "the initial figures", "the toll": a counting noun ({@code counting_nouns.tsv}, or its plural). */
    private boolean namesACount(List<String> tokens) {
        for (String t : tokens) {
            String w = t.toLowerCase(Locale.ROOT);
            if (countingNouns.contains(w) || w.endsWith("s") && countingNouns.contains(w.substring(0, w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean isStatement(List<String> tokens) {
        for (String t : tokens) {
            if (reportingForms.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Indices of the sentences to annotate: candidates plus their preceding context, in order. */
    public List<Integer> select(List<List<String>> sentences) {
        TreeSet<Integer> keep = new TreeSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (isFull(sentences, i)) {
                for (int j = Math.max(0, i - context); j <= i; j++) {
                    keep.add(j);
                }
            }
        }
        return List.copyOf(keep);
    }

    /** What this filter does, for the annotation configuration hash. */
    public String fingerprint() {
        return "context=" + context + ";after-figure-statements=" + new TreeSet<>(countingNouns) + ";words=" + new TreeSet<>(words) + ";time=" + new TreeSet<>(timeWords) + ";any-case=" + new TreeSet<>(anyCaseTimeWords) + ";units=" + new TreeSet<>(timeUnits)
                + ";statements=" + new TreeSet<>(reportingForms) + ";pointing=" + new TreeSet<>(pointingWords);
    }
}
