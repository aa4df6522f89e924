package org.claimtrail.extract;

import java.io.Serializable;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Troops or personnel counted where they are, with no verb of deployment: "there are 3,500 federal
 * personnel helping with the recovery", "53,300 search-and-rescue staff were surveying the area",
 * "1,200 firefighters working the blaze". Their being there at work is the deployment the claim
 * spec counts (deployed, sent, stationed); the nouns are {@code force_nouns.tsv}.
 */
final class ForcePresence implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ExtractionLexicon lx;

    ForcePresence(ExtractionLexicon lx) {
        this.lx = lx;
    }

    /** The predicate that places the counted forces (the existential verb or their activity), or -1. */
    int presence(SentenceView s, int noun) {
        if (noun < 0 || !lx.forceNouns.contains(s.lemma(noun))) {
            return -1;
        }
        for (AnnotatedArticle.Edge e : s.children(noun)) { // "personnel helping with the recovery"
            if (e.rel().startsWith("acl") && s.pos(e.dep()).equals("VBG")) {
                return e.dep();
            }
        }
        AnnotatedArticle.Edge up = s.parent(noun);
        if (up == null || up.gov() < 0 || !up.rel().startsWith("nsubj")) {
            return -1;
        }
        int verb = up.gov();
        // "there are 3,500 personnel": the existential
        if (s.lemma(verb).equals("be") && !s.children(verb, "expl").isEmpty()) {
            return verb;
        }
        // "staff were surveying the area": at work, in the progressive
        if (s.pos(verb).equals("VBG")) {
            for (int aux : s.children(verb, "aux")) {
                if (s.lemma(aux).equals("be")) {
                    return verb;
                }
            }
        }
        return -1;
    }
}
