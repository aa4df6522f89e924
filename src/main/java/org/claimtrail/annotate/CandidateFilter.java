package org.claimtrail.annotate;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.claimtrail.config.LexiconFile;

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

    /** Date cues that are written in lower case. */
    private static final Set<String> LOWER_CASE_CUES = Set.of("today", "tonight", "yesterday", "tomorrow", "ago");

    private final Set<String> words;
    private final Set<String> timeWords;
    private final Set<String> reportingForms;
    private final int context;

    public CandidateFilter(Set<String> words, Set<String> timeWords, Set<String> reportingForms, int context) {
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
        Set<String> words = new HashSet<>();
        for (LexiconFile.Entry e : LexiconFile.read(lexiconDir.resolve("number_words.tsv"))) {
            words.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        for (LexiconFile.Entry e : LexiconFile.read(lexiconDir.resolve("vague_amounts.tsv"))) {
            for (String w : e.field(0).toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!w.equals("a") && !w.equals("of")) {
                    words.add(w);
                }
            }
        }
        Set<String> timeWords = new HashSet<>();
        for (LexiconFile.Entry e : LexiconFile.read(lexiconDir.resolve("time_words.tsv"))) {
            timeWords.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        Set<String> forms = new HashSet<>();
        for (LexiconFile.Entry e : LexiconFile.read(lexiconDir.resolve("reporting_verbs.tsv"))) {
            String lemma = e.field(0).toLowerCase(Locale.ROOT);
            String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
            forms.addAll(List.of(lemma, lemma + "s", stem + "ed", stem + "es"));
        }
        for (LexiconFile.Entry e : LexiconFile.read(lexiconDir.resolve("irregular_forms.tsv"))) {
            forms.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        return new CandidateFilter(words, timeWords, forms, context);
    }

    /**
     * True when a sentence may hold a date expression: a cue word, a year (1900-2099) or a numeric
     * date such as 12/19 or 2024-12-19. Only such sentences go through SUTime.
     */
    public boolean hasTimeCue(List<String> tokens) {
        for (String t : tokens) {
            String w = t.toLowerCase(Locale.ROOT);
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            // names of days and months are capitalized: "may", "march" and "sun" in lower case are not dates
            boolean named = timeWords.contains(bare) && (Character.isUpperCase(t.charAt(0)) || LOWER_CASE_CUES.contains(bare));
            if (named || w.matches("(19|20)\\d\\d|\\d{1,4}[/-]\\d{1,2}([/-]\\d{1,4})?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a sentence reports a statement and names a day ("the agency told lawmakers Wednesday"),
     * or reports one as the header of a list.
     */
    public boolean isDatedStatement(List<String> tokens) {
        // a list's header ("Here is the breakdown by state, according to CNN's tally:") speaks for its lines
        boolean header = !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(":");
        if (!header && !hasTimeCue(tokens)) {
            return false;
        }
        for (String t : tokens) {
            if (reportingForms.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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

    /** Indices of the sentences to annotate: candidates plus their preceding context, in order. */
    public List<Integer> select(List<List<String>> sentences) {
        TreeSet<Integer> keep = new TreeSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (isFull(sentences.get(i))) {
                for (int j = Math.max(0, i - context); j <= i; j++) {
                    keep.add(j);
                }
            }
        }
        return List.copyOf(keep);
    }

    /** What this filter does, for the annotation configuration hash. */
    public String fingerprint() {
        return "context=" + context + ";words=" + new TreeSet<>(words) + ";time=" + new TreeSet<>(timeWords)
                + ";statements=" + new TreeSet<>(reportingForms);
    }
}
