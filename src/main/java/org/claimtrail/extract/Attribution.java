package org.claimtrail.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Finds the reporting expressions that govern a figure's clause, innermost first: reporting verbs
 * above it ("X said that ..."), beside it ("..., he said"; "as reported by X"), "according to X",
 * relays ("citing X") and reporting nouns ("estimates by X"). The innermost one's agent is the
 * source; the next one's agent is the intermediary.
 */
final class Attribution implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** A reporting expression: its head token, kind (say, quote, cite, deny, according), and agent token or -1. */
    record Reporter(int head, String kind, int agent) {
    }

    private static final Set<String> SIDE_RELS = Set.of("advcl", "parataxis", "conj", "dep");

    private final ExtractionLexicon lx;
    private final SpeakerTokens speakers;
    private final MistaggedReporters mistagged;

    Attribution(ExtractionLexicon lx) {
        this.lx = lx;
        this.speakers = new SpeakerTokens(lx);
        this.mistagged = new MistaggedReporters(lx);
    }

    /** The clause chain from the anchor up to the root: where reporters are looked for. */
    static List<Integer> chain(SentenceView s, int anchor) {
        List<Integer> chain = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int cur = anchor;
        while (cur >= 0 && seen.add(cur) && chain.size() < 12) {
            chain.add(cur);
            AnnotatedArticle.Edge p = s.parent(cur);
            if (p != null && (p.rel().equals("acl:relcl") || p.rel().equals("acl") && hasRelativeSubject(s, cur))) {
                break; // "an official who cited ...": the clause around that noun does not report the figure
            }
            cur = p == null ? -1 : p.gov();
        }
        return chain;
    }

    List<Reporter> reporters(SentenceView s, int anchor) {
        return reporters(s, anchor, -1, -1);
    }

    /**
     * @param skipFrom first token of the figure's own words ("an estimated 250,000": "estimated" is
     *                 a qualifier there, not a reporting verb), or -1
     */
    List<Reporter> reporters(SentenceView s, int anchor, int skipFrom, int skipTo) {
        List<Reporter> out = new ArrayList<>();
        Set<Integer> heads = new HashSet<>();
        for (int t = skipFrom; t >= 0 && t <= skipTo; t++) {
            heads.add(t);
        }
        List<Integer> chain = withinContrast(s, chain(s, anchor));
        for (int node : chain) {
            // "according to X" and relays attached to this clause come before the clause's own verb
            for (AnnotatedArticle.Edge e : s.children(node)) {
                if ((e.rel().endsWith(":according_to") || e.rel().equals("obl:per")) && !belongsToLaterClause(s, chain, anchor, e.dep())) {
                    addIfNew(out, heads, new Reporter(e.dep(), "according", speakers.agentOfNoun(s, e.dep())));
                }
                documentWithAuthor(s, e, out, heads);
                if (e.rel().startsWith("acl") && s.pos(e.dep()).equals("VBN")) {
                    for (AnnotatedArticle.Edge a : s.children(e.dep())) {
                        documentWithAuthor(s, a, out, heads);
                    }
                }
            }
            for (AnnotatedArticle.Edge e : s.children(node)) {
                int c = e.dep();
                String kind = lx.reportingVerbs.get(s.lemma(c));
                if (kind != null && kind.equals("cite") && s.isVerb(c) && !chain.contains(c)) {
                    addIfNew(out, heads, new Reporter(c, "cite", firstChild(s, c, "obj")));
                }
            }
            int joined = mistagged.reportJoinedToNames(s, node, chain); // "Fox News and the New York Times report ... that"
            if (joined >= 0) {
                addIfNew(out, heads, new Reporter(joined, "say", node));
            }
            String kind = reportingVerbAt(s, node) ? lx.reportingVerbs.get(s.lemma(node)) : null;
            if (kind != null) {
                // "an official who cited several hundred casualties": citing a figure reports it
                String k = kind.equals("cite") && chain.indexOf(node) <= 1 ? "say" : kind;
                addWithRelays(s, out, heads, chain, new Reporter(node, k, agentOfVerb(s, node, k)));
            }
            // "Maui County released an updated list of 385 people": a document put out, the figure in
            // it; not when a statement nearer the figure speaks for it
            if (kind == null && out.isEmpty() && publishesThrough(s, node, chain)) {
                addWithRelays(s, out, heads, chain, new Reporter(node, "say", agentOfVerb(s, node, "say")));
            }
            if (!s.isVerb(node) && lx.reportingNouns.contains(s.lemma(node)) && node != anchor) {
                int agent = speakers.agentOfNoun(s, node);
                if (agent != node) {
                    addIfNew(out, heads, new Reporter(node, "say", agent));
                }
            }
            // "British intelligence estimates Russia has suffered ...": a reporting verb tagged as a
            // noun becomes a second subject of the reported clause
            for (AnnotatedArticle.Edge e : s.children(node)) {
                if (e.rel().equals("nsubj") && mistagged.subjectMistakenForVerb(s, node, e.dep())) {
                    addIfNew(out, heads, new Reporter(e.dep(), "say", MistaggedReporters.modifierHead(s, e.dep())));
                }
            }
            sideReporters(s, node, chain, out, heads);
            // "X happened, and Y happened, a group said": the reporter may hang off the second clause
            for (AnnotatedArticle.Edge e : s.children(node)) {
                if (e.rel().startsWith("conj") && s.isVerb(e.dep()) && !chain.contains(e.dep())) {
                    sideReporters(s, e.dep(), chain, out, heads);
                }
            }
        }
        return out;
    }

    /**
     * "Türkiye reported 1,500 deaths while Syria had recovered 900 bodies": a contrasting clause with
     * its own subject, hung on a reporting verb, is another party's statement; that verb's reporter
     * does not speak for it. ("X said 11 were killed while 78 were injured": the clause hangs on
     * "killed", inside what X said.)
     */
    private List<Integer> withinContrast(SentenceView s, List<Integer> chain) {
        for (int i = 0; i < chain.size() - 1; i++) {
            AnnotatedArticle.Edge up = s.parent(chain.get(i));
            String rel = up == null ? "" : up.rel();
            if (rel.startsWith("advcl:") && lx.contrastMarkers.contains(rel.substring(rel.indexOf(':') + 1))
                    && !s.children(chain.get(i), "nsubj").isEmpty() && s.isVerb(up.gov())
                    && lx.reportingVerbs.containsKey(s.lemma(up.gov()))) {
                return chain.subList(0, i + 1);
            }
        }
        return chain;
    }

    /** "killed, according to a tally from X", "the deaths listed in a report by X": a document with its author. */
    private void documentWithAuthor(SentenceView s, AnnotatedArticle.Edge e, List<Reporter> out, Set<Integer> heads) {
        if (e.rel().equals("obl:in") && lx.reportingNouns.contains(s.lemma(e.dep())) && speakers.sourceToken(s, e.dep()) >= 0
                && authored(s, e.dep())) {
            addIfNew(out, heads, new Reporter(e.dep(), "according", e.dep()));
        }
    }

    /** "in a report by X", "in the ministry's statement": a document with a named author, not "in a Tuesday news briefing". */
    private static boolean authored(SentenceView s, int document) {
        for (AnnotatedArticle.Edge e : s.children(document)) {
            String rel = e.rel();
            boolean modifier = rel.equals("compound") || rel.startsWith("nmod") || rel.equals("amod");
            if (modifier && !Set.of("DATE", "TIME", "DURATION", "O").contains(s.ner(e.dep()))
                    || modifier && s.ner(e.dep()).equals("O") && s.isNoun(e.dep()) && !rel.equals("compound")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X say 300 were killed, while 50 died in Y, according to Z": a trailing "according to" speaks
     * for the clause right before it, not for a figure with another clause between them.
     */
    private static boolean belongsToLaterClause(SentenceView s, List<Integer> chain, int anchor, int according) {
        if (according < anchor) {
            return false;
        }
        for (int node : chain) {
            for (AnnotatedArticle.Edge e : s.children(node)) {
                String rel = e.rel().split(":")[0];
                // "N were killed and M were injured, according to Z": clauses joined by "and", the
                // attribution hung on the first of them, are one statement, which it covers whole (not
                // "X did A and expects B, its commander told ..., according to Z": Z relays the telling)
                boolean sameStatement = e.rel().equals("conj:and") && s.isVerb(e.dep())
                        && s.parent(according) != null && s.parent(according).gov() == node;
                if ((rel.equals("advcl") || rel.equals("conj") && !sameStatement || rel.equals("parataxis")) && !chain.contains(e.dep())
                        && e.dep() > anchor && e.dep() < according
                        && !(s.children(e.dep(), "nsubj").isEmpty() && s.children(e.dep(), "nsubj:pass").isEmpty())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "(MENAFN) Iran's Health Ministry revealed ...": a wire credit in brackets at the start of a
     * sentence, parsed as the subject, hangs the real subject off itself.
     */
    private static int afterWireCredit(SentenceView s, int subj) {
        if (subj < 1 || subj + 1 >= s.size() || !s.word(subj - 1).equals("(") || !s.word(subj + 1).equals(")")) {
            return subj;
        }
        for (AnnotatedArticle.Edge e : s.children(subj)) {
            if ((e.rel().equals("dep") || e.rel().equals("appos")) && e.dep() > subj + 1 && s.isNoun(e.dep())) {
                return e.dep();
            }
        }
        return subj;
    }

    private static boolean hasRelativeSubject(SentenceView s, int verb) {
        for (int c : s.children(verb, "nsubj")) {
            if (s.pos(c).startsWith("W")) {
                return true;
            }
        }
        return false;
    }

    private void sideReporters(SentenceView s, int node, List<Integer> chain, List<Reporter> out, Set<Integer> heads) {
        for (AnnotatedArticle.Edge e : s.children(node)) {
            int c = e.dep();
            String k = lx.reportingVerbs.get(s.lemma(c));
            String rel = e.rel().split(":")[0];
            // "..., one of the sources said" misparsed as the content verb's complement: a reporting
            // verb after the content, with a subject of its own, is the attribution
            boolean trailing = rel.equals("ccomp") && c > node && firstChild(s, c, "nsubj") >= 0
                    && firstChild(s, c, "ccomp") < 0;
            // "..., while a rights group put the number at 1,000": a contrasting source, not this one's
            boolean contrast = rel.equals("advcl") && e.rel().contains(":")
                    && lx.contrastMarkers.contains(e.rel().substring(e.rel().indexOf(':') + 1));
            if (k != null && !k.equals("cite") && s.isVerb(c) && (SIDE_RELS.contains(rel) || trailing)
                    && !chain.contains(c) && !rel.equals("conj") && !contrast && !sequenced(s, c, e.rel())) {
                addWithRelays(s, out, heads, chain, new Reporter(c, k, agentOfVerb(s, c, k)));
            }
            // "the toll climbing to 139 as confirmed by Aleksandr Bastrykin": an as-clause's by-phrase
            int by = e.rel().endsWith(":as") && k != null && s.pos(c).equals("VBN") && !chain.contains(c)
                    ? Math.max(firstChild(s, c, "obl:by"), firstChild(s, c, "obl:agent")) : -1;
            if (by >= 0) {
                addIfNew(out, heads, new Reporter(c, k, by));
            }
        }
    }

    /**
     * "..., a day after Gov. Josh Green had announced that ...": a clause opened by a subordinator of
     * time (sequence_markers.tsv) tells another statement that dates this one; its speaker is not
     * this clause's source. Read from the relation ("advcl:after") or, where the parser hung the
     * clause elsewhere, from its marker.
     */
    private boolean sequenced(SentenceView s, int clause, String rel) {
        if (rel.contains(":") && lx.sequenceMarkers.contains(rel.substring(rel.indexOf(':') + 1))) {
            return true;
        }
        int mark = firstChild(s, clause, "mark");
        return mark >= 0 && lx.sequenceMarkers.contains(s.lemma(mark).toLowerCase(java.util.Locale.ROOT));
    }

    /** A publishing verb (publishing_verbs.tsv) whose object is the link before it in the clause chain. */
    private boolean publishesThrough(SentenceView s, int verb, List<Integer> chain) {
        int at = chain.indexOf(verb);
        return at > 0 && s.isVerb(verb) && lx.publishingVerbs.contains(s.lemma(verb)) && firstChild(s, verb, "obj") == chain.get(at - 1);
    }

    /** "Maui County released an updated list of 385 people": a publishing verb with a figure in its object. */
    boolean publishesFigure(SentenceView s, int verb) {
        if (!s.isVerb(verb) || !lx.publishingVerbs.contains(s.lemma(verb))) {
            return false;
        }
        for (int t = 0; t < s.size(); t++) {
            if (s.pos(t).equals("CD") && publishesThrough(s, verb, chain(s, t))) {
                return true;
            }
        }
        return false;
    }

    /** A reporter, after the sources it relays: "X said on Thursday, citing the spy agency". */
    private void addWithRelays(SentenceView s, List<Reporter> out, Set<Integer> heads, List<Integer> chain, Reporter r) {
        for (AnnotatedArticle.Edge e : s.children(r.head())) {
            int c = e.dep();
            if ("cite".equals(lx.reportingVerbs.get(s.lemma(c))) && s.isVerb(c) && !chain.contains(c)) {
                addIfNew(out, heads, new Reporter(c, "cite", firstChild(s, c, "obj")));
            }
        }
        addIfNew(out, heads, r);
    }

    private static void addIfNew(List<Reporter> out, Set<Integer> heads, Reporter r) {
        if (heads.add(r.head())) {
            out.add(r);
        }
    }

    /** The agent of a reporting verb: its subject, a passive's by-phrase, or a governing verb's subject. */
    int agentOfVerb(SentenceView s, int verb, String kind) {
        boolean passive = !s.children(verb, "aux:pass").isEmpty() || !s.children(verb, "nsubj:pass").isEmpty();
        if (kind.equals("quote") && passive) {
            int subj = firstChild(s, verb, "nsubj:pass");
            if (subj >= 0) {
                return subj;
            }
        }
        if (passive || s.pos(verb).equals("VBN") && s.children(verb, "nsubj").isEmpty()) {
            // "it was reported by X", "as reported by X"
            int agent = firstChild(s, verb, "obl:agent");
            if (agent < 0) {
                agent = firstChild(s, verb, "obl:by");
            }
            if (agent >= 0 || passive) {
                return agent;
            }
        }
        if (MistaggedReporters.verbMistakenForNoun(s, verb)) {
            // its "subject" is the compound before it; a possessive pronoun ("our estimate") names no one
            int agent = -1;
            for (AnnotatedArticle.Edge e : s.children(verb)) {
                if ((e.rel().equals("compound") || e.rel().equals("nmod:poss")) && e.dep() < verb
                        && !s.pos(e.dep()).startsWith("PRP")) {
                    agent = Math.max(agent, e.dep());
                }
            }
            return agent;
        }
        for (AnnotatedArticle.Edge e : s.children(verb)) {
            if ((e.rel().equals("nsubj") || e.rel().equals("nsubj:xsubj")) && !s.isVerb(e.dep())) {
                return lx.emptySubjects.contains(s.word(e.dep())) ? -1 : relativeAntecedent(s, afterWireCredit(s, e.dep()));
            }
        }
        // "..., claimed a human rights group on Friday": an inverted speaker the parse made the object
        // of a reporting verb that follows its content
        AnnotatedArticle.Edge gov = s.parent(verb);
        if (kind.equals("say") && gov != null && gov.gov() >= 0 && gov.gov() < verb && s.children(verb, "ccomp").isEmpty()
                && !lx.addresseeVerbs.contains(s.lemma(verb))) {
            int obj = firstChild(s, verb, "obj");
            if (obj > verb && s.isNoun(obj)) {
                return obj;
            }
        }
        // "A doctor ..., who asked not to be named, said ...", parsed as a relative clause on "doctor"
        AnnotatedArticle.Edge head = s.parent(verb);
        if (head != null && head.rel().startsWith("acl") && head.gov() >= 0 && s.isNoun(head.gov()) && head.gov() < verb) {
            return head.gov();
        }
        // "adding that ...", "was quoted as saying ...": the governing verb's subject
        AnnotatedArticle.Edge up = s.parent(verb);
        if (up != null && up.gov() >= 0 && s.isVerb(up.gov())) {
            String k = lx.reportingVerbs.get(s.lemma(up.gov()));
            if (k != null) {
                return agentOfVerb(s, up.gov(), k);
            }
            // "The government issued a new toll, saying ...": a participle's speaker is its clause's subject
            // (a loose "dep" attachment only when that subject is a named body or person: the parse
            // also hangs "saying" off the content clause, whose subject is what is counted)
            boolean loose = up.rel().equals("dep");
            if (s.pos(verb).equals("VBG") && (up.rel().startsWith("advcl") || up.rel().startsWith("xcomp") || loose)) {
                int subj = firstChild(s, up.gov(), "nsubj");
                if (subj >= 0 && !s.isVerb(subj)
                        && (!loose || named(s, subj))) {
                    return relativeAntecedent(s, subj);
                }
            }
        }
        // "..., a South Korean lawmaker told reporters": when the parse lost the subject, the noun
        // right before the verb is it
        int before = verb - 1;
        while (before >= 0 && (s.pos(before).startsWith("RB") || s.pos(before).equals("MD"))) {
            before--;
        }
        if (before >= 0 && s.isNoun(before) && !s.pos(before).equals("PRP") && !s.ner(before).equals("DATE")) {
            return before;
        }
        if (before >= 0 && s.pos(before).equals("PRP") && !lx.emptySubjects.contains(s.word(before))) {
            return before;
        }
        return -1;
    }

    /** A named body or person, or one owned by a named place ("Iran's government"). */
    private static boolean named(SentenceView s, int t) {
        if (s.ner(t).equals("ORGANIZATION") || s.ner(t).equals("PERSON")) {
            return true;
        }
        for (AnnotatedArticle.Edge e : s.children(t)) {
            if ((e.rel().equals("nmod:poss") || e.rel().equals("compound"))
                    && Set.of("LOCATION", "ORGANIZATION", "COUNTRY").contains(s.ner(e.dep()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reporter's speaker is the words before it, not its subject ("British intelligence estimates"). */
    boolean speakerBefore(SentenceView s, int head) {
        return mistagged.speakerBefore(s, head);
    }

    /** A reporting word used as a verb, also where the tagger took it for a noun. */
    boolean reportingVerbAt(SentenceView s, int t) {
        return mistagged.reportingVerbAt(s, t);
    }

    /** "the official who said": a relative pronoun stands for the noun its clause describes. */
    static int relativeAntecedent(SentenceView s, int t) {
        if (s.pos(t).startsWith("W")) {
            for (AnnotatedArticle.Edge e : s.parents(t)) {
                AnnotatedArticle.Edge up = s.parent(e.gov());
                if (up != null && up.rel().startsWith("acl") && up.gov() >= 0) {
                    return up.gov();
                }
            }
            for (AnnotatedArticle.Edge e : s.parents(t)) {
                if (e.rel().equals("ref")) {
                    return e.gov();
                }
            }
        }
        return t;
    }

    static int firstChild(SentenceView s, int i, String rel) {
        for (AnnotatedArticle.Edge e : s.children(i)) {
            if (e.rel().equals(rel)) {
                return e.dep();
            }
        }
        for (AnnotatedArticle.Edge e : s.children(i)) {
            if (SentenceView.is(e.rel(), rel)) {
                return e.dep();
            }
        }
        return -1;
    }
}
