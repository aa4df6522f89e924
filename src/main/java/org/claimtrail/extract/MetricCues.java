package org.claimtrail.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.extract.MetricTyping.Typed;

/**
 * The metric single words give a figure: its counted noun ("casualties", "the number of people
 * killed"), the verbs the counted people are arguments of ("were killed", "have been deployed"), the
 * subject of the clause the figure completes ("the losses exceeded 200").
 */
final class MetricCues implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Dependency relations from a predicate to the figure it is about (UD labels). */
    private static final Set<String> SUBJECT_RELS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "nsubj:xsubj",
            "nsubj:pass:xsubj", "obl", "nmod");

    private final ExtractionLexicon lx;
    private final CountedNouns nouns;

    MetricCues(ExtractionLexicon lx, CountedNouns nouns) {
        this.lx = lx;
        this.nouns = nouns;
    }

    /** The metric a noun names ("deaths"), or that of what a counting noun counts ("the number of wounded"). */
    String nounMetric(SentenceView s, int noun) {
        String lemma = s.lemma(noun);
        String m = lx.nounMetric.get(lemma);
        if (m == null && s.isNoun(noun)) {
            m = lx.nounMetric.get(s.word(noun));
        }
        if (m != null && Metric.CASUALTIES.equals(m)) {
            for (AnnotatedArticle.Edge e : s.children(noun)) { // "tank losses" count materiel
                if ((e.rel().equals("compound") || e.rel().equals("amod")) && nouns.isMateriel(s, e.dep())) {
                    return Metric.OTHER;
                }
            }
        }
        if (m != null && !lemma.equals("toll")) {
            return m;
        }
        if (lx.countingNouns.contains(lemma)) {
            for (AnnotatedArticle.Edge e : s.children(noun)) {
                if (e.rel().equals("compound") || e.rel().equals("nmod:of") || e.rel().equals("amod")) {
                    String c = lx.nounMetric.get(s.lemma(e.dep()));
                    if (c == null) {
                        c = lx.adjMetric.get(s.word(e.dep()));
                    }
                    for (int k = 0; c == null && k < s.children(e.dep()).size(); k++) {
                        AnnotatedArticle.Edge a = s.children(e.dep()).get(k); // "the number of people killed"
                        if (a.rel().equals("amod") && lx.adjMetric.containsKey(s.word(a.dep()))) {
                            c = lx.adjMetric.get(s.word(a.dep())); // "el número de civiles muertos"
                        } else if (a.rel().startsWith("acl")) {
                            c = lx.verbMetric.get(s.lemma(a.dep()));
                            if (Metric.DEPLOYED.equals(c)) {
                                c = null;
                            }
                        }
                    }
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return m;
    }

    /** A subject's metric: its noun, or an adjective used as one ("the injured", "the dead"). */
    /** A metric word among the modifiers of a counted noun: "missing persons", "people listed as unaccounted for". */
    private String describedMetric(SentenceView s, int t, int depth) {
        for (AnnotatedArticle.Edge e : s.children(t)) {
            String rel = e.rel();
            if (!(rel.startsWith("amod") || rel.startsWith("acl") || rel.startsWith("xcomp") || rel.startsWith("advcl")
                    || rel.equals("obl:as") || rel.equals("advcl:as"))) { // "listed as unaccounted for"
                continue;
            }
            int c = e.dep();
            String m = lx.adjMetric.get(s.word(c).toLowerCase(java.util.Locale.ROOT));
            if (m == null && s.pos(c).equals("VBN")) {
                m = lx.verbMetric.get(s.lemma(c));
            }
            if (m == null && depth > 1) {
                m = describedMetric(s, c, depth - 1);
            }
            if (m != null && !m.equals(Metric.OTHER) && !m.equals(Metric.DEPLOYED)) {
                return m;
            }
        }
        return null;
    }

    String phraseMetric(SentenceView s, int t) {
        String m = nounMetric(s, t);
        if (m == null && lx.adjMetric.containsKey(s.word(t)) && t > 0 && s.word(t - 1).equals("the")) {
            m = lx.adjMetric.get(s.word(t));
        }
        for (int k = 0; m == null && k < s.children(t).size(); k++) {
            int c = s.children(t).get(k).dep();
            if (s.children(t).get(k).rel().equals("amod") && lx.adjMetric.containsKey(s.word(c)) && s.word(t).equals("the")) {
                m = lx.adjMetric.get(s.word(c));
            }
        }
        return m;
    }

    /**
     * The metric of the verbs {@code x} is an argument of (or, with {@code aclOnly}, the clauses on
     * it: "people killed"), with raising and coordination ("were killed or wounded"), and the verb.
     */
    Typed verbMetric(SentenceView s, int x, boolean people, boolean materiel, boolean aclOnly) {
        List<Integer> verbs = new ArrayList<>();
        if (aclOnly) {
            for (AnnotatedArticle.Edge e : s.children(x)) {
                if (e.rel().startsWith("acl")) {
                    verbs.add(e.dep());
                }
            }
        } else {
            for (AnnotatedArticle.Edge e : s.parents(x)) {
                String rel = e.rel();
                if (SUBJECT_RELS.contains(rel) || rel.startsWith("nsubj") || rel.startsWith("obj")
                        || rel.startsWith("obl")) {
                    verbs.add(e.gov());
                }
            }
        }
        // raising and control: "are believed to have been deployed", "were reported to have died"
        for (int i = 0; i < verbs.size() && i < 8; i++) {
            for (int c : s.children(verbs.get(i), "xcomp")) {
                if (!verbs.contains(c)) {
                    verbs.add(c);
                }
            }
        }
        String best = null;
        int bestVerb = -1;
        for (int v : verbs) {
            if (s.isNoun(v) && Metric.CAPTURED.equals(lx.nounMetric.get(s.lemma(v))) && best == null) {
                best = Metric.CAPTURED; // "had taken a few hundred soldiers prisoner": a small clause
                bestVerb = v;
                continue;
            }
            String inState = people && best == null && s.isNoun(v) && !s.children(v, "cop").isEmpty() ? state(s, v) : null;
            if (inState != null) {
                best = inState; // "200 people were in critical condition"
                bestVerb = v;
                continue;
            }
            if (!s.isVerb(v) && !s.pos(v).startsWith("JJ")) {
                continue;
            }
            String m = verbCue(s, v, people, materiel);
            for (AnnotatedArticle.Edge e : s.children(v)) {
                // "were killed or wounded" shares one subject; "killed and another 1,000 wounded" does not
                if (e.rel().startsWith("conj") && !hasOwnSubject(s, e.dep(), x) && !hasOwnObject(s, e.dep(), x)
                        && !hasOwnFigure(s, e.dep(), x)) {
                    m = Metric.combine(m, verbCue(s, e.dep(), people, materiel));
                }
            }
            for (AnnotatedArticle.Edge e : s.parents(v)) {
                if (e.rel().startsWith("conj") && !hasOwnSubject(s, e.gov(), x) && !hasOwnObject(s, e.gov(), x)) {
                    String other = verbCue(s, e.gov(), people, materiel);
                    if (other != null && m != null) {
                        m = Metric.combine(other, m);
                    }
                }
            }
            if (m != null && (best == null || best.equals(Metric.DEPLOYED) || best.equals(Metric.OTHER))
                    && !(m.equals(Metric.OTHER) && best != null)) {
                best = m;
                bestVerb = v;
            }
        }
        return best == null ? null : new Typed(best, bestVerb);
    }

    /**
     * The metric of a state the counted people are in, said with how they are: "critical condition",
     * "kritischem Zustand", "estado grave" ({@code state} in metric_cues.tsv, with an adjective: "the
     * state of Florida" is no condition); or null.
     */
    private String state(SentenceView s, int noun) {
        String m = lx.stateMetric.get(s.lemma(noun));
        if (m == null) {
            m = lx.stateMetric.get(s.word(noun).toLowerCase(java.util.Locale.ROOT));
        }
        return m != null && !s.children(noun, "amod").isEmpty() ? m : null;
    }

    /** "killing 12 and wounding 2,800": each verb counts its own object, so they do not combine. */
    private static boolean hasOwnObject(SentenceView s, int verb, int x) {
        for (AnnotatedArticle.Edge e : s.children(verb)) {
            if (e.rel().equals("obj") && e.dep() != x && !s.children(e.dep(), "nummod").isEmpty()
                    || e.rel().equals("obj") && e.dep() != x && s.pos(e.dep()).equals("CD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ha aumentado a 974 y el de heridos a 3.458": a joined part with a figure of its own ("the
     * wounded to 3,458", the verb left out) counts that figure, not this one.
     */
    private static boolean hasOwnFigure(SentenceView s, int part, int x) {
        for (int c : s.children(part, "nummod")) {
            if (c != x && s.pos(c).equals("CD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnSubject(SentenceView s, int verb, int x) {
        for (AnnotatedArticle.Edge e : s.children(verb)) {
            if (e.rel().startsWith("nsubj") && e.dep() != x) {
                return true;
            }
        }
        return false;
    }

    /** The metric a verb gives its counted argument; deployment and "other" verbs only for people or materiel. */
    private String verbCue(SentenceView s, int v, boolean people, boolean materiel) {
        String lemma = s.lemma(v);
        String m = lx.verbMetric.get(lemma);
        if (m == null) {
            m = lx.adjMetric.get(s.word(v)); // "are missing", "were dead"
        }
        if (m == null || lemma.equals("suffer") || lx.injuryVerbs.contains(lemma)) {
            // "182 people sustained injuries", "16 suffered minor injuries": the object says what happened
            for (AnnotatedArticle.Edge e : s.children(v)) {
                // "kamen ums Leben" (came by their lives): an injury verb's oblique says it as well
                boolean object = e.rel().equals("obj") || e.rel().startsWith("obl") && lx.obliqueInjuryVerbs.contains(lemma);
                String objMetric = object ? lx.nounMetric.get(s.lemma(e.dep())) : null;
                if (objMetric != null && !objMetric.equals(Metric.CASUALTIES) && lx.injuryVerbs.contains(lemma)
                        || objMetric != null && lemma.equals("suffer")) {
                    return objMetric;
                }
            }
        }
        if (m == null) {
            for (AnnotatedArticle.Edge e : s.children(v)) { // "taken prisoner", "held hostage"
                if ((e.rel().equals("obj") || e.rel().equals("xcomp")) && Metric.CAPTURED.equals(lx.nounMetric.get(s.lemma(e.dep())))) {
                    return Metric.CAPTURED;
                }
            }
        }
        if (m != null) {
            if (m.equals(Metric.DEPLOYED)) {
                for (AnnotatedArticle.Edge e : s.children(v)) { // "survivors have been moved into tents": sheltered, not deployed
                    if (people && e.rel().startsWith("obl") && lx.otherObjects.contains(s.lemma(e.dep()))) {
                        return Metric.OTHER;
                    }
                }
                return people ? m : materiel ? Metric.OTHER : null;
            }
            if (lemma.equals("lose") || lemma.equals("suffer")) {
                return people ? m : null;
            }
            return m;
        }
        for (AnnotatedArticle.Edge e : s.children(v)) { // "remain in critical condition": the state says more than the verb
            String inState = people && e.rel().equals("obl:in") ? state(s, e.dep()) : null;
            if (inState != null) {
                return inState;
            }
        }
        if ((people || materiel) && lx.otherVerbs.contains(lemma)) {
            return Metric.OTHER;
        }
        for (AnnotatedArticle.Edge e : s.children(v)) { // "1,277 have been admitted to university hospitals"
            if (people && (e.rel().equals("obl:to") || e.rel().equals("obl:in")) && lx.placeMetric.containsKey(s.lemma(e.dep()))) {
                return lx.placeMetric.get(s.lemma(e.dep()));
            }
        }
        for (AnnotatedArticle.Edge e : s.children(v)) { // "380,000 have taken refuge", "sought shelter"
            if ((people || materiel) && e.rel().equals("obj") && lx.otherObjects.contains(s.lemma(e.dep()))) {
                return Metric.OTHER;
            }
        }
        return null;
    }

    /** The metric of the subject of the clause {@code x} completes ("the losses exceeded 200"), and its head. */
    Typed subjectMetric(SentenceView s, int x, boolean people, boolean materiel) {
        List<Integer> heads = new ArrayList<>();
        heads.add(x);
        for (AnnotatedArticle.Edge e : s.parents(x)) {
            String base = e.rel().split(":")[0];
            if (Set.of("obj", "obl", "xcomp", "nmod").contains(base)) {
                heads.add(e.gov());
                AnnotatedArticle.Edge adverb = s.parent(e.gov());
                if (s.pos(e.gov()).startsWith("RB") && adverb != null && adverb.rel().equals("advmod") && adverb.gov() >= 0) {
                    heads.add(adverb.gov()); // "would be up to 800", parsed with the figure on "up"
                }
                if (lx.restatingVerbs.contains(s.lemma(e.gov()))) {
                    String m = restated(s, e.gov());
                    if (m != null) {
                        return new Typed(m, e.gov());
                    }
                }
                // "amounting to several dozen" hangs off the noun it describes
                AnnotatedArticle.Edge up = s.parent(e.gov());
                if (up != null && (up.rel().startsWith("acl") || up.rel().startsWith("advcl")) && s.isNoun(up.gov())) {
                    String m = nounMetric(s, up.gov());
                    if (m != null) {
                        return new Typed(m, e.gov());
                    }
                }
            }
        }
        for (int h : heads) {
            for (AnnotatedArticle.Edge e : s.children(h)) {
                if (!e.rel().startsWith("nsubj") || e.dep() == x) {
                    continue;
                }
                int subj = e.dep();
                String m = phraseMetric(s, subj);
                for (int c : s.children(subj, "conj")) {
                    m = Metric.combine(m, phraseMetric(s, c)); // "the dead and injured ... numbered"
                }
                for (int c : s.children(subj, "appos")) { // "the above estimate, the actual number of deaths, could range"
                    m = m == null ? phraseMetric(s, c) : m;
                }
                if (m != null) {
                    return new Typed(m, h);
                }
                if (lx.countingNouns.contains(s.lemma(subj))) {
                    boolean described = false;
                    for (AnnotatedArticle.Edge of : s.children(subj)) {
                        if (!of.rel().startsWith("nmod") || !(nouns.isPeople(s, of.dep()) || nouns.isMateriel(s, of.dep()))) {
                            continue;
                        }
                        described = true;
                        // "the list of missing persons", "the number of people listed as unaccounted for"
                        String said = describedMetric(s, of.dep(), 3);
                        if (said == null && lx.forceNouns.contains(s.lemma(of.dep()))) {
                            said = Metric.DEPLOYED; // "the number of search and rescue personnel would be up to 1,250"
                        }
                        return new Typed(said != null ? said : Metric.OTHER, h);
                    }
                    if (!described && s.children(subj, "nmod:of").isEmpty() && s.children(subj, "compound").isEmpty()
                            && s.children(subj, "amod").isEmpty()) {
                        return new Typed(MetricTyping.PREVIOUS, h); // "when the number topped 1,000": the figure before
                    }
                }
            }
        }
        return null;
    }

    /** The metric of the noun a restating verb hangs off: "losses ..., amounting to several dozen". */
    private String restated(SentenceView s, int verb) {
        AnnotatedArticle.Edge up = s.parent(verb);
        if (up == null || up.gov() < 0) {
            return null;
        }
        int p = up.gov();
        if (s.isNoun(p)) {
            return nounMetric(s, p);
        }
        for (AnnotatedArticle.Edge e : s.children(p)) {
            if ((e.rel().startsWith("obj") || e.rel().startsWith("nsubj")) && e.dep() != verb) {
                String m = nounMetric(s, e.dep());
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }
}
