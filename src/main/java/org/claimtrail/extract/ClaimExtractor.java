package org.claimtrail.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.ingest.ArticleFactory;

/**
 * The claim rules: from one article's annotated sentences to its claims. Pure Java over
 * {@link AnnotatedArticle}, so it is tested without Spark and runs inside a Spark map unchanged.
 *
 * <p>Per figure: what it counts and what happened to them (metric), who says so (source, relays),
 * when they said it, and whether it is a forecast. Per article: pronouns and descriptions resolve to
 * earlier sources, a statement's date carries to the same speaker's undated figures, and the same
 * claim made twice becomes one claim with two mentions.
 */
public final class ClaimExtractor implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Written to every claim, so a table says which rules made it. */
    public static final String VERSION = "rules-1";

    private static final Set<String> SUBJECT_RELS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "nsubj:xsubj",
            "nsubj:pass:xsubj", "obl", "nmod");
    private static final Set<String> COUNTING_NOUNS = Set.of("number", "toll", "total", "tally", "figure", "count", "sum");
    /** Verbs of change whose figure is the new value of what changed ("the toll rose to 300"). */
    private static final Set<String> CHANGE_VERBS = Set.of("rise", "climb", "increase", "grow", "jump", "soar", "reach",
            "hit", "top", "exceed", "surpass", "pass", "approach", "near", "stand");
    /** Verbs of speaking whose date dates what the speaker said. */
    private static final Set<String> SPEECH_VERBS = Set.of("speak", "talk", "say", "tell", "brief", "testify", "address");
    /** Descriptions that stand for a person: "the spokesman", "the lawmaker". */
    private static final Set<String> PERSON_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "lawmaker",
            "minister", "general", "commander", "colonel", "governor", "mayor", "president", "official", "officer",
            "doctor", "envoy", "ambassador", "senator", "legislator", "chief", "head", "director", "analyst");
    /** A speaker quoting themself: the source is who the sentence says is speaking. ("We" is their organisation.) */
    private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> OTHER_PRONOUNS = Set.of("it", "they", "we", "our", "us", "their", "its");

    private final ExtractionLexicon lx;
    private final QuantityFinder finder;
    private final Attribution attribution;

    public ClaimExtractor(ExtractionLexicon lx) {
        this.lx = lx;
        this.finder = new QuantityFinder(lx);
        this.attribution = new Attribution(lx);
    }

    /** A place in the article where someone or something was named, for resolving "he" and "the official". */
    private record Mention(int sentence, int token, String text, boolean person, String key, boolean speaker) {
    }

    /** A reporting event: who spoke, on what day (maybe unknown). */
    private record Statement(String source, LocalDate date) {
    }

    /** What one article's pass remembers as it goes. */
    private static final class Discourse {
        final List<Mention> mentions = new ArrayList<>();
        final List<Statement> statements = new ArrayList<>();
        final List<AttributionCarryOver.Statement> speakers = new ArrayList<>();
        /** Claims the article tells in its own voice: no earlier statement speaks for them. */
        final java.util.Set<String> ownVoice = new java.util.HashSet<>();
        LocalDate lastDate;
    }

    public List<Claim> extract(String docId, String text, LocalDate published, List<AnnotatedArticle.Sentence> sentences) {
        Discourse d = new Discourse();
        List<Claim> found = new ArrayList<>();
        for (AnnotatedArticle.Sentence sentence : sentences) {
            SentenceView s = new SentenceView(sentence);
            if (sentence.candidate() && !s.isQuestion()) {
                for (Quantity q : finder.find(s)) {
                    Claim c = claim(docId, text, published, s, q, d);
                    if (c != null) {
                        found.add(c);
                    }
                }
                recordStatements(text, published, s, d);
            }
            recordNames(text, s, d);
        }
        return consolidate(AttributionCarryOver.apply(found, d.speakers, d.ownVoice), d);
    }

    // ---------------------------------------------------------------- one figure

    private Claim claim(String docId, String text, LocalDate published, SentenceView s, Quantity q, Discourse d) {
        int noun = countedNoun(s, q);
        int x = noun >= 0 ? noun : q.head();
        if (isSourcePhrase(s, x)) {
            return null; // "two security sources said"
        }
        String[] metricAndPredicate = metric(s, q, noun);
        if (metricAndPredicate == null) {
            return null;
        }
        String metric = metricAndPredicate[0];
        int anchor = Integer.parseInt(metricAndPredicate[1]);
        if (negated(s, x, q) || negated(s, anchor, q)) {
            return null;
        }
        // from the counted noun up: reporting nouns on the way count ("estimates by U.S. officials of ...")
        List<Attribution.Reporter> reporters = attribution.reporters(s, x, q.first(), q.last());
        String source = null;
        String intermediary = null;
        int sourceHead = -1;
        LocalDate statedOn = null;
        for (Attribution.Reporter r : reporters) {
            if (r.kind().equals("deny")) {
                return null;
            }
            int agent = attribution.sourceToken(s, r.agent());
            if (agent < 0 || FIRST_PERSON.contains(s.word(agent))) {
                continue; // "I would say ...," Ryder said: the quote's speaker is the source
            }
            String who = Attribution.verbMistakenForNoun(s, r.head()) ? modifiersBefore(text, s, r.head())
                    : resolve(text, s, agent, d);
            if (who == null) {
                continue;
            }
            if (source == null) {
                source = who;
                sourceHead = agent;
                statedOn = dateOf(s, r.head(), published, d);
            } else if (intermediary == null && !who.equalsIgnoreCase(source)) {
                intermediary = who;
                if (statedOn == null) {
                    statedOn = dateOf(s, r.head(), published, d);
                }
            }
        }
        if (source == null) {
            // '"... several hundred casualties ...," Ryder said.': a speaker after the figure, wherever
            // the parser hung the verb, speaks for the quote
            for (int v = q.last() + 1; v < s.size() && source == null; v++) {
                String kind = s.isVerb(v) ? lx.reportingVerbs.get(s.lemma(v)) : null;
                if (kind == null || !kind.equals("say") || !s.children(v, "ccomp").isEmpty()) {
                    continue;
                }
                AnnotatedArticle.Edge up = s.parent(v);
                if (inRelativeClause(s, v) || up != null && Set.of("aux", "mark", "case", "cop", "det").contains(up.rel())) {
                    continue; // "the $600 million its backers say it needs" describes a noun; it reports nothing
                }
                int agent = attribution.sourceToken(s, attribution.agentOfVerb(s, v, kind));
                if (agent > q.last() && !FIRST_PERSON.contains(s.word(agent))) {
                    source = resolve(text, s, agent, d);
                    sourceHead = agent;
                    statedOn = dateOf(s, v, published, d);
                }
            }
        }
        if (source == null) {
            // "according to X" speaks for the whole sentence, wherever the parser hung it
            for (int t = 0; t < s.size() && source == null; t++) {
                for (AnnotatedArticle.Edge e : s.children(t)) {
                    if (e.rel().endsWith(":according_to") && source == null) {
                        int agent = attribution.sourceToken(s, attribution.agentOfNoun(s, e.dep()));
                        source = agent < 0 ? null : resolve(text, s, agent, d);
                        sourceHead = agent;
                    }
                }
            }
        }
        if (source != null && statedOn == null) {
            // "14 were killed Wednesday, the ministry said": a toll reported with the day it happened
            statedOn = EventDay.of(s, anchor, published);
        }
        if (negatedReporting(s, reporters)) {
            return null;
        }
        String modality = projected(s, anchor, reporters) ? "projected" : "asserted";
        int first = q.first();
        int last = q.last();
        String quantityText = text.substring(s.begin(first), s.end(last));
        String subject = subject(text, s, noun, anchor);
        String sentenceText = text.substring(s.sentence.charBegin(), s.sentence.charEnd());
        String id = ArticleFactory.sha256(docId + "|" + s.sentence.index() + "|" + s.begin(first) + "|" + metric)
                .substring(0, 20);
        if (source == null && (hedgedWithoutAgent(s, reporters) || narratedAction(s, anchor, x, metric))) {
            d.ownVoice.add(id); // "are believed to have been deployed", "the mission has deployed 400"
        }
        return new Claim(id, docId, s.sentence.index(), s.begin(first), s.end(last), sentenceText, quantityText,
                metric, subject, q.low(), q.high(), q.qualifier().code(), source,
                source == null ? null : sourceType(s, sourceHead, source),
                source == null ? null : country(source), intermediary, statedOn, modality, 1);
    }

    /** The noun a figure counts: "100 soldiers", "hundreds of casualties", or -1 when it stands alone. */
    int countedNoun(SentenceView s, Quantity q) {
        int noun = countedNounOrPronoun(s, q);
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

    /**
     * What happened to what the figure counts, and the predicate that says so (the clause the
     * reporters are looked for from). Null when the figure is not a count of people or materiel.
     */
    String[] metric(SentenceView s, Quantity q, int noun) {
        int x = noun >= 0 ? noun : q.head();
        int predicate = predicate(s, x);
        // 0. a part of a counted whole: "144 fatalities, including five children", "13 people, including
        //    four children, were killed", "Among the deceased were three children"
        String[] part = partOfWhole(s, x);
        if (part != null) {
            return part;
        }
        // 1. the counted noun itself: casualties, deaths, the injured
        if (noun >= 0) {
            String m = nounMetric(s, noun);
            if (m != null) {
                return new String[] {m, Integer.toString(predicate)};
            }
        }
        // 1a. "hundreds of wounded", "dozens of dead": the parse makes the adjective the figure's complement
        for (int c : s.children(q.head(), "nmod:of")) {
            String m = lx.adjMetric.get(s.word(c));
            if (m != null && !s.isNoun(c)) {
                return new String[] {m, Integer.toString(predicate)};
            }
        }
        // 1b. "the deaths of 40 people", "the corpses of dozens of soldiers"
        for (AnnotatedArticle.Edge e : s.parents(x)) {
            if (e.rel().equals("nmod:of") && s.isNoun(e.gov())) {
                String m = lx.nounMetric.get(s.lemma(e.gov()));
                if (m != null) {
                    return new String[] {m, Integer.toString(predicate(s, e.gov()))};
                }
            }
        }
        if (noun >= 0) {
            for (int c : s.children(noun, "amod")) {
                String m = lx.adjMetric.get(s.word(c));
                if (m != null && c < noun) {
                    return new String[] {m, Integer.toString(predicate)};
                }
            }
        }
        // 2. the verbs the counted people are arguments of: "were killed", "have been deployed"
        boolean people = noun < 0 || isPeople(s, noun);
        boolean materiel = noun >= 0 && isMateriel(s, noun);
        if (!q.fractionBase()) {
            String[] v = verbMetric(s, x, people, materiel, false);
            // "deployed over ten thousand of its soldiers", "upwards of 400 soldiers had been taken":
            // the parse may hang the clause on the figure's own words instead of the noun
            for (int t = q.first(); v == null && t <= q.last(); t++) {
                if (t != x) {
                    v = verbMetric(s, t, people, materiel, false);
                }
            }
            for (AnnotatedArticle.Edge e : s.parents(q.head())) { // "up to 8,000 more could be killed"
                if (v == null && e.rel().equals("nummod") && !s.isNoun(e.gov())) {
                    v = verbMetric(s, e.gov(), people, materiel, false);
                }
            }
            if ((v == null || v[0].equals(Metric.DEPLOYED) || v[0].equals(Metric.OTHER)) && q.qualifier() == Qualifier.APPROX
                    && q.first() < q.head() && !s.word(q.first()).matches("\\d.*")) {
                String[] passive = passiveAhead(s, q, noun);
                if (passive != null) {
                    v = passive;
                }
            }
            if (v != null && v[0].equals(Metric.CASUALTIES) && participleAfter(s, q, noun) != null) {
                // "suffered 40,000 wounded and 20,000 killed": the participle is the precise metric
                return new String[] {participleAfter(s, q, noun), v[1]};
            }
            if (v != null && !v[0].equals(Metric.OTHER)) {
                return v;
            }
        }
        // 3. a participle right after the figure or its noun, where the parse gives no verb:
        //    "several hundred killed or wounded", "1,780 soldiers killed or wounded"
        String after = participleAfter(s, q, noun);
        if (after != null) {
            return new String[] {after, Integer.toString(predicate)};
        }
        if (!q.fractionBase()) {
            String[] v = verbMetric(s, x, people, materiel, false);
            if (v != null) {
                return v;
            }
        }
        String[] acl = verbMetric(s, x, people, materiel, true);
        if (acl != null) {
            return acl;
        }
        // 4. the subject of the clause the figure completes: "the losses exceeded 200", "the number of
        //    injured is expected to reach nearly 1,000"
        String[] subj = subjectMetric(s, x, people, materiel);
        if (subj != null) {
            return subj;
        }
        return tollBefore(s, q);
    }

    private String[] partOfWhole(SentenceView s, int x) {
        int cur = x;
        AnnotatedArticle.Edge up = s.parent(cur);
        if (up != null && up.rel().startsWith("conj") && up.gov() >= 0) { // "35 children and 58 women"
            cur = up.gov();
            up = s.parent(cur);
        }
        if (up != null && up.gov() >= 0 && (up.rel().endsWith(":including") || up.rel().endsWith(":among"))) {
            int whole = up.gov();
            String m = phraseMetric(s, whole);
            if (m == null && s.isNoun(whole) && isPeople(s, whole)) {
                String[] v = verbMetric(s, whole, true, false, false);
                m = v == null ? participleAfterNoun(s, whole) : v[0];
            }
            return m == null || m.equals(Metric.OTHER) ? null : new String[] {m, Integer.toString(predicate(s, whole))};
        }
        // "Among the deceased were three children": the part is the subject, the whole its predicate
        if (up != null && up.rel().startsWith("nsubj") && up.gov() >= 0 && hasCase(s, up.gov(), "among")) {
            String m = phraseMetric(s, up.gov());
            if (m == null) {
                m = lx.adjMetric.get(s.word(up.gov()).toLowerCase(Locale.ROOT));
            }
            return m == null ? null : new String[] {m, Integer.toString(up.gov())};
        }
        return null;
    }

    private String participleAfterNoun(SentenceView s, int noun) {
        for (AnnotatedArticle.Edge e : s.children(noun)) {
            if (e.rel().startsWith("acl") || e.rel().equals("amod")) {
                String m = lx.adjMetric.get(s.word(e.dep()).toLowerCase(Locale.ROOT));
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
     * "the overall death toll since the war began on October 7, 2023, had risen to close to 45,300":
     * when the parse loses the subject of a figure's verb of change, the nearest toll or metric noun
     * before that verb is what rose.
     */
    private String[] tollBefore(SentenceView s, Quantity q) {
        AnnotatedArticle.Edge up = s.parent(q.head());
        if (up == null || up.gov() < 0 || !s.isVerb(up.gov()) || !lx.restatingVerbs.contains(s.lemma(up.gov()))
                && !CHANGE_VERBS.contains(s.lemma(up.gov()))) {
            return null;
        }
        for (int k = up.gov() - 1; k >= 0 && k >= up.gov() - 25; k--) {
            if (s.isNoun(k) && (COUNTING_NOUNS.contains(s.lemma(k)) || lx.nounMetric.containsKey(s.lemma(k)))
                    || lx.adjMetric.containsKey(s.word(k)) && k > 0 && s.word(k - 1).equals("the")) {
                String m = phraseMetric(s, k);
                if (m == null && COUNTING_NOUNS.contains(s.lemma(k))) {
                    for (int of : s.children(k, "nmod")) { // "the number of Chinese military aircraft ... was approaching 50"
                        if (isPeople(s, of) || isMateriel(s, of)) {
                            m = Metric.OTHER;
                        }
                    }
                }
                return m == null ? null : new String[] {m, Integer.toString(up.gov())};
            }
        }
        return null;
    }

    private String nounMetric(SentenceView s, int noun) {
        String lemma = s.lemma(noun);
        String m = lx.nounMetric.get(lemma);
        if (m == null && s.isNoun(noun)) {
            m = lx.nounMetric.get(s.word(noun));
        }
        if (m != null && Metric.CASUALTIES.equals(m)) {
            for (AnnotatedArticle.Edge e : s.children(noun)) { // "tank losses" count materiel
                if ((e.rel().equals("compound") || e.rel().equals("amod")) && isMateriel(s, e.dep())) {
                    return Metric.OTHER;
                }
            }
        }
        if (m != null && !lemma.equals("toll")) {
            return m;
        }
        if (COUNTING_NOUNS.contains(lemma)) {
            for (AnnotatedArticle.Edge e : s.children(noun)) {
                if (e.rel().equals("compound") || e.rel().equals("nmod:of") || e.rel().equals("amod")) {
                    String c = lx.nounMetric.get(s.lemma(e.dep()));
                    if (c == null) {
                        c = lx.adjMetric.get(s.word(e.dep()));
                    }
                    for (int k = 0; c == null && k < s.children(e.dep()).size(); k++) {
                        AnnotatedArticle.Edge a = s.children(e.dep()).get(k); // "the number of people killed"
                        if (a.rel().startsWith("acl")) {
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

    /**
     * "A third of the 12,000 troops North Korea sent to fight have been killed or wounded": a share's
     * verb can be far from it, past a relative clause the parser misreads. The first passive metric
     * verb ahead, whose subject is not another figure, is taken.
     */
    private String[] passiveAhead(SentenceView s, Quantity q, int noun) {
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
                return new String[] {m, Integer.toString(k)};
            }
        }
        return null;
    }

    /** A subject's metric: its noun, or an adjective used as one ("the injured", "the dead"). */
    private String phraseMetric(SentenceView s, int t) {
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

    private String[] verbMetric(SentenceView s, int x, boolean people, boolean materiel, boolean aclOnly) {
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
            if (!s.isVerb(v) && !s.pos(v).startsWith("JJ")) {
                continue;
            }
            String m = verbCue(s, v, people, materiel);
            for (AnnotatedArticle.Edge e : s.children(v)) {
                // "were killed or wounded" shares one subject; "killed and another 1,000 wounded" does not
                if (e.rel().startsWith("conj") && !hasOwnSubject(s, e.dep(), x)) {
                    m = Metric.combine(m, verbCue(s, e.dep(), people, materiel));
                }
            }
            for (AnnotatedArticle.Edge e : s.parents(v)) {
                if (e.rel().startsWith("conj") && !hasOwnSubject(s, e.gov(), x)) {
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
        return best == null ? null : new String[] {best, Integer.toString(bestVerb)};
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
        if (m == null) {
            for (AnnotatedArticle.Edge e : s.children(v)) { // "taken prisoner", "held hostage"
                if ((e.rel().equals("obj") || e.rel().equals("xcomp")) && Metric.CAPTURED.equals(lx.nounMetric.get(s.lemma(e.dep())))) {
                    return Metric.CAPTURED;
                }
            }
        }
        if (m != null) {
            if (m.equals(Metric.DEPLOYED)) {
                return people ? m : materiel ? Metric.OTHER : null;
            }
            if (lemma.equals("lose") || lemma.equals("suffer")) {
                return people ? m : null;
            }
            return m;
        }
        if ((people || materiel) && lx.otherVerbs.contains(lemma)) {
            return Metric.OTHER;
        }
        return null;
    }

    private String[] subjectMetric(SentenceView s, int x, boolean people, boolean materiel) {
        List<Integer> heads = new ArrayList<>();
        heads.add(x);
        for (AnnotatedArticle.Edge e : s.parents(x)) {
            String base = e.rel().split(":")[0];
            if (Set.of("obj", "obl", "xcomp", "nmod").contains(base)) {
                heads.add(e.gov());
                if (lx.restatingVerbs.contains(s.lemma(e.gov()))) {
                    String m = restated(s, e.gov());
                    if (m != null) {
                        return new String[] {m, Integer.toString(e.gov())};
                    }
                }
                // "amounting to several dozen" hangs off the noun it describes
                AnnotatedArticle.Edge up = s.parent(e.gov());
                if (up != null && (up.rel().startsWith("acl") || up.rel().startsWith("advcl")) && s.isNoun(up.gov())) {
                    String m = nounMetric(s, up.gov());
                    if (m != null) {
                        return new String[] {m, Integer.toString(e.gov())};
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
                if (m != null) {
                    return new String[] {m, Integer.toString(h)};
                }
                if (COUNTING_NOUNS.contains(s.lemma(subj))) {
                    for (int of : s.children(subj, "nmod")) {
                        if (isPeople(s, of) || isMateriel(s, of)) {
                            return new String[] {Metric.OTHER, Integer.toString(h)};
                        }
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

    /** A count of people: "soldiers", "North Koreans", or "navy and coast guard crews" through the conjunct. */
    private boolean isPeople(SentenceView s, int noun) {
        if (lx.peopleNouns.contains(s.lemma(noun)) || lx.peopleNouns.contains(s.word(noun))
                || s.ner(noun).equals("MISC") && s.pos(noun).startsWith("NNP") && s.word(noun).endsWith("s")) {
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
    private boolean isMateriel(SentenceView s, int noun) {
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
    private boolean isSourcePhrase(SentenceView s, int x) {
        for (AnnotatedArticle.Edge e : s.parents(x)) {
            String k = lx.reportingVerbs.get(s.lemma(e.gov()));
            if (k != null && e.rel().startsWith("nsubj") && !e.rel().contains("pass") && s.isVerb(e.gov())) {
                return true;
            }
            if (e.rel().endsWith(":according_to")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- negation, modality, subject

    /** A "not", "never" or "no" on the token, other than the figure's own words ("no fewer than 80"). */
    private boolean negated(SentenceView s, int i, Quantity q) {
        if (i < 0) {
            return false;
        }
        for (AnnotatedArticle.Edge e : s.children(i)) {
            boolean own = q != null && e.dep() >= q.first() && e.dep() <= q.last();
            if (!own && (e.rel().equals("advmod") || e.rel().equals("neg") || e.rel().equals("det"))
                    && NEGATIONS.contains(s.word(e.dep()))) {
                return true;
            }
        }
        return false;
    }

    private boolean negatedReporting(SentenceView s, List<Attribution.Reporter> reporters) {
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
                return Set.of("predict", "forecast", "anticipate", "expect", "project").contains(lemma)
                        && lx.projectionCues.contains(lemma);
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

    /** Whose people: the counted noun with its adjectives ("North Korean troops"), or the sufferer. */
    private String subject(String text, SentenceView s, int noun, int anchor) {
        if (noun >= 0 && (isPeople(s, noun) || isMateriel(s, noun))) {
            int[] r = PhraseSpan.range(s, noun, false);
            return trimNumbers(text, s, r, noun);
        }
        if (noun >= 0) {
            for (AnnotatedArticle.Edge e : s.children(noun)) {
                if ((e.rel().equals("nmod:among") || e.rel().equals("nmod:of")) && isPeople(s, e.dep())) {
                    return trimNumbers(text, s, PhraseSpan.range(s, e.dep(), false), e.dep());
                }
            }
        }
        if (anchor >= 0 && s.isVerb(anchor)) {
            for (AnnotatedArticle.Edge e : s.children(anchor)) {
                if (e.rel().equals("nsubj") && isPeople(s, e.dep())) {
                    return trimNumbers(text, s, PhraseSpan.range(s, e.dep(), false), e.dep());
                }
            }
        }
        return null;
    }

    /** A subject phrase without the figure itself: "North Korean troops", not "10,000 North Korean troops". */
    private String trimNumbers(String text, SentenceView s, int[] r, int head) {
        int first = r[0];
        while (first < head && (s.pos(first).equals("CD") || s.pos(first).equals("IN") || s.pos(first).equals("RB")
                || s.pos(first).equals("JJS") || s.word(first).equals("several") || s.word(first).equals("another"))) {
            first++;
        }
        return text.substring(s.begin(first), s.end(r[1]));
    }

    // ---------------------------------------------------------------- sources

    /** The source an agent token names, pronouns and bare descriptions resolved to an earlier mention. */
    private String resolve(String text, SentenceView s, int agent, Discourse d) {
        String w = s.word(agent);
        if (PERSON_PRONOUNS.contains(w) || OTHER_PRONOUNS.contains(w)) {
            boolean person = PERSON_PRONOUNS.contains(w);
            // "it", "we", "our": an organisation that has spoken before is likelier than one only named
            // "we", "our" in a quote: the speaker's organisation, if it has spoken; else the quote's speaker decides
            boolean weOnlySpeakers = Set.of("we", "our", "us").contains(w);
            for (boolean speakersOnly : weOnlySpeakers ? new boolean[] {true} : new boolean[] {!person, false}) {
                for (int i = d.mentions.size() - 1; i >= 0; i--) {
                    Mention m = d.mentions.get(i);
                    if (m.sentence() == s.sentence.index() && m.token() >= agent || speakersOnly && !m.speaker()) {
                        continue;
                    }
                    if (m.person() == person) {
                        return m.text();
                    }
                }
            }
            return null;
        }
        int[] r = PhraseSpan.range(s, agent, true);
        String phrase = PhraseSpan.text(text, s, r);
        // "the official", "the spokesman": a description with no name points back to who it describes
        boolean bare = r[0] == r[1] && agent > 0 && s.word(agent - 1).equals("the") && !s.isProperNoun(agent);
        if (bare) {
            String head = s.lemma(agent);
            for (int i = d.mentions.size() - 1; i >= 0; i--) {
                Mention m = d.mentions.get(i);
                if (m.key().contains(head) && !m.text().equalsIgnoreCase(phrase)) {
                    return m.text();
                }
            }
            // "the newspaper", "the ministry": the last source of that kind named before
            String type = typeOfPhrase(phrase);
            if (type != null && !type.equals("person")) {
                for (int i = d.mentions.size() - 1; i >= 0; i--) {
                    Mention m = d.mentions.get(i);
                    if (m.sentence() < s.sentence.index() && type.equals(typeOfPhrase(m.text()))
                            && !m.text().equalsIgnoreCase(phrase)) {
                        return m.text();
                    }
                }
            }
            if (lx.descriptionNouns.contains(head)) { // "the group said": the last organisation named
                for (int i = d.mentions.size() - 1; i >= 0; i--) {
                    Mention m = d.mentions.get(i);
                    if (!m.person() && m.sentence() <= s.sentence.index() && !m.text().equalsIgnoreCase(phrase)
                            && !(m.sentence() == s.sentence.index() && m.token() >= agent)) {
                        return m.text();
                    }
                }
            }
            if (PERSON_ROLES.contains(head)) { // "the spokesman added": the person last named
                for (int i = d.mentions.size() - 1; i >= 0; i--) {
                    if (d.mentions.get(i).person()) {
                        return d.mentions.get(i).text();
                    }
                }
            }
        }
        return phrase;
    }

    private static boolean inRelativeClause(SentenceView s, int v) {
        int cur = v;
        for (int steps = 0; steps < 8 && cur >= 0; steps++) {
            AnnotatedArticle.Edge p = s.parent(cur);
            if (p == null) {
                return false;
            }
            if (p.rel().startsWith("acl")) {
                return true;
            }
            cur = p.gov();
        }
        return false;
    }

    /** "South Korean intelligence reports that": the words before a reporting word taken for a noun. */
    private static String modifiersBefore(String text, SentenceView s, int head) {
        int first = head;
        for (AnnotatedArticle.Edge e : s.children(head)) {
            String rel = e.rel();
            if (e.dep() < head && !s.pos(e.dep()).startsWith("PRP")
                    && (rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod:poss"))) {
                first = Math.min(first, PhraseSpan.range(s, e.dep(), false)[0]);
            }
        }
        return first == head ? null : text.substring(s.begin(first), s.end(head - 1));
    }

    private String sourceType(SentenceView s, int head, String source) {
        if (head >= 0 && s.ner(head).equals("PERSON")) {
            return "person";
        }
        String lower = " " + source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.' ]", " ") + " ";
        if (head >= 0 && Set.of("official", "source", "officer", "diplomat").contains(s.lemma(head))
                && !lower.matches(".*\\b[a-z]+ [A-Z].*")) {
            return "unnamed official";
        }
        for (String type : List.of("intelligence", "military", "media", "government", "unnamed official")) {
            for (ExtractionLexicon.Phrase<String> p : lx.sourceTypes) {
                if (p.value().equals(type) && lower.contains(" " + String.join(" ", p.tokens()) + " ")) {
                    return type;
                }
            }
        }
        return head >= 0 && s.ner(head).equals("ORGANIZATION") ? "other" : "other";
    }

    /**
     * The type a bare phrase names from the lexicon alone (no parse): media, intelligence, military,
     * government, unnamed official; a phrase with a capitalized name and none of these is a person.
     */
    public String typeOfPhrase(String phrase) {
        String lower = " " + phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.' ]", " ") + " ";
        int names = 0;
        for (String w : phrase.split("\\s+")) {
            String bare = w.replaceAll("[^A-Za-z-]", "");
            if (bare.length() > 1 && Character.isUpperCase(bare.charAt(0)) && !bare.equals(bare.toUpperCase(Locale.ROOT))
                    && !lx.countryWords.contains(bare.toLowerCase(Locale.ROOT))) {
                names++;
            }
        }
        for (String type : List.of("media", "intelligence", "military", "government", "unnamed official")) {
            for (ExtractionLexicon.Phrase<String> p : lx.sourceTypes) {
                // "lawmaker Lee Seong-kweun" is a person with a title, not a government body
                if (p.value().equals(type) && lower.contains(" " + String.join(" ", p.tokens()) + " ")
                        && !(type.equals("government") && names >= 2)) {
                    return type;
                }
            }
        }
        return names >= 1 ? "person" : null;
    }

    /** A phrase without the words that name a country ("lebanese health ministry" → "health ministry"). */
    public String withoutCountry(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.toLowerCase(Locale.ROOT).replace("'s", "").split("\\s+")) {
            if (!lx.countryWords.contains(w) && !w.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    /** The country a phrase names (leftmost cue of {@code countries.tsv}), or null. */
    public String countryOf(String phrase) {
        return country(phrase);
    }

    String country(String phrase) {
        String lower = " " + phrase.toLowerCase(Locale.ROOT).replaceAll("[’]", "'").replaceAll("[^a-z0-9.' ]", " ") + " ";
        int best = Integer.MAX_VALUE;
        String code = null;
        for (ExtractionLexicon.Phrase<String> p : lx.countries) {
            String needle = " " + String.join(" ", p.tokens());
            for (String end : new String[] {" ", "'s "}) {
                int at = lower.indexOf(needle + end);
                if (at >= 0 && at < best) {
                    best = at;
                    code = p.value();
                }
            }
        }
        return code;
    }

    // ---------------------------------------------------------------- dates

    /** The statement date on a reporting expression: its temporal modifiers, or "the same day". */
    private LocalDate dateOf(SentenceView s, int reporter, LocalDate published, Discourse d) {
        for (AnnotatedArticle.Edge e : s.children(reporter)) {
            String rel = e.rel();
            if (rel.startsWith("ccomp") || rel.startsWith("nsubj") || rel.startsWith("xcomp") || rel.startsWith("parataxis")
                    || rel.startsWith("advcl") || rel.startsWith("obj") || rel.equals("conj")) {
                continue;
            }
            LocalDate date = dateIn(s, e.dep(), published, d, 2);
            if (date != null) {
                return date;
            }
        }
        // "A U.S. defense official, who spoke ... on Tuesday, was quoted as saying": the speaker's own clause
        int agent = attribution.agentOfVerb(s, reporter, lx.reportingVerbs.getOrDefault(s.lemma(reporter), "say"));
        if (agent >= 0) {
            for (AnnotatedArticle.Edge e : s.children(agent)) {
                if (e.rel().startsWith("acl") && SPEECH_VERBS.contains(s.lemma(e.dep()))) {
                    for (AnnotatedArticle.Edge t : s.children(e.dep())) {
                        LocalDate date = t.rel().startsWith("obl") || t.rel().startsWith("nmod") ? dateIn(s, t.dep(), published, d, 1) : null;
                        if (date != null) {
                            return date;
                        }
                    }
                }
            }
        }
        // "was quoted as saying by news reports Tuesday": the quoting verb above the saying verb
        AnnotatedArticle.Edge up = s.parent(reporter);
        if (up != null && up.gov() >= 0 && "quote".equals(lx.reportingVerbs.get(s.lemma(up.gov())))) {
            return dateOf(s, up.gov(), published, d);
        }
        return null;
    }

    private LocalDate dateIn(SentenceView s, int t, LocalDate published, Discourse d, int depth) {
        if (s.ner(t).equals("DATE")) {
            LocalDate date = parseDate(s.norm(t));
            if (date != null) {
                return plausible(date, s.word(t), published);
            }
        }
        for (List<String> phrase : lx.anaphoricDates) {
            if (phrase.get(phrase.size() - 1).equals(s.word(t)) && endsWith(s, t, phrase) && d.lastDate != null) {
                return d.lastDate;
            }
        }
        if (depth > 0) {
            for (AnnotatedArticle.Edge e : s.children(t)) {
                LocalDate date = dateIn(s, e.dep(), published, d, depth - 1);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static boolean endsWith(SentenceView s, int t, List<String> phrase) {
        int start = t - phrase.size() + 1;
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!s.word(start + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate parseDate(String norm) {
        if (norm == null || !norm.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        try {
            return LocalDate.parse(norm.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A weekday resolved into the future meant last week's; other future dates are not believed. */
    private static LocalDate plausible(LocalDate date, String word, LocalDate published) {
        if (published == null || !date.isAfter(published)) {
            return date;
        }
        if (word.matches("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day")) {
            return date.minusDays(7);
        }
        return null;
    }

    // ---------------------------------------------------------------- discourse

    private void recordNames(String text, SentenceView s, Discourse d) {
        int i = 0;
        while (i < s.size()) {
            String ner = s.ner(i);
            if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
                int j = i;
                while (j + 1 < s.size() && s.ner(j + 1).equals(ner)) {
                    j++;
                }
                String name = text.substring(s.begin(i), s.end(j));
                boolean known = false;
                for (Mention m : d.mentions) {
                    known |= m.sentence() == s.sentence.index() && m.text().contains(name);
                }
                if (!known) { // a speaker's fuller phrase ("lawmaker Lee Seong-kweun") is kept instead
                    d.mentions.add(new Mention(s.sentence.index(), i, name, ner.equals("PERSON"), key(name), false));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    /** Reporting events of a sentence (with or without figures): sources for later pronouns, and dates. */
    private void recordStatements(String text, LocalDate published, SentenceView s, Discourse d) {
        for (int v = 0; v < s.size(); v++) {
            String kind = s.isVerb(v) ? lx.reportingVerbs.get(s.lemma(v)) : null;
            if (kind == null || kind.equals("deny")) {
                continue;
            }
            int agent = attribution.sourceToken(s, attribution.agentOfVerb(s, v, kind));
            if (agent >= 0 && FIRST_PERSON.contains(s.word(agent))) {
                continue;
            }
            LocalDate date = dateOf(s, v, published, d);
            if (date != null) {
                d.lastDate = date;
            }
            if (agent < 0) {
                continue;
            }
            String who = resolve(text, s, agent, d);
            if (who == null) {
                continue;
            }
            d.statements.add(new Statement(who, date));
            d.speakers.add(new AttributionCarryOver.Statement(s.sentence.index(), who, null, date, typeOfPhrase(who),
                    country(who), reportsEarlierFigures(s, v), closesQuote(text, s, v)));
            boolean person = s.ner(agent).equals("PERSON") || PERSON_PRONOUNS.contains(s.word(agent));
            d.mentions.add(new Mention(s.sentence.index(), agent, who, person, key(who), true));
        }
    }

    /** "Around 10,000 troops are believed to have been deployed": a reporting verb that names no one. */
    private boolean hedgedWithoutAgent(SentenceView s, List<Attribution.Reporter> reporters) {
        for (Attribution.Reporter r : reporters) {
            if (r.agent() < 0 && lx.hedgingVerbs.contains(s.lemma(r.head()))) {
                return true;
            }
        }
        return false;
    }

    /** "The mission has deployed 400 police officers": an actor's deed, told by the article itself. */
    private boolean narratedAction(SentenceView s, int anchor, int counted, String metric) {
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

    /** "TASS reported the initial figures", "MDA confirmed the casualties": the figures were given before. */
    private boolean reportsEarlierFigures(SentenceView s, int verb) {
        for (int o : s.children(verb, "obj")) {
            boolean definite = false;
            for (AnnotatedArticle.Edge e : s.children(o)) {
                definite |= e.rel().equals("det") && lx.anaphoricDeterminers.contains(s.word(e.dep()).toLowerCase(Locale.ROOT));
            }
            String lemma = s.lemma(o);
            if (definite && (lx.nonSourceNouns.contains(lemma) || lx.nounMetric.containsKey(lemma))) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb after the closing quote of a quote that began in an earlier sentence. */
    private static boolean closesQuote(String text, SentenceView s, int verb) {
        String before = text.substring(s.sentence.charBegin(), s.begin(verb));
        int close = Math.max(before.lastIndexOf('\u201d'), before.lastIndexOf('"'));
        return close >= 0 && !AttributionCarryOver.opensQuote(before.substring(0, close));
    }

    private static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- one claim per statement

    /**
     * Same figure, same source: one claim, its mentions counted, the best-evidenced mention kept (a
     * source, then a date, then the first). An undated claim takes the date of another statement by
     * the same speaker in the article; an unattributed repeat of an attributed figure joins it.
     */
    private List<Claim> consolidate(List<Claim> claims, Discourse d) {
        List<Claim> dated = new ArrayList<>();
        for (Claim c : claims) {
            if (c.statedOn() == null && c.source() != null) {
                LocalDate inherited = sameSpeakerDate(c, d);
                dated.add(inherited == null ? c : c.withStatedOn(inherited));
            } else {
                dated.add(c);
            }
        }
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : dated) {
            groups.computeIfAbsent(figureKey(c), k -> new ArrayList<>()).add(c);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Claim> group : groups.values()) {
            List<List<Claim>> bySpeaker = new ArrayList<>();
            List<Claim> unattributed = new ArrayList<>();
            for (Claim c : group) {
                if (c.source() == null) {
                    unattributed.add(c);
                    continue;
                }
                List<Claim> home = null;
                for (List<Claim> b : bySpeaker) {
                    if (sameSpeaker(b.get(0), c)) {
                        home = b;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    bySpeaker.add(home);
                }
                home.add(c);
            }
            if (bySpeaker.size() == 1) {
                bySpeaker.get(0).addAll(unattributed);
            } else if (!unattributed.isEmpty()) {
                bySpeaker.add(unattributed);
            }
            for (List<Claim> b : bySpeaker) {
                out.add(best(b).withMentions(b.size()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.charBegin(), b.charBegin()));
        return out;
    }

    private static String figureKey(Claim c) {
        return c.metric() + "|" + c.valueLow() + "|" + c.valueHigh();
    }

    private static Claim best(List<Claim> mentions) {
        Claim best = mentions.get(0);
        for (Claim c : mentions) {
            if (score(c) > score(best)) {
                best = c;
            }
        }
        return best;
    }

    private static int score(Claim c) {
        return (c.source() != null ? 4 : 0) + (c.statedOn() != null ? 2 : 0) + (c.intermediary() != null ? 1 : 0);
    }

    private LocalDate sameSpeakerDate(Claim c, Discourse d) {
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        for (Statement st : d.statements) {
            if (st.date() != null && (speakersMatch(st.source(), c.source())
                    || c.intermediary() != null && speakersMatch(st.source(), c.intermediary()))) {
                return st.date();
            }
            if (st.date() != null) {
                days.add(st.date());
            }
        }
        // an article whose statements all name one day tells one day's news: its other statements
        // were made that day too
        return days.size() == 1 ? days.iterator().next() : null;
    }

    private boolean sameSpeaker(Claim a, Claim b) {
        return speakersMatch(a.source(), b.source())
                || a.intermediary() != null && speakersMatch(a.intermediary(), b.source())
                || b.intermediary() != null && speakersMatch(a.source(), b.intermediary());
    }

    /**
     * Two source phrases name the same speaker when one contains the other, or they share a name or
     * a role word that is not just a country ("a South Korean lawmaker" ~ "lawmaker Lee Seong-kweun").
     */
    boolean speakersMatch(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        for (String w : x.split("[^a-z0-9'-]+")) {
            if (w.length() > 2 && !GENERIC.contains(w) && !lx.countryWords.contains(w) && (" " + y + " ").matches(".*[^a-z0-9'-]" + java.util.regex.Pattern.quote(w) + "[^a-z0-9'-].*")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GENERIC = Set.of("the", "and", "official", "officials", "senior", "military",
            "spokesman", "spokesperson", "spokeswoman", "ministry", "agency", "department", "intelligence", "service",
            "national", "defense", "defence", "state", "security", "government", "source", "sources", "minister",
            "foreign", "office", "armed", "forces", "army", "general", "council", "head", "chief", "for", "its",
            "u.s.", "news", "reports", "report", "media", "unnamed", "deputy", "president", "his", "her", "their");
}
