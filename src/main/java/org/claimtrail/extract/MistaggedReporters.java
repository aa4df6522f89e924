package org.claimtrail.extract;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Reporting words the tagger took for nouns, which the attribution must still read as verbs:
 * "South Korean intelligence reports that ...", "British intelligence estimates Russia has ...",
 * "..., the Ministry of Emergency Situations reports.", "Fox News and the New York Times report,
 * based on eyewitness accounts, that ...".
 */
final class MistaggedReporters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final ExtractionLexicon lx;

    MistaggedReporters(ExtractionLexicon lx) {
        this.lx = lx;
    }

    /**
     * "South Korean intelligence reports that ...": a reporting word the tagger took for a noun but
     * that takes a clause, as only a verb does.
     */
    static boolean verbMistakenForNoun(SentenceView s, int t) {
        return s.isNoun(t) && !s.children(t, "ccomp").isEmpty();
    }

    /** A reporting word as the first of two subjects of one clause: "British intelligence estimates Russia has ...". */
    boolean subjectMistakenForVerb(SentenceView s, int clause, int subj) {
        if (!s.isNoun(subj) || !lx.reportingVerbs.containsKey(s.lemma(subj)) || !s.word(subj).endsWith("s")) {
            return false;
        }
        for (AnnotatedArticle.Edge e : s.children(clause)) {
            if (e.rel().startsWith("nsubj") && e.dep() > subj) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reporter's speaker is the words before it, not its subject ("British intelligence estimates"). */
    boolean speakerBefore(SentenceView s, int head) {
        if (verbMistakenForNoun(s, head)) {
            return true;
        }
        AnnotatedArticle.Edge up = s.parent(head);
        return up != null && up.rel().equals("nsubj") && up.gov() >= 0 && subjectMistakenForVerb(s, up.gov(), head);
    }

    /** The last modifier before a noun (compound, adjective or possessor): "intelligence" of "British intelligence estimates". */
    static int modifierHead(SentenceView s, int noun) {
        int agent = -1;
        for (AnnotatedArticle.Edge e : s.children(noun)) {
            if ((e.rel().equals("compound") || e.rel().equals("nmod:poss") || e.rel().equals("amod")) && e.dep() < noun
                    && !s.pos(e.dep()).startsWith("PRP")) {
                agent = Math.max(agent, e.dep());
            }
        }
        return agent;
    }

    /**
     * "..., the Ministry of Emergency Situations reports.": a reporting word tagged as a noun that
     * has a subject and no copula is the clause's verb.
     */
    boolean reportingVerbAt(SentenceView s, int t) {
        if (!lx.reportingVerbs.containsKey(s.lemma(t))) {
            return false;
        }
        if (s.isVerb(t) || verbMistakenForNoun(s, t)
                || s.isNoun(t) && !s.children(t, "nsubj").isEmpty() && s.children(t, "cop").isEmpty()) {
            return true;
        }
        // "“Nine died,” the emergency ministry reports.": the sentence's root, with the quote hanging off it
        AnnotatedArticle.Edge up = s.parent(t);
        if (s.isNoun(t) && (up == null || up.gov() < 0) && s.children(t, "cop").isEmpty()) {
            for (AnnotatedArticle.Edge e : s.children(t)) {
                if ((e.rel().equals("dep") || e.rel().startsWith("ccomp") || e.rel().startsWith("parataxis"))
                        && s.isVerb(e.dep())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Fox News and the New York Times report, based on eyewitness accounts, that more than 4,000
     * people have been killed": after names joined by "and", the plural verb was tagged a noun and
     * joined to them as one more name, and the clause it takes hangs on the names, whatever the
     * parse made of the words between. The reporting word, or -1; its speaker is {@code name}.
     */
    int reportJoinedToNames(SentenceView s, int name, java.util.List<Integer> chain) {
        if (!s.isProperNoun(name)) {
            return -1;
        }
        for (int c : s.children(name, "conj")) {
            if (!s.isNoun(c) || !lx.reportingVerbs.containsKey(s.lemma(c)) || s.isProperNoun(c)) {
                continue;
            }
            // the figure's clause, on the way up to the names, is a that-clause after the reporting word
            for (int v : chain) {
                int mark = v > c ? Attribution.firstChild(s, v, "mark") : -1;
                if (mark > c && s.word(mark).equals("that")) {
                    return c;
                }
            }
        }
        return -1;
    }
}
