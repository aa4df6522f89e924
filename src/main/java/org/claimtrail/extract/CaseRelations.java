package org.claimtrail.extract;

import java.util.ArrayList;
import java.util.List;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Relabels a German or Spanish sentence's obliques and nominal modifiers by their case words in
 * English ({@link LanguageView#relation}), so that "laut dem Ministerium" and "según el ministerio"
 * reach the rules as "according to the ministry" does.
 */
final class CaseRelations {

    private CaseRelations() {
    }

    static List<AnnotatedArticle.Edge> relabel(List<AnnotatedArticle.Edge> edges, int n, String[] words, LanguageView language) {
        List<List<Integer>> caseOf = new ArrayList<>();
        List<List<Integer>> fixedOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            caseOf.add(new ArrayList<>());
            fixedOf.add(new ArrayList<>());
        }
        for (AnnotatedArticle.Edge e : edges) {
            if (e.gov() < 0 || e.gov() >= n || e.dep() < 0 || e.dep() >= n) {
                continue;
            }
            if (e.rel().equals("case")) {
                caseOf.get(e.gov()).add(e.dep());
            } else if (e.rel().equals("fixed")) {
                fixedOf.get(e.gov()).add(e.dep());
            }
        }
        List<AnnotatedArticle.Edge> out = new ArrayList<>(edges.size());
        for (AnnotatedArticle.Edge e : edges) {
            if (e.dep() < 0 || e.dep() >= n || !(e.rel().startsWith("obl") || e.rel().startsWith("nmod"))) {
                out.add(e);
                continue;
            }
            List<Integer> marks = new ArrayList<>();
            for (int c : caseOf.get(e.dep())) {
                marks.add(c);
                marks.addAll(fixedOf.get(c));
            }
            marks.sort(null);
            List<String> caseWords = new ArrayList<>(marks.size());
            for (int m : marks) {
                caseWords.add(words[m]);
            }
            out.add(new AnnotatedArticle.Edge(e.gov(), e.dep(), language.relation(e.rel(), caseWords, words[e.dep()])));
        }
        return out;
    }
}
