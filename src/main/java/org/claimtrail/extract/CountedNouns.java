package org.claimtrail.extract;

import java.io.Serializable;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * What a figure counts: its noun ("100 soldiers", "hundreds of casualties"), whether that is people
 * or materiel, and whether it is who speaks rather than what is counted. The group as the claim
 * gives it ("North Korean troops") is {@link Population}'s.
 */
final class CountedNouns implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ExtractionLexicon lx;

    CountedNouns(ExtractionLexicon lx) {
        this.lx = lx;
    }

    /** The noun a figure counts: "100 soldiers", "hundreds of casualties", or -1 when it stands alone. */
    int nounOf(SentenceView s, Quantity q) {
        int noun = countedNounOrPronoun(s, q);
        if (noun < 0) {
            noun = listedBefore(s, q);
        }
        // "more than 11,000 of them": what a pronoun counts is known from the text before; people
        return noun >= 0 && s.pos(noun).startsWith("PRP") ? -1 : noun;
    }

    private int countedNounOrPronoun(SentenceView s, Quantity q) {
        int h = q.head();
        for (AnnotatedArticle.Edge e : s.parents(h)) {
            if ((e.rel().equals("nummod") || e.rel().equals("det:qmod") || e.rel().equals("amod") && s.word(h).equals("several"))
                    && s.isNoun(e.gov())) {
                return compoundHead(s, e.gov());
            }
        }
        int of = Attribution.firstChild(s, h, "nmod:of");
        if (of >= 0 && s.isNoun(of)) {
            return of;
        }
        // "several hundred killed or wounded": the number words themselves head nothing
        if (h + 1 < s.size() && s.isNoun(h + 1) && !s.isProperNoun(h + 1) && h + 1 > q.last()) {
            for (AnnotatedArticle.Edge e : s.parents(h)) {
                if (e.gov() == h + 1) {
                    return h + 1;
                }
            }
        }
        return -1;
    }

    /**
     * "25 deaths in Georgia, 17 in Florida, nine in Tennessee and two in Virginia": a bare figure with
     * its place, in a list after a figure with its noun, counts that noun (left out, as the reader
     * supplies it). Only figures, places, prepositions, adjectives, commas and "and" may stand
     * between; -1 otherwise.
     */
    private int listedBefore(SentenceView s, Quantity q) {
        if (!hasPlace(s, q.head())) {
            return -1;
        }
        for (int t = q.first() - 1; t >= 0 && t >= q.first() - 30; t--) {
            String pos = s.pos(t);
            if (s.isNoun(t) && !s.isProperNoun(t) && !pos.equals("PRP")) {
                for (int c : s.children(t, "nummod")) {
                    if (c < t) {
                        return compoundHead(s, t);
                    }
                }
                return -1;
            }
            if (!(pos.equals("CD") || s.isProperNoun(t) || pos.equals("IN") || pos.equals("CC") || pos.startsWith("JJ")
                    || pos.equals(",") || pos.equals(".") || pos.equals(":"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The figure is followed by "in" and a place's name: "17 in Florida". */
    private static boolean hasPlace(SentenceView s, int h) {
        for (AnnotatedArticle.Edge e : s.children(h)) {
            if ((e.rel().equals("nmod:in") || e.rel().equals("obl:in")) && e.dep() > h && s.isProperNoun(e.dep())) {
                return true;
            }
        }
        return false;
    }

    /** "100+ junta troops": the figure's noun may be a modifier of the noun it really counts. */
    private static int compoundHead(SentenceView s, int noun) {
        int cur = noun;
        for (int steps = 0; steps < 3; steps++) {
            AnnotatedArticle.Edge p = s.parent(cur);
            if (p == null || !p.rel().equals("compound") || !s.isNoun(p.gov()) || p.gov() < cur) {
                break;
            }
            cur = p.gov();
        }
        return cur;
    }

    /** A count of people: "soldiers", "North Koreans", or "navy and coast guard crews" through the conjunct. */
    boolean isPeople(SentenceView s, int noun) {
        if (lx.peopleNouns.contains(s.lemma(noun)) || lx.peopleNouns.contains(s.word(noun))
                || s.ner(noun).equals("MISC") && s.pos(noun).startsWith("NNP")
                && (s.word(noun).endsWith("s") || lx.countryWords.contains(s.word(noun)))) { // "Ukrainians", "Sudanese"
            return true;
        }
        for (int c : s.children(noun, "conj")) {
            if (lx.peopleNouns.contains(s.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** A count of materiel: "tanks", or "navy and coast guard vessels" through the conjunct. */
    boolean isMateriel(SentenceView s, int noun) {
        if (lx.materielNouns.contains(s.lemma(noun)) || lx.materielNouns.contains(s.word(noun))) {
            return true;
        }
        for (int c : s.children(noun, "conj")) {
            if (lx.materielNouns.contains(s.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** True when the counted noun is who speaks ("two security sources said"), not what is counted. */
    boolean isSourcePhrase(SentenceView s, int x) {
        for (AnnotatedArticle.Edge e : s.parents(x)) {
            String k = lx.reportingVerbs.get(s.lemma(e.gov()));
            // not a controlled subject: "personnel are deployed to respond to the storm" report nothing
            if (k != null && e.rel().startsWith("nsubj") && !e.rel().contains("pass") && !e.rel().contains("xsubj")
                    && s.isVerb(e.gov())) {
                return true;
            }
            if (e.rel().endsWith(":according_to")) {
                return true;
            }
        }
        return false;
    }

    /** "The mission has deployed 400 police officers": an actor's deed, told by the article itself. */
    boolean narratedAction(SentenceView s, int anchor, int counted, String metric) {
        if (anchor < 0 || !s.isVerb(anchor) || !(metric.equals(Metric.DEPLOYED) || metric.equals(Metric.OTHER))) {
            return false;
        }
        for (AnnotatedArticle.Edge e : s.children(anchor)) {
            if (e.rel().equals("nsubj") && e.dep() != counted && s.isNoun(e.dep()) && !s.pos(e.dep()).startsWith("PRP")) {
                return true;
            }
        }
        return false;
    }
}
