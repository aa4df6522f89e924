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
    private final String[] words;
    private final String[] lemmas;
    private final List<List<AnnotatedArticle.Edge>> children = new ArrayList<>();
    private final List<List<AnnotatedArticle.Edge>> parents = new ArrayList<>();
    int root = -1;

    SentenceView(AnnotatedArticle.Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        words = new String[n];
        lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            AnnotatedArticle.Token t = tokens.get(i);
            words[i] = t.word().toLowerCase(Locale.ROOT);
            lemmas[i] = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            children.add(new ArrayList<>());
            parents.add(new ArrayList<>());
        }
        for (AnnotatedArticle.Edge e : sentence.edges()) {
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
        String p = tokens.get(i).pos();
        return p == null ? "" : p;
    }

    String ner(int i) {
        String n = tokens.get(i).ner();
        return n == null ? "O" : n;
    }

    String norm(int i) {
        return tokens.get(i).norm();
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
