package org.claimtrail.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * A figure that is the value of a tally, when the parse loses what the tally counts: "the toll had
 * risen to 45,300", "the number of the injured stands at 107,204" ("stands" taken for a noun), "an
 * increase in the number of victims to 115", "the combined death toll from figures provided by ...
 * equals about 1,930". The metric is the tally's (its noun or its of-phrase), the predicate its verb.
 */
final class TallyValues implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ExtractionLexicon lx;
    private final CountedNouns nouns;
    private final MetricCues cues;

    TallyValues(ExtractionLexicon lx, CountedNouns nouns, MetricCues cues) {
        this.lx = lx;
        this.nouns = nouns;
        this.cues = cues;
    }

    /**
     * "the overall death toll since the war began on October 7, 2023, had risen to close to 45,300":
     * when the parse loses the subject of a figure's verb of change, the nearest toll or metric noun
     * before that verb is what rose.
     */
    MetricTyping.Typed valueOf(SentenceView s, Quantity q) {
        AnnotatedArticle.Edge up = s.parent(q.head());
        if (up != null && up.gov() >= 0 && (up.rel().equals("nmod:at") || up.rel().equals("nmod:to"))
                && s.isNoun(up.gov()) && lx.countingNouns.contains(s.lemma(up.gov()))) {
            // "the number of the injured stands at 107,204" parsed with "stands" a noun: the figure
            // hangs on the tally noun, and what is counted is in its of-phrase ("the injured")
            String m = cues.phraseMetric(s, up.gov());
            for (int of : s.children(up.gov(), "nmod:of")) {
                for (int t = of; m == null && t >= 0 && t > up.gov(); t--) {
                    if (lx.adjMetric.containsKey(s.word(t)) && s.word(t - 1).equals("the")) {
                        m = lx.adjMetric.get(s.word(t));
                    }
                }
            }
            if (m != null) {
                return new MetricTyping.Typed(m, up.gov());
            }
        }
        if (up != null && up.gov() >= 0 && up.rel().equals("obl:to")) {
            // "announced an increase in the number of victims to 115": the change is a noun, the
            // tally in its in-phrase, and the figure what the tally was changed to
            for (int change : s.children(up.gov(), "obj")) {
                if (s.isNoun(change) && lx.changeVerbs.contains(s.lemma(change))) {
                    for (int tally : s.children(change, "nmod:in")) {
                        String m = cues.phraseMetric(s, tally);
                        for (int of : s.children(tally, "nmod:of")) {
                            if (m == null && lx.countingNouns.contains(s.lemma(tally))) {
                                m = lx.nounMetric.get(s.lemma(of));
                            }
                        }
                        if (m != null) {
                            return new MetricTyping.Typed(m, up.gov());
                        }
                    }
                }
            }
        }
        if (up != null && up.gov() >= 0 && (up.rel().equals("obl:to") || up.rel().equals("obl:at")) && s.isVerb(up.gov())) {
            // "put the number of dead at 26", "elevó a 1.476 el número de civiles muertos": the verb
            // sets its object, a tally, to the figure
            for (int tally : s.children(up.gov(), "obj")) {
                String m = lx.countingNouns.contains(s.lemma(tally)) ? cues.nounMetric(s, tally) : null;
                if (m != null) {
                    return new MetricTyping.Typed(m, up.gov());
                }
            }
        }
        String verb = up == null || up.gov() < 0 ? null : verbLemma(s, up.gov());
        if (verb == null || !lx.restatingVerbs.contains(verb) && !lx.levelVerbs.contains(verb)) {
            return null;
        }
        // "The combined death toll from figures provided by ... equals about 1,930": the parser made
        // the toll the subject of the participle, and hung the level verb on that participle or the
        // participle on the level verb
        List<Integer> participles = new ArrayList<>(s.children(up.gov(), "csubj"));
        AnnotatedArticle.Edge hung = s.parent(up.gov());
        if (hung != null && hung.rel().equals("dep") && hung.gov() >= 0) {
            participles.add(hung.gov());
        }
        for (int participle : participles) {
            for (int subj : s.children(participle, "nsubj")) {
                String m = lx.countingNouns.contains(s.lemma(subj)) || lx.nounMetric.containsKey(s.lemma(subj))
                        ? cues.phraseMetric(s, subj) : null;
                if (m != null) {
                    return new MetricTyping.Typed(m, up.gov());
                }
            }
        }
        for (int k = up.gov() - 1; k >= 0 && k >= up.gov() - 25; k--) {
            if (s.isNoun(k) && (lx.countingNouns.contains(s.lemma(k)) || lx.nounMetric.containsKey(s.lemma(k)))
                    || lx.adjMetric.containsKey(s.word(k)) && k > 0 && s.word(k - 1).equals("the")) {
                String m = cues.phraseMetric(s, k);
                if (m == null && lx.countingNouns.contains(s.lemma(k))) {
                    for (int of : s.children(k, "nmod")) { // "the number of Chinese military aircraft ... was approaching 50"
                        if (nouns.isPeople(s, of) || nouns.isMateriel(s, of)) {
                            // "the number of search and rescue personnel would be up to 1,250": a force's size
                            m = lx.forceNouns.contains(s.lemma(of)) ? Metric.DEPLOYED : Metric.OTHER;
                        }
                    }
                }
                return m == null ? null : new MetricTyping.Typed(m, up.gov());
            }
        }
        return null;
    }

    /**
     * The verb lemma of a token: its lemma when tagged a verb; for an "-ing" form tagged a noun ("with
     * the death toll climbing to 139"), the verb it is formed from; else null.
     */
    private String verbLemma(SentenceView s, int t) {
        if (s.isVerb(t)) {
            return s.lemma(t);
        }
        String w = s.word(t);
        if (!w.endsWith("ing") || w.length() < 6) {
            return null;
        }
        String stem = w.substring(0, w.length() - 3);
        for (String v : new String[] {stem, stem + "e", stem.substring(0, stem.length() - 1)}) {
            if (lx.levelVerbs.contains(v) || lx.restatingVerbs.contains(v)) {
                return v;
            }
        }
        return null;
    }
}
