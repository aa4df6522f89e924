package org.claimtrail.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * SUTime over the spans around a sentence's date cues instead of over the whole sentence. SUTime
 * matches its several hundred token patterns at every position of what it is given, so it costs in
 * proportion to the tokens it reads: it was about a third of annotate's CPU, spent mostly on the
 * words of a dated sentence far from any date ("... killed 40 people in the north of the country,
 * the ministry said on Tuesday"). Here the sentence has been through the candidate pipeline without
 * SUTime; each span (the cue and {@code window} tokens either side, overlapping spans merged) goes
 * through NER's number and time rules with SUTime, without the CRF, as a sentence of its own over
 * copies of its tokens, and the temporal tags it finds are laid over the sentence's. A temporal
 * expression is a few words around a day, month, year or "ago", so the span holds all SUTime needs.
 */
final class TimeWindows {

    /** The tags SUTime gives. */
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
    /**
     * Tags a temporal one may replace: the numeric classifiers', none, and MISC ("Tue", "GMT"), as
     * SUTime over the whole sentence does. A token the CRF named (a PERSON "June") keeps its name.
     */
    private static final Set<String> REPLACEABLE = Set.of("O", "NUMBER", "ORDINAL", "MONEY", "PERCENT",
            "DATE", "TIME", "DURATION", "SET", "MISC");

    /** A span of a sentence's tokens, {@code [from, to)}. */
    record Span(int from, int to) {
    }

    /** The spans {@code window} tokens either side of each cue, merged where they overlap or touch. */
    static List<Span> spans(List<Integer> cues, int window, int size) {
        List<Span> out = new ArrayList<>();
        for (int c : cues) {
            int from = Math.max(0, c - window);
            int to = Math.min(size, c + window + 1);
            if (!out.isEmpty() && from <= out.get(out.size() - 1).to()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.from(), Math.max(last.to(), to)));
            } else {
                out.add(new Span(from, to));
            }
        }
        return out;
    }

    /** The dated sentences' tokens, as the candidate pipeline annotates them, and copies of them as the split left them. */
    private final List<List<CoreLabel>> sentences = new ArrayList<>();
    private final List<List<CoreLabel>> fresh = new ArrayList<>();
    private final List<List<Integer>> cues;
    private final int window;
    private final String text;

    /**
     * Copies the tokens of {@code sentences} before any annotator has run on them: the number rules
     * of the candidate pipeline leave marks on a token that SUTime would read as its own (a number's
     * composite value), so SUTime is given tokens as fresh as it would have had over the whole sentence.
     */
    static TimeWindows cut(String text, List<CoreMap> sentences, List<List<Integer>> cues, int window) {
        TimeWindows w = new TimeWindows(text, cues, window);
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> copies = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                copies.add(new CoreLabel(t));
            }
            w.sentences.add(tokens);
            w.fresh.add(copies);
        }
        return w;
    }

    private TimeWindows(String text, List<List<Integer>> cues, int window) {
        this.text = text;
        this.cues = cues;
        this.window = window;
    }

    /**
     * Runs {@code pipeline} (NER's number and time rules) over the spans, once the sentences have been through
     * the candidate pipeline, and gives the sentences' tokens the temporal tags found; one call for
     * the article. The spans are around the date cues and around what the candidate pipeline's older
     * number rules took for a time ("at least 224 ... over the past three days" all a DURATION), where
     * SUTime's reading replaces theirs, as it would over the whole sentence. The copies take their
     * tokens' part-of-speech tags and lemmas, which the number rules read.
     */
    void annotate(StanfordCoreNLP pipeline, LocalDate published) {
        List<CoreMap> windows = new ArrayList<>();
        List<Integer> of = new ArrayList<>();
        List<Span> placed = new ArrayList<>();
        List<CoreLabel> allCopies = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s);
            TreeSet<Integer> at = new TreeSet<>(cues.get(s));
            for (int k = 0; k < tokens.size(); k++) {
                if (TEMPORAL.contains(tokens.get(k).ner())) {
                    at.add(k);
                }
            }
            for (Span span : spans(List.copyOf(at), window, tokens.size())) {
                windows.add(window(s, span, allCopies));
                of.add(s);
                placed.add(span);
            }
        }
        if (windows.isEmpty()) {
            return;
        }
        ArticleAnnotator.run(pipeline, text, published, allCopies, windows);
        for (int w = 0; w < windows.size(); w++) {
            overlay(windows.get(w).get(CoreAnnotations.TokensAnnotation.class), sentences.get(of.get(w)), placed.get(w));
        }
    }

    /** A sentence of the fresh copies of sentence {@code s}'s {@code span}, which join {@code allCopies}. */
    private CoreMap window(int s, Span span, List<CoreLabel> allCopies) {
        List<CoreLabel> copies = new ArrayList<>(span.to() - span.from());
        int first = allCopies.size();
        for (int j = span.from(); j < span.to(); j++) {
            CoreLabel c = fresh.get(s).get(j); // spans of a sentence do not overlap: each copy serves once
            CoreLabel token = sentences.get(s).get(j);
            c.setTag(token.tag());
            c.setLemma(token.lemma());
            c.setIndex(j - span.from() + 1);
            copies.add(c);
        }
        allCopies.addAll(copies);
        int begin = copies.get(0).beginPosition();
        int end = copies.get(copies.size() - 1).endPosition();
        CoreMap w = new ArrayCoreMap();
        w.set(CoreAnnotations.TokensAnnotation.class, copies);
        w.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        w.set(CoreAnnotations.TokenBeginAnnotation.class, first);
        w.set(CoreAnnotations.TokenEndAnnotation.class, allCopies.size());
        return w;
    }

    /**
     * Lays the span's temporal tags over the sentence's tokens; where SUTime saw no time in a token
     * the candidate pipeline's older number rules took for one, SUTime's reading wins, as it would
     * over the whole sentence. A token at a cut edge of the span keeps its tag: SUTime saw it without
     * the words on its other side.
     */
    static void overlay(List<CoreLabel> copies, List<CoreLabel> tokens, Span span) {
        for (int k = 0; k < copies.size(); k++) {
            CoreLabel copy = copies.get(k);
            CoreLabel token = tokens.get(span.from() + k);
            String was = token.ner() == null ? "O" : token.ner();
            String found = copy.ner() == null ? "O" : copy.ner();
            boolean cutEdge = k == 0 && span.from() > 0 || k == copies.size() - 1 && span.to() < tokens.size();
            boolean take = TEMPORAL.contains(found) ? REPLACEABLE.contains(was) : TEMPORAL.contains(was) && !cutEdge;
            if (take) {
                token.setNER(found);
                token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class,
                        copy.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
            }
        }
    }
}
