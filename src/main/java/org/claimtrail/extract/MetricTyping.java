package org.claimtrail.extract;

import java.io.Serializable;
import java.util.Set;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * What happened to what a figure counts (its metric: killed, wounded, deployed...) and the predicate
 * that says so, the clause the reporters are looked for from. The cues of single words (the counted
 * noun, its verbs, a subject) are {@link MetricCues}; this class decides which one speaks for the figure.
 */
final class MetricTyping implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A figure's metric and the token of its predicate (the anchor of attribution and modality). */
    /**
     * The metric of the figure before, for a breakdown that names only who ("Of those, 90 were men";
     * a list line "- Florida: 15 people"); {@link ClaimExtractor} resolves it or drops the figure.
     */
    static final String PREVIOUS = "previous";

    record Typed(String metric, int predicate) {
    }

    private final ExtractionLexicon lx;
    private final CountedNouns nouns;
    private final MetricCues cues;
    private final TallyValues tallies;
    private final ForcePresence forces;

    MetricTyping(ExtractionLexicon lx, CountedNouns nouns) {
        this.lx = lx;
        this.nouns = nouns;
        this.cues = new MetricCues(lx, nouns);
        this.tallies = new TallyValues(lx, nouns, cues);
        this.forces = new ForcePresence(lx);
    }

    /**
     * What happened to what the figure counts, and the predicate that says so (the clause the
     * reporters are looked for from). Null when the figure is not a count of people or materiel.
     */
    Typed metric(SentenceView s, Quantity q, int noun) {
        int x = noun >= 0 ? noun : q.head();
        int predicate = predicate(s, x);
        // 0. a part of a counted whole: "144 fatalities, including five children", "13 people, including
        //    four children, were killed", "Among the deceased were three children"
        Typed part = partOfWhole(s, x);
        if (part != null) {
            return part;
        }
        // 1. the counted noun itself: casualties, deaths, the injured
        if (noun >= 0) {
            String m = cues.nounMetric(s, noun);
            if (m != null) {
                return new Typed(m, predicate);
            }
        }
        // 1a. "hundreds of wounded", "dozens of dead": the parse makes the adjective the figure's complement
        for (int c : s.children(q.head(), "nmod:of")) {
            String m = lx.adjMetric.get(s.word(c));
            if (m != null && !s.isNoun(c)) {
                return new Typed(m, predicate);
            }
        }
        // 1b. "the deaths of 40 people", "the corpses of dozens of soldiers"
        for (AnnotatedArticle.Edge e : s.parents(x)) {
            if (e.rel().equals("nmod:of") && s.isNoun(e.gov())) {
                String m = lx.nounMetric.get(s.lemma(e.gov()));
                if (m != null) {
                    return new Typed(m, predicate(s, e.gov()));
                }
            }
        }
        if (noun >= 0) {
            for (int c : s.children(noun, "amod")) {
                String m = lx.adjMetric.get(s.word(c));
                if (m != null && c < noun) {
                    // "1,200 elderly, sick and wounded individuals were killed": what happened to them wins
                    Typed v = cues.verbMetric(s, noun, true, false, false);
                    boolean happened = v != null && !v.metric().equals(Metric.OTHER) && !v.metric().equals(Metric.DEPLOYED);
                    return happened ? v : new Typed(m, predicate);
                }
            }
        }
        // 1c. a bare figure with its participle: "suffered 4,000 wounded and 1,500 killed", however parsed
        if (noun < 0 && participleAfter(s, q, noun) != null) {
            return new Typed(participleAfter(s, q, noun), predicate);
        }
        // 2. the verbs the counted people are arguments of: "were killed", "have been deployed"
        boolean people = noun < 0 || nouns.isPeople(s, noun);
        boolean materiel = noun >= 0 && nouns.isMateriel(s, noun);
        if (noun >= 0 && !people && !materiel && lx.nonPeopleNouns.contains(s.lemma(noun))) {
            return null; // "across six states", "in the 10 provinces", "two earthquakes": not who was counted
        }
        if (!q.fractionBase()) {
            Typed v = cues.verbMetric(s, x, people, materiel, false);
            // "deployed over ten thousand of its soldiers", "upwards of 400 soldiers had been taken":
            // the parse may hang the clause on the figure's own words instead of the noun
            for (int t = q.first(); v == null && t <= q.last(); t++) {
                if (t != x) {
                    v = cues.verbMetric(s, t, people, materiel, false);
                }
            }
            for (AnnotatedArticle.Edge e : s.parents(q.head())) { // "up to 8,000 more could be killed"
                if (v == null && e.rel().equals("nummod") && !s.isNoun(e.gov())) {
                    v = cues.verbMetric(s, e.gov(), people, materiel, false);
                }
                // "more than 200 of them critically [injured]": the pronoun the figure counts takes the verb
                if (v == null && e.rel().equals("det:qmod") && s.pos(e.gov()).startsWith("PRP")) {
                    v = cues.verbMetric(s, e.gov(), people, materiel, false);
                }
            }
            // "six health workers, four doctors and a nurse were abducted": a figure in apposition to
            // a counted noun shares its verb
            for (AnnotatedArticle.Edge e : s.parents(x)) {
                if (v == null && e.rel().equals("appos") && e.gov() >= 0 && s.isNoun(e.gov()) && e.gov() < x) {
                    v = cues.verbMetric(s, e.gov(), people, materiel, false);
                }
            }
            if ((v == null || v.metric().equals(Metric.DEPLOYED) || v.metric().equals(Metric.OTHER))
                    && q.qualifier() == Qualifier.APPROX && q.first() < q.head() && !s.word(q.first()).matches("\\d.*")) {
                Typed passive = passiveAhead(s, q, noun);
                if (passive != null) {
                    v = passive;
                }
            }
            if (v != null && v.metric().equals(Metric.CASUALTIES) && participleAfter(s, q, noun) != null) {
                // "suffered 40,000 wounded and 20,000 killed": the participle is the precise metric
                return new Typed(participleAfter(s, q, noun), v.predicate());
            }
            if (v != null && !v.metric().equals(Metric.OTHER)) {
                return v;
            }
        }
        // 3. a participle right after the figure or its noun, where the parse gives no verb:
        //    "several hundred killed or wounded", "1,780 soldiers killed or wounded"
        String after = participleAfter(s, q, noun);
        if (after != null) {
            return new Typed(after, predicate);
        }
        if (!q.fractionBase()) {
            Typed v = cues.verbMetric(s, x, people, materiel, false);
            if (v != null && v.metric().equals(Metric.OTHER)) {
                // "the number of people listed as unaccounted for now has 388 names": the subject says more
                Typed subj = cues.subjectMetric(s, x, people, materiel);
                if (subj != null && !subj.metric().equals(Metric.OTHER)) {
                    return subj;
                }
            }
            if (v != null) {
                return v;
            }
        }
        Typed acl = cues.verbMetric(s, x, people, materiel, true);
        if (acl != null) {
            return acl;
        }
        Typed passive = noun >= 0 && people ? passiveRightAfter(s, noun) : null;
        if (passive != null) {
            return passive;
        }
        // 4. the subject of the clause the figure completes: "the losses exceeded 200", "the number of
        //    injured is expected to reach nearly 1,000"
        Typed subj = cues.subjectMetric(s, x, people, materiel);
        for (int t = q.first(); subj == null && t < q.head(); t++) { // "range from 189 000 to 273 000": the first bound's clause
            if (s.pos(t).equals("CD") && s.parent(t) != null && !s.parent(t).rel().equals("nummod")) {
                subj = cues.subjectMetric(s, t, people, materiel);
            }
        }
        if (subj != null) {
            return subj;
        }
        Typed toll = tallies.valueOf(s, q);
        if (toll != null) {
            return toll;
        }
        int present = forces.presence(s, noun); // "there are 3,500 federal personnel helping"
        return present >= 0 ? new Typed(Metric.DEPLOYED, present) : breakdownOfPrevious(s, q, x);
    }

    /** "90 were men", "three were children", or a verbless list line: a breakdown of the figure before. */
    private Typed breakdownOfPrevious(SentenceView s, Quantity q, int x) {
        AnnotatedArticle.Edge up = s.parent(q.head());
        int pred = -1;
        if (up != null && up.rel().startsWith("nsubj") && up.gov() >= 0) {
            pred = up.gov();
        }
        for (AnnotatedArticle.Edge e : s.children(q.head())) { // "three were children" parsed as a dependent
            if (e.rel().equals("dep") && e.dep() > q.head()) {
                pred = e.dep();
            }
        }
        if (up != null && up.rel().startsWith("conj") && up.gov() >= 0 && pred < 0) { // "70 were men and 20 were women"
            pred = up.gov();
        }
        if (pred >= 0 && s.isNoun(pred) && nouns.isPeople(s, pred) && !s.children(pred, "cop").isEmpty()) {
            return new Typed(PREVIOUS, pred);
        }
        boolean verbless = true;
        for (int t = 0; t < s.size(); t++) {
            verbless &= !s.pos(t).startsWith("VB");
        }
        if (verbless && s.size() <= 10 && (x == q.head() || nouns.isPeople(s, x))) {
            return new Typed(PREVIOUS, x);
        }
        return null;
    }

    private Typed partOfWhole(SentenceView s, int x) {
        int cur = x;
        AnnotatedArticle.Edge up = s.parent(cur);
        if (up != null && up.rel().startsWith("conj") && up.gov() >= 0) { // "35 children and 58 women"
            cur = up.gov();
            up = s.parent(cur);
        }
        if (up != null && up.gov() >= 0 && (up.rel().endsWith(":including") || up.rel().endsWith(":among"))) {
            int whole = up.gov();
            String own = participleOf(s, x);
            if (own == null && x + 1 < s.size()) {
                own = lx.adjMetric.get(s.word(x + 1).toLowerCase(java.util.Locale.ROOT)); // "including roughly 250,000 killed"
            }
            if (own != null) {
                return new Typed(own, predicate(s, whole));
            }
            String m = cues.phraseMetric(s, whole);
            for (AnnotatedArticle.Edge of : s.parents(whole)) { // "the hospitalisation of 115 people, including five children"
                if (m == null && of.rel().equals("nmod:of") && of.gov() >= 0 && s.isNoun(of.gov())) {
                    m = lx.nounMetric.get(s.lemma(of.gov()));
                }
            }
            if (m == null && s.isNoun(whole) && nouns.isPeople(s, whole)) {
                Typed v = cues.verbMetric(s, whole, true, false, false);
                m = v == null ? participleOf(s, whole) : v.metric();
            }
            if (m == null && forces.presence(s, whole) >= 0) { // "3,500 personnel helping, including 1,000 from FEMA"
                m = Metric.DEPLOYED;
            }
            return m == null || m.equals(Metric.OTHER) ? null : new Typed(m, predicate(s, whole));
        }
        for (AnnotatedArticle.Edge e : s.children(x)) { // "Among the dead were four journalists"
            if (e.rel().endsWith(":among")) {
                String m = cues.phraseMetric(s, e.dep());
                if (m == null) {
                    m = lx.adjMetric.get(s.word(e.dep()).toLowerCase(java.util.Locale.ROOT));
                }
                // "Among them are 12 generals": a breakdown of the figure before (not "upwards of 400
                // soldiers, among them a general", where the figure is the whole)
                if (m == null && s.pos(e.dep()).equals("PRP") && nouns.isPeople(s, x) && e.dep() < x) {
                    m = PREVIOUS;
                }
                if (m != null) {
                    return new Typed(m, predicate(s, x));
                }
            }
        }
        // "it has identified 263 civilians and 164 personnel among the dead": the whole hangs on the verb
        if (up != null && up.rel().equals("obj") && up.gov() >= 0 && s.isVerb(up.gov())) {
            for (AnnotatedArticle.Edge e : s.children(up.gov())) {
                if (e.rel().endsWith(":among")) {
                    String m = cues.phraseMetric(s, e.dep());
                    if (m == null) {
                        m = lx.adjMetric.get(s.word(e.dep()));
                    }
                    if (m != null && !m.equals(Metric.OTHER)) {
                        return new Typed(m, up.gov());
                    }
                }
            }
        }
        // "The death toll includes 17,000 volunteers": what the whole counts, whatever the part is
        if (up != null && up.rel().equals("obj") && up.gov() >= 0 && lx.inclusionVerbs.contains(s.lemma(up.gov()))) {
            for (int subj : s.children(up.gov(), "nsubj")) {
                String m = cues.phraseMetric(s, subj);
                if (m != null) {
                    return new Typed(m, up.gov());
                }
                if (lx.countingNouns.contains(s.lemma(subj))) { // "this number includes 745 civilians"
                    return new Typed(PREVIOUS, up.gov());
                }
            }
        }
        // "Among the deceased were three children": the part is the subject, the whole its predicate
        if (up != null && up.rel().startsWith("nsubj") && up.gov() >= 0 && hasCase(s, up.gov(), "among")) {
            String m = cues.phraseMetric(s, up.gov());
            if (m == null) {
                m = lx.adjMetric.get(s.word(up.gov()).toLowerCase(java.util.Locale.ROOT));
            }
            return m == null ? null : new Typed(m, up.gov());
        }
        return null;
    }

    private String participleOf(SentenceView s, int noun) {
        for (AnnotatedArticle.Edge e : s.children(noun)) {
            if (e.rel().startsWith("acl") || e.rel().equals("amod")) {
                String m = lx.adjMetric.get(s.word(e.dep()).toLowerCase(java.util.Locale.ROOT));
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean hasCase(SentenceView s, int t, String word) {
        for (AnnotatedArticle.Edge e : s.children(t)) {
            if (e.rel().equals("case") && s.word(e.dep()).equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A third of the 12,000 troops North Korea sent to fight have been killed or wounded": a share's
     * verb can be far from it, past a relative clause the parser misreads. The first passive metric
     * verb ahead, whose subject is not another figure, is taken.
     */
    private Typed passiveAhead(SentenceView s, Quantity q, int noun) {
        int from = Math.max(q.last(), noun) + 1;
        for (int k = from; k < s.size() && k < from + 14; k++) {
            if (lx.reportingVerbs.containsKey(s.lemma(k)) && s.isVerb(k)) {
                return null;
            }
            String m = lx.verbMetric.get(s.lemma(k));
            if (m != null && s.pos(k).equals("VBN") && !s.children(k, "aux:pass").isEmpty()
                    && !m.equals(Metric.DEPLOYED)) {
                for (AnnotatedArticle.Edge e : s.children(k)) {
                    if (e.rel().startsWith("nsubj") && s.pos(e.dep()).equals("CD")) {
                        return null;
                    }
                    if (e.rel().startsWith("conj")) {
                        m = Metric.combine(m, lx.verbMetric.get(s.lemma(e.dep())));
                    }
                }
                return new Typed(m, k);
            }
        }
        return null;
    }

    /**
     * "told reporters over 3,500 personnel were deployed": the passive right after the counted noun,
     * when the parse gave that verb no subject, is what happened to them.
     */
    private Typed passiveRightAfter(SentenceView s, int noun) {
        int k = noun + 1;
        int aux = 0;
        while (k < s.size() && aux < 4 && ((s.lemma(k).equals("be") || s.lemma(k).equals("have")) && s.isVerb(k)
                || aux > 0 && s.pos(k).equals("RB"))) { // "42 people were also injured"
            k++;
            aux++;
        }
        if (aux == 0 || k >= s.size() || !s.pos(k).equals("VBN") || lx.verbMetric.get(s.lemma(k)) == null) {
            return null;
        }
        for (AnnotatedArticle.Edge e : s.children(k)) {
            // the noun right before "were (also) injured" is its subject, whatever the parse made one:
            // a verb, or a noun before the counted one
            if (e.rel().startsWith("nsubj") && !s.isVerb(e.dep()) && e.dep() > noun) {
                return null;
            }
        }
        return new Typed(lx.verbMetric.get(s.lemma(k)), k);
    }

    private String participleAfter(SentenceView s, Quantity q, int noun) {
        int k = Math.max(q.last(), noun) + 1;
        String metric = null;
        int steps = 0;
        while (k < s.size() && steps < 4) {
            String w = s.word(k);
            String m = lx.adjMetric.get(w);
            if (m != null && (s.pos(k).startsWith("VB") || s.pos(k).startsWith("JJ") || s.pos(k).startsWith("NN"))) {
                metric = Metric.combine(metric, m);
                k++;
                steps++;
                continue;
            }
            if (metric != null && (w.equals("or") || w.equals("and") || w.equals(","))) {
                k++;
                continue;
            }
            break;
        }
        return metric;
    }

    /**
     * The head of the clause a token belongs to: climb nominal relations until a verb, stop at a
     * clausal relation (the clause's own head, even a noun with a copula, is the predicate).
     */
    private int predicate(SentenceView s, int x) {
        int cur = x;
        for (int steps = 0; steps < 6; steps++) {
            if (s.isVerb(cur) && cur != x) {
                return cur;
            }
            AnnotatedArticle.Edge p = s.parent(cur);
            if (p == null) {
                return cur;
            }
            String base = p.rel().split(":")[0];
            if (!Set.of("nsubj", "obj", "iobj", "obl", "nmod", "nummod", "compound", "amod", "appos", "dep")
                    .contains(base)) {
                return cur;
            }
            cur = p.gov();
        }
        return cur;
    }
}
