package org.claimtrail.extract;

import java.io.Serializable;
import java.util.List;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Whether a figure is stated at all (negated figures and negated reports are not claims) and how:
 * asserted, or projected (a forecast, a conditional).
 */
final class Modality implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String ASSERTED = "asserted";
    static final String PROJECTED = "projected";

    private final ExtractionLexicon lx;

    Modality(ExtractionLexicon lx) {
        this.lx = lx;
    }

    /** The claim's modality: projected when a cue governs the figure's clause below its reporter. */
    String of(SentenceView s, int anchor, List<Attribution.Reporter> reporters) {
        return projected(s, anchor, reporters) ? PROJECTED : ASSERTED;
    }

    /** A "not", "never" or "no" on the token, other than the figure's own words ("no fewer than 80"). */
    boolean negated(SentenceView s, int i, Quantity q) {
        if (i < 0) {
            return false;
        }
        for (AnnotatedArticle.Edge e : s.children(i)) {
            boolean own = q != null && e.dep() >= q.first() && e.dep() <= q.last();
            if (!own && (e.rel().equals("advmod") || e.rel().equals("neg") || e.rel().equals("det"))
                    && lx.negations.contains(s.word(e.dep()))) {
                return true;
            }
        }
        return false;
    }

    boolean negatedReporting(SentenceView s, List<Attribution.Reporter> reporters) {
        for (Attribution.Reporter r : reporters) {
            if (!r.kind().equals("according") && negated(s, r.head(), null)) {
                return true;
            }
        }
        return false;
    }

    private boolean projected(SentenceView s, int anchor, List<Attribution.Reporter> reporters) {
        int stop = reporters.isEmpty() ? -1 : reporters.get(0).head();
        for (int node : Attribution.chain(s, anchor)) {
            if (node == stop) {
                String lemma = s.lemma(node);
                return lx.forecastVerbs.contains(lemma) && lx.projectionCues.contains(lemma);
            }
            for (AnnotatedArticle.Edge e : s.children(node)) {
                if (e.rel().startsWith("aux") && lx.projectionCues.contains(s.lemma(e.dep()))) {
                    return true;
                }
                if (e.rel().equals("mark") && s.word(e.dep()).equals("if")) {
                    return true;
                }
                if (e.rel().startsWith("advcl") && Attribution.firstChild(s, e.dep(), "mark") >= 0
                        && s.word(Attribution.firstChild(s, e.dep(), "mark")).equals("if")) {
                    return true;
                }
            }
            if (node != anchor && lx.projectionCues.contains(s.lemma(node)) && s.isVerb(node)) {
                return true;
            }
        }
        return false;
    }

    /** "Around 10,000 troops are believed to have been deployed", "it was reported that": a report that names no one. */
    boolean hedgedWithoutAgent(SentenceView s, List<Attribution.Reporter> reporters) {
        for (Attribution.Reporter r : reporters) {
            if (r.agent() < 0 && lx.hedgingVerbs.contains(s.lemma(r.head()))) {
                return true;
            }
            // "Earlier, it was reported that 1,060 people had been killed": an impersonal report names
            // nobody, and says so; the speaker before does not speak for it
            if (r.agent() < 0 && s.isVerb(r.head())) {
                for (AnnotatedArticle.Edge e : s.children(r.head())) {
                    if ((e.rel().equals("nsubj:pass") || e.rel().equals("expl")) && s.word(e.dep()).equals("it")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
