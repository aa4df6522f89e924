package org.claimtrail.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Which token names who spoke, once a reporting expression has found its agent: a relative pronoun
 * stands for its antecedent, a document ("figures released by Kyiv", "AFAD data") for its author, a
 * counted group or a thing for no one.
 */
final class SpeakerTokens implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ExtractionLexicon lx;

    SpeakerTokens(ExtractionLexicon lx) {
        this.lx = lx;
    }

    /** The agent a noun stands for: "estimates by X" → X, "X's assessment" → X, else the noun itself. */
    int agentOfNoun(SentenceView s, int noun) {
        if (lx.reportingNouns.contains(s.lemma(noun))) {
            for (String rel : new String[] {"nmod:by", "nmod:poss", "nmod:from", "nmod:of"}) {
                int c = Attribution.firstChild(s, noun, rel);
                if (c >= 0) {
                    return c;
                }
            }
        }
        return noun;
    }

    /**
     * The token that names who made a statement, from the agent a reporting expression found: a
     * relative pronoun stands for its antecedent; a document or number ("data showed", "the figure
     * stands at") stands for the name it carries ("AFAD data", "the ministry's figures", "data from
     * the agency"), or for no one; a bare number names no one. -1 when nobody is named.
     */
    int sourceToken(SentenceView s, int agent) {
        if (agent < 0) {
            return -1;
        }
        int t = Attribution.relativeAntecedent(s, agent);
        if (s.pos(t).startsWith("W") || s.pos(t).equals("CD") || isTime(s, t)) {
            return -1;
        }
        if (!lx.nonSourceNouns.contains(s.word(t).toLowerCase(java.util.Locale.ROOT))
                && !lx.nonSourceNouns.contains(s.lemma(t))) {
            return canSpeak(s, t) ? t : speakingApposition(s, t);
        }
        for (String rel : new String[] {"nmod:poss", "nmod:by", "nmod:from", "nmod:of", "nmod:according_to"}) {
            int c = Attribution.firstChild(s, t, rel);
            // "data from the agency", not "the death toll from the Maui wildfire": the one named can speak
            if (c >= 0 && !s.pos(c).startsWith("PRP") && !s.pos(c).equals("CD") && !isTime(s, c)
                    && !lx.nonSourceNouns.contains(s.lemma(c)) && (canSpeak(s, c) || s.capitalized(c))) {
                return c;
            }
            // "a compilation of official figures by AFP": a document of documents, by someone
            for (String inner : new String[] {"nmod:poss", "nmod:by", "nmod:from"}) {
                int cc = c >= 0 && lx.nonSourceNouns.contains(s.lemma(c)) ? Attribution.firstChild(s, c, inner) : -1;
                if (cc >= 0 && !s.pos(cc).startsWith("PRP") && !lx.nonSourceNouns.contains(s.lemma(cc))) {
                    return cc;
                }
            }
        }
        // "figures released by Kyiv", "a tally compiled by AFP": the agent of the participle that describes it
        for (AnnotatedArticle.Edge e : s.children(t)) {
            if (e.rel().startsWith("acl") && s.pos(e.dep()).equals("VBN")) {
                for (String rel : new String[] {"obl:agent", "obl:by", "obl:from"}) {
                    int c = Attribution.firstChild(s, e.dep(), rel);
                    if (c >= 0 && !s.pos(c).startsWith("PRP") && !lx.nonSourceNouns.contains(s.lemma(c))) {
                        return c;
                    }
                }
            }
        }
        // "Meduza and Mediazona published a report indicating ...": who put the document out
        AnnotatedArticle.Edge up = s.parent(t);
        if (up != null && up.rel().equals("obj") && up.gov() >= 0 && s.isVerb(up.gov())) {
            int subj = Attribution.firstChild(s, up.gov(), "nsubj");
            if (subj >= 0 && !s.pos(subj).startsWith("PRP") && !lx.nonSourceNouns.contains(s.lemma(subj))) {
                return Attribution.relativeAntecedent(s, subj);
            }
        }
        // "AFAD data", "Health Ministry figures": a name in front
        for (AnnotatedArticle.Edge e : s.children(t)) {
            if (e.rel().equals("compound") && e.dep() < t && s.isProperNoun(e.dep())) {
                return e.dep();
            }
        }
        // "according to an official toll": no author, but the document says whose standing it has,
        // which is what an analyst weighs it by (authority_adjectives.tsv)
        for (AnnotatedArticle.Edge e : s.children(t)) { // "official" is often tagged a noun
            if ((e.rel().equals("amod") || e.rel().equals("compound")) && lx.authorityAdjectives.contains(s.word(e.dep()))) {
                return t;
            }
        }
        return -1;
    }

    /**
     * Whether a token can name who speaks: a name, a pronoun, or a noun of people, bodies or sources;
     * not a counted group ("two men") nor a thing ("desperation", "the attacks", "gunshot wounds").
     */
    private boolean canSpeak(SentenceView s, int t) {
        if (!s.children(t, "nummod").isEmpty()) {
            return false;
        }
        String pos = s.pos(t);
        if (pos.startsWith("PRP") || pos.startsWith("NNP") || !s.ner(t).equals("O") && !s.ner(t).equals("DATE")
                && !s.ner(t).equals("NUMBER")) {
            return true;
        }
        if (!s.isNoun(t)) {
            return true; // the parse gave something else: the phrase rules decide
        }
        String lemma = s.lemma(t);
        return lx.peopleNouns.contains(lemma) || lx.descriptionNouns.contains(lemma) || lx.speakerNouns.contains(lemma)
                || lx.reportingNouns.contains(lemma) || lx.personRoles.contains(lemma)
                || lx.sourceTypes.stream().anyMatch(p -> p.tokens().contains(lemma));
    }

    /**
     * "The 26 dead included two foreigners and two locals, a high ranking official said": the parse
     * made the counted people the subject of "said"; the speaker is set beside them, or beside their
     * conjunct, in apposition.
     */
    private int speakingApposition(SentenceView s, int t) {
        List<Integer> heads = new java.util.ArrayList<>(List.of(t));
        for (AnnotatedArticle.Edge e : s.children(t)) {
            if (e.rel().startsWith("conj")) {
                heads.add(e.dep());
            }
        }
        for (int h : heads) {
            for (int c : s.children(h, "appos")) {
                if (c > h && canSpeak(s, c) && !s.pos(c).equals("CD")) {
                    return c;
                }
            }
        }
        return namedApposition(s, t);
    }

    /** "in a Tuesday news briefing": a day is no one's name. */
    private static boolean isTime(SentenceView s, int t) {
        return Set.of("DATE", "TIME", "DURATION").contains(s.ner(t));
    }

    /** "Mr. Biden's homeland security adviser, Liz Sherwood-Randall, told": the name set beside a description. */
    private static int namedApposition(SentenceView s, int t) {
        for (int c : s.children(t, "appos")) {
            if (s.ner(c).equals("PERSON") || s.ner(c).equals("ORGANIZATION")) {
                return c;
            }
        }
        return -1;
    }
}
