package org.claimtrail.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * The noun phrase a head token stands for, as the article writes it: the head with its compounds,
 * adjectives, names, possessors and coordinated parts ("US National Security spokesperson John
 * Kirby", "Ukraine's intelligence agency", "U.S. and South Korean officials"), without articles,
 * relative clauses or appositions.
 */
final class PhraseSpan {

    private PhraseSpan() {
    }

    private static final Set<String> KEEP = Set.of("compound", "amod", "nmod:poss", "flat", "conj", "cc",
            "nummod", "det:poss", "compound:prt", "nmod:npmod", "obl:npmod");
    /** Token range [first, last] of the phrase headed by {@code head}. */
    static int[] range(ExtractionLexicon lx, SentenceView s, int head, boolean withTitleComplement) {
        TreeSet<Integer> in = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (!in.add(t)) {
                continue;
            }
            for (AnnotatedArticle.Edge e : s.children(t)) {
                String rel = e.rel();
                String base = rel.split(":")[0];
                boolean keep = KEEP.contains(rel) || KEEP.contains(base) && !base.equals("nmod") && !base.equals("case")
                        || rel.equals("case") && s.word(e.dep()).equals("'s")
                        || withTitleComplement && t == head && lx.nameHeads.contains(s.lemma(head))
                        && (rel.equals("nmod:of") || rel.equals("nmod:for") || rel.equals("nmod:at"));
                if (rel.equals("punct") && s.pos(e.dep()).equals("HYPH")) {
                    keep = true; // "Lee Seong-kweun" is tokenized Seong - kweun
                }
                if (rel.equals("punct") && e.dep() == t + 1 && s.word(t).endsWith("s")
                        && (s.word(e.dep()).equals("’") || s.word(e.dep()).equals("'"))) {
                    keep = true; // "a Sudanese doctors’ union": a plural possessor's apostrophe, tagged a quote
                }
                if (e.dep() + 2 == t && s.pos(e.dep() + 1).equals("HYPH") && s.word(e.dep()).matches("\\p{L}+")
                        && s.word(t).matches("\\p{Ll}+")) {
                    keep = true; // "a US-based rights group": the word hyphened to a modifier, whatever its relation
                }
                if ((rel.equals("nmod:of") || rel.equals("nmod:for")) && properName(s, t) && properName(s, e.dep())
                        && !s.ner(t).equals("PERSON")) {
                    keep = true; // "the Office for the Elimination of Consequences of Natural Disasters": one name
                }
                if (base.equals("conj") && !rel.equals("conj") && !rel.startsWith("conj:")) {
                    keep = false;
                }
                // a named body joined on reaches further: "the Syrian Minister of Health and Civil Defense of
                // the opposition and the “White Helmets” organization" is one joint source
                int reach = base.equals("conj") && namedBody(s, e.dep()) ? 25 : 15;
                if (keep && Math.abs(e.dep() - head) < reach) {
                    todo.add(e.dep());
                }
            }
            boolean namedConjunct = t != head && namedBody(s, t);
            if (t != head && (withTitleComplement || properName(s, t) || namedConjunct)) {
                for (AnnotatedArticle.Edge e : s.children(t)) {
                    boolean quote = namedConjunct && e.rel().equals("punct") && QUOTES.contains(s.pos(e.dep()));
                    if (e.rel().equals("case") || e.rel().equals("det") || e.rel().equals("compound") || e.rel().equals("amod")
                            || quote) {
                        if (Math.abs(e.dep() - head) < (namedConjunct ? 25 : 15)) {
                            todo.add(e.dep());
                        }
                    }
                }
            }
        }
        addPartner(lx, s, head, in);
        // "Fox News and the New York Times report, ... that": the parse joins the reporting word, tagged a
        // noun, to the names as their last conjunct; the names are the phrase, the word is not
        int lastWord = in.last();
        AnnotatedArticle.Edge joined = s.parent(lastWord);
        if (lastWord != head && joined != null && joined.rel().startsWith("conj") && !s.isProperNoun(lastWord)
                && lx.reportingVerbs.containsKey(s.lemma(lastWord))) {
            in.remove(lastWord);
        }
        // keep the contiguous block around the head
        int first = head;
        int last = head;
        while (in.contains(first - 1)) {
            first--;
        }
        while (in.contains(last + 1)) {
            last++;
        }
        // "Doctors Without Borders": an organisation's name is one name, however the parser split it
        // (there "Without" was parsed a clause marker and "Borders" the speaker); not across a verb,
        // where NER took a headline for a name ("Ukraine Says Russian Casualties Have Eclipsed ...")
        if (s.ner(head).equals("ORGANIZATION")) {
            while (first > 0 && head - first < 15 && s.ner(first - 1).equals("ORGANIZATION") && !s.isVerb(first - 1)) {
                first--;
            }
            while (last + 1 < s.size() && last - head < 15 && s.ner(last + 1).equals("ORGANIZATION") && !s.isVerb(last + 1)) {
                last++;
            }
        }
        // "Office for the Relief of Victims of Floods", however the parser hung its parts: a name goes on
        // through "of"/"for" (and "the") to the next capitalized nouns
        while (properName(s, last) && !s.ner(last).equals("PERSON") && last + 2 < s.size()
                && (s.word(last + 1).equals("of") || s.word(last + 1).equals("for"))) {
            int next = s.word(last + 2).equals("the") ? last + 3 : last + 2;
            if (next >= s.size() || !properName(s, next) || next - head >= 15) {
                break;
            }
            last = next;
            while (last + 1 < s.size() && properName(s, last + 1)) {
                last++;
            }
        }
        // "date 2025-10-28 Sudan army-aligned group": a scraper's date marker before a headline is no
        // part of a name; no source's name holds a date
        for (int t = head - 1; t > first; t--) {
            if (s.ner(t).equals("DATE") && s.word(t).matches("\\d{4}-\\d{2}-\\d{2}")) {
                first = t + 1;
                break;
            }
        }
        // "A Sudanese doctors’ union": a capitalized article the tagger took for a noun is still an article
        while (first < last && (s.pos(first).equals("DT") || isPunct(s, first)
                || lx.indefiniteArticles.contains(s.word(first).toLowerCase(java.util.Locale.ROOT)))) {
            first++;
        }
        while (last > first && (isPunct(s, last) || s.word(last).equals("and") || s.word(last).equals("or")
                || s.pos(last).equals("IN") || s.pos(last).equals("TO") || s.pos(last).equals("DT"))) {
            last--;
        }
        return new int[] {first, last};
    }

    /** A dateline glued to the phrase by the parser ("VELLGRAD - Kastavia's defence ministry"). */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^[A-Z][A-Z .,/'-]{2,}(?:\\([^)]*\\))?\\s*[-–—]+\\s*(?=\\S)");

    static String text(String articleText, SentenceView s, int[] range) {
        String t = articleText.substring(s.begin(range[0]), s.end(range[1]));
        java.util.regex.Matcher m = DATELINE.matcher(t);
        return m.find() && m.end() < t.length() ? t.substring(m.end()) : t;
    }

    /**
     * The text of some tokens of a phrase, in order: the article's own text between neighbouring
     * tokens ("Syria’s coastal region"), one space where tokens were left out ("Russian troops" of
     * "Russian 11,000 troops").
     */
    static String text(String articleText, SentenceView s, java.util.SortedSet<Integer> tokens) {
        StringBuilder b = new StringBuilder();
        int prev = -2;
        for (int t : tokens) {
            if (prev >= 0) {
                b.append(t == prev + 1 ? articleText.substring(s.end(prev), s.begin(t)) : " ");
            }
            b.append(articleText, s.begin(t), s.end(t));
            prev = t;
        }
        return b.toString();
    }

    private static final Set<String> QUOTES = Set.of("``", "''");

    /**
     * A coordinated part that is a named body though its head is a common noun: "the “White Helmets”
     * organization" in "the Civil Defense and the “White Helmets” organization". Its article and the
     * quotes around its name belong to the phrase, or the phrase would stop at "and".
     */
    private static boolean namedBody(SentenceView s, int t) {
        AnnotatedArticle.Edge up = s.parent(t);
        if (up == null || !up.rel().startsWith("conj") || !s.isNoun(t)) {
            return false;
        }
        for (int c : s.children(t, "compound")) {
            if (properName(s, c)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalized noun inside a sentence ("Elimination" is tagged a common noun): part of a name that may go on with "of" or "for". */
    private static boolean properName(SentenceView s, int t) {
        return s.pos(t).startsWith("NN") && s.capitalized(t) && t > 0;
    }

    /**
     * "The BBC Russian Service, together with Mediazona, have identified ...": the partner of a joint
     * source (joint_source_joiners.tsv), hung on the head or, as the parser often does, on its verb,
     * joins the phrase with its joiner and the comma before; not what is coordinated with the partner
     * ("and volunteers").
     */
    private static void addPartner(ExtractionLexicon lx, SentenceView s, int head, TreeSet<Integer> in) {
        AnnotatedArticle.Edge up = s.parent(head);
        java.util.List<AnnotatedArticle.Edge> edges = new java.util.ArrayList<>(s.children(head));
        if (up != null && up.rel().startsWith("nsubj") && up.gov() >= 0) {
            edges.addAll(s.children(up.gov()));
        }
        for (AnnotatedArticle.Edge e : edges) {
            int p = e.dep();
            int colon = e.rel().indexOf(':');
            if (colon < 0 || !e.rel().startsWith("nmod:") && !e.rel().startsWith("obl:")
                    || !lx.jointRelations.contains(e.rel().substring(colon + 1)) || p <= head || p - head > 10
                    || !properName(s, p)) {
                continue;
            }
            int start = p;
            while (start - 1 > head && (properName(s, start - 1) || s.parent(start - 1) != null
                    && (s.parent(start - 1).rel().equals("case") || s.parent(start - 1).rel().equals("fixed")))) {
                start--;
            }
            int end = in.isEmpty() ? head : in.last();
            for (int c = end + 1; c < start; c++) {
                if (!isPunct(s, c)) {
                    return; // something else stands between: not a partner set off from the name
                }
            }
            for (int c = end + 1; c <= p; c++) {
                in.add(c);
            }
            return;
        }
    }

    private static boolean isPunct(SentenceView s, int i) {
        String w = s.word(i);
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0)) && !w.equals("'s");
    }
}
