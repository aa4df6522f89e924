package org.claimtrail.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * An annotated sentence with the navigation the rules need: lower-case words and lemmas, and the
 * dependency graph both ways. Token positions are 0-based within the sentence.
 */
final class SentenceView {

    final AnnotatedArticle.Sentence sentence;
    final List<AnnotatedArticle.Token> tokens;
    private final String[] rawWords;
    private final String[] words;
    private final String[] lemmas;
    private final String[] tags;
    private final String[] ners;
    private final String[] norms;
    private final List<List<AnnotatedArticle.Edge>> children = new ArrayList<>();
    private final List<List<AnnotatedArticle.Edge>> parents = new ArrayList<>();
    int root = -1;

    SentenceView(AnnotatedArticle.Sentence sentence) {
        this(sentence, LanguageView.ENGLISH, null);
    }

    /**
     * @param language  how this sentence's language reads as English ({@link LanguageView#ENGLISH}
     *                  for English: nothing changes)
     * @param published the article's day, for weekdays in languages whose models tag no dates
     */
    SentenceView(AnnotatedArticle.Sentence sentence, LanguageView language, java.time.LocalDate published) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        rawWords = new String[n];
        words = new String[n];
        lemmas = new String[n];
        tags = new String[n];
        ners = new String[n];
        norms = new String[n];
        for (int i = 0; i < n; i++) {
            AnnotatedArticle.Token t = tokens.get(i);
            rawWords[i] = t.word().toLowerCase(Locale.ROOT);
            ners[i] = t.ner() == null ? "O" : t.ner();
            norms[i] = t.norm();
            children.add(new ArrayList<>());
            parents.add(new ArrayList<>());
        }
        List<AnnotatedArticle.Edge> edges = sentence.edges();
        if (language.translates()) {
            String[] universal = new String[n];
            for (int i = 0; i < n; i++) {
                universal[i] = tokens.get(i).pos();
            }
            edges = ForeignRelations.relabel(edges, n, rawWords, universal, language);
        }
        for (AnnotatedArticle.Edge e : edges) {
            if (e.dep() < 0 || e.dep() >= n) {
                continue;
            }
            if (e.gov() < 0) {
                root = e.dep();
            } else if (e.gov() < n) {
                children.get(e.gov()).add(e);
                parents.get(e.dep()).add(e);
            }
        }
        if (language.translates()) {
            readAs(language, published, edges.isEmpty());
        } else {
            for (int i = 0; i < n; i++) {
                AnnotatedArticle.Token t = tokens.get(i);
                words[i] = rawWords[i];
                lemmas[i] = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
                tags[i] = t.pos();
            }
        }
    }

    /** Words, lemmas, tags and dates of a German or Spanish sentence as the English rules read them. */
    private void readAs(LanguageView language, java.time.LocalDate published, boolean noTree) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            AnnotatedArticle.Token t = tokens.get(i);
            AnnotatedArticle.Edge head = parent(i);
            // "das" is "the" as a determiner, itself as a pronoun; a sentence without a tree has only tags
            words[i] = language.word(rawWords[i], head != null ? head.rel() : noTree ? t.pos() : "");
            // the models give no lemmas (or the word itself): the lists hold word forms, compounds by their head
            lemmas[i] = language.compoundHead(words[i]);
            tags[i] = tag(language, i, t.pos(), head);
        }
        // a separable verb is one word: "teilte ... mit" is read as "mitteilte", as a subordinate
        // clause writes it ("wie das Ministerium mitteilte"), so lists hold one form for both
        for (int i = 0; i < n; i++) {
            for (int p : children(i, "compound:prt")) {
                lemmas[i] = rawWords[p] + lemmas[i];
            }
        }
        explicitDayWins();
        for (int i = 0; i < n; i++) {
            java.time.LocalDate day = ners[i].equals("O") ? language.day(this, i, published) : null;
            if (day != null) {
                ners[i] = "DATE";
                norms[i] = day.toString();
                if (language.isMonth(rawWords[i]) && i > 0) {
                    ners[i - 1] = "DATE"; // "17." of "17. September"
                    norms[i - 1] = norms[i];
                }
            }
        }
    }

    /** A universal tag as the Penn tag the rules read, the repaired parse deciding two of them. */
    private String tag(LanguageView language, int i, String universal, AnnotatedArticle.Edge head) {
        if ("ADJ".equals(universal) && head != null && head.rel().equals("acl")) {
            return "VBN"; // a participle with an agent (ForeignRelations)
        }
        if ("PRON".equals(universal) && language.isRelativePronoun(rawWords[i]) && head != null && !head.rel().equals("mark")
                && inSubordinateClause(head)) {
            return "WP"; // "el ministerio, que informó": the rules find the antecedent of a wh-word
        }
        return language.pos(universal, !children(i, "aux").isEmpty());
    }

    /**
     * "el martes 23 de junio": the Spanish models date the weekday and the day of the month apart,
     * and may put the weekday in the week after publication; the day written out in digits is the
     * one the writer meant, so the whole date reads as it.
     */
    private static final java.util.regex.Pattern DAY_OF_MONTH = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private void explicitDayWins() {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!ners[i].equals("DATE")) {
                i++;
                continue;
            }
            int j = i;
            String explicit = null;
            while (j < n && ners[j].equals("DATE")) {
                if (DAY_OF_MONTH.matcher(rawWords[j]).matches() && norms[j] != null && ISO_DAY.matcher(norms[j]).matches()) {
                    explicit = norms[j];
                }
                j++;
            }
            for (int k = i; explicit != null && k < j; k++) {
                norms[k] = explicit;
            }
            i = j;
        }
    }

    /** True when a token's head is a clause below another one (not the sentence's main verb). */
    private boolean inSubordinateClause(AnnotatedArticle.Edge head) {
        if (head == null || head.gov() < 0) {
            return false;
        }
        AnnotatedArticle.Edge clause = parent(head.gov());
        return clause != null && clause.gov() >= 0 && !clause.rel().startsWith("conj") && !clause.rel().equals("parataxis");
    }

    /** The token as written, lower case, before any translation. */
    String rawWord(int i) {
        return rawWords[i];
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return words[i];
    }

    String lemma(int i) {
        return lemmas[i];
    }

    String pos(int i) {
        String p = tags[i];
        return p == null ? "" : p;
    }

    String ner(int i) {
        return ners[i];
    }

    String norm(int i) {
        return norms[i];
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN") || pos(i).equals("PRP");
    }

    /** True when the token as written starts with a capital ({@link #word} is lower-cased). */
    boolean capitalized(int i) {
        String w = tokens.get(i).word();
        return w != null && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    boolean isProperNoun(int i) {
        return pos(i).startsWith("NNP");
    }

    List<AnnotatedArticle.Edge> children(int i) {
        return children.get(i);
    }

    List<AnnotatedArticle.Edge> parents(int i) {
        return parents.get(i);
    }

    /** Children whose relation is {@code rel} or a subtype of it ({@code obl} matches {@code obl:on}). */
    List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (AnnotatedArticle.Edge e : children.get(i)) {
            if (is(e.rel(), rel)) {
                out.add(e.dep());
            }
        }
        return out;
    }

    static boolean is(String rel, String wanted) {
        return rel.equals(wanted) || rel.startsWith(wanted + ":");
    }

    /**
     * The main parent: enhanced++ graphs give some tokens several (a controlled subject, a shared
     * conjunct); the one that is not an added relation is the tree's.
     */
    AnnotatedArticle.Edge parent(int i) {
        AnnotatedArticle.Edge best = null;
        for (AnnotatedArticle.Edge e : parents.get(i)) {
            if (e.rel().contains("xsubj") || e.rel().equals("ref")) {
                continue;
            }
            if (best == null || isCopy(best) && !isCopy(e)) {
                best = e;
            }
        }
        return best;
    }

    /** Relations enhanced++ copies onto conjuncts: the conjunction edge itself is the tree's. */
    private boolean isCopy(AnnotatedArticle.Edge e) {
        for (AnnotatedArticle.Edge c : parents.get(e.dep())) {
            if (c != e && c.rel().startsWith("conj")) {
                return !e.rel().startsWith("conj");
            }
        }
        return false;
    }

    /** Character span of tokens [from, to] inclusive. */
    int begin(int i) {
        return tokens.get(i).begin();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    boolean hasChildWord(int i, String rel, java.util.Set<String> lemmasWanted) {
        for (int c : children(i, rel)) {
            if (lemmasWanted.contains(lemma(c))) {
                return true;
            }
        }
        return false;
    }

    boolean isQuestion() {
        return size() > 0 && word(size() - 1).equals("?");
    }
}
