package org.claimtrail.extract;

import java.util.ArrayList;
import java.util.List;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * A German or Spanish sentence's relations as the English rules read them: obliques and nominal
 * modifiers labelled by their case words in English ({@link LanguageView#relation}: "laut dem
 * Ministerium", "según el ministerio" are "according to the ministry"), and two misreadings of the
 * German parser that the lexicon can name (and a passive subject beside an active one, which is the object):
 * <ul>
 *   <li>"Wie die Polizei mitteilte": the subordinator read as a preposition, the subject as its
 *   oblique (a case word listed as {@code (subject)} in {@code case_words.tsv});</li>
 *   <li>"Das teilte die Feuerwehr mit": a fronted demonstrative object read as the subject of a
 *   reporting verb, the speaker as its object;</li>
 *   <li>a clause on a verb labelled {@code acl} (a noun's clause): it is {@code advcl}.</li>
 * </ul>
 */
final class ForeignRelations {

    private ForeignRelations() {
    }

    /**
     * @param words the tokens as written, lower case
     * @param tags  their universal tags
     */
    static List<AnnotatedArticle.Edge> relabel(List<AnnotatedArticle.Edge> edges, int n, String[] words, String[] tags,
                                               LanguageView language) {
        List<List<Integer>> caseOf = new ArrayList<>();
        List<List<Integer>> fixedOf = new ArrayList<>();
        List<List<AnnotatedArticle.Edge>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            caseOf.add(new ArrayList<>());
            fixedOf.add(new ArrayList<>());
            out.add(new ArrayList<>());
        }
        List<AnnotatedArticle.Edge> roots = new ArrayList<>();
        for (AnnotatedArticle.Edge e : edges) {
            if (!inside(e, n)) {
                continue;
            }
            if (e.rel().equals("case")) {
                caseOf.get(e.gov()).add(e.dep());
            } else if (e.rel().equals("fixed")) {
                fixedOf.get(e.gov()).add(e.dep());
            }
        }
        for (AnnotatedArticle.Edge e : edges) {
            if (e.gov() < 0 && e.dep() >= 0 && e.dep() < n) {
                roots.add(e);
            } else if (inside(e, n)) {
                out.get(e.gov()).add(e.rel().startsWith("obl") || e.rel().startsWith("nmod") || markedNumber(e, tags, caseOf)
                        ? new AnnotatedArticle.Edge(e.gov(), e.dep(), language.relation(markedNumber(e, tags, caseOf) ? "obl" : e.rel(),
                                caseWords(e.dep(), caseOf, fixedOf, words), words[e.dep()], words[e.gov()]))
                        : e.rel().equals("obj") && !caseOf.get(e.dep()).isEmpty() ? markedObject(e, caseWords(e.dep(), caseOf, fixedOf, words), words, language)
                        // "971 permanecen hospitalizados": an adjective is no object but what the subject
                        // remains, as English "remain hospitalized" (xcomp)
                        : e.rel().equals("obj") && "ADJ".equals(tags[e.dep()]) ? new AnnotatedArticle.Edge(e.gov(), e.dep(), "xcomp")
                        : e);
            }
        }
        participlesWithAgents(out, tags);
        lastNumberWordHeads(out, tags, roots);
        numbersOnTheirNoun(out, tags);
        partsOfTheirWhole(out, words, tags, language);
        List<AnnotatedArticle.Edge> result = new ArrayList<>(roots);
        for (int v = 0; v < n; v++) {
            result.addAll(repaired(v, out.get(v), words, tags, language));
        }
        return result;
    }

    /**
     * "585 Menschen getötet, davon mindestens 239 Zivilisten", "1.426 Menschen, darunter 90 Frauen": a
     * counted noun marked by an adverb glossed "including" ({@code glosses.tsv}) is a part of the
     * figure it follows, hung on it as English trees hang "including 239 civilians"
     * ({@code nmod:including}); on a verb, the part is of the verb's counted subject or object. A
     * verb glossed "including" ("incluyendo") gives its object to what it hangs on.
     */
    private static void partsOfTheirWhole(List<List<AnnotatedArticle.Edge>> out, String[] words, String[] tags, LanguageView language) {
        List<AnnotatedArticle.Edge[]> moves = new ArrayList<>();
        for (List<AnnotatedArticle.Edge> own : out) {
            for (AnnotatedArticle.Edge e : own) {
                int part = e.dep();
                if (!isNominal(tags[part]) || e.rel().equals("nmod:including") || !markedAsPart(out.get(part), words, language)) {
                    continue;
                }
                int whole = isNominal(tags[e.gov()]) ? e.gov() : countedArgument(out, e.gov(), tags, part);
                if (whole >= 0 && whole != part) {
                    moves.add(new AnnotatedArticle.Edge[] {e, new AnnotatedArticle.Edge(whole, part, "nmod:including")});
                }
            }
        }
        // "86.744 murieron en combate, incluyendo 1.583 oficiales": a verb glossed "including" whose
        // object is the part; the part hangs on what that verb hangs on, as "died, including 1,583 officers"
        for (List<AnnotatedArticle.Edge> own : out) {
            for (AnnotatedArticle.Edge up : own) {
                int including = up.dep();
                if (!"VERB".equals(tags[including]) || !language.word(words[including], up.rel()).equals("including")) {
                    continue;
                }
                for (AnnotatedArticle.Edge e : out.get(including)) {
                    if (e.rel().equals("obj") && isNominal(tags[e.dep()])) {
                        String rel = isNominal(tags[up.gov()]) ? "nmod:including" : "obl:including";
                        moves.add(new AnnotatedArticle.Edge[] {e, new AnnotatedArticle.Edge(up.gov(), e.dep(), rel)});
                    }
                }
            }
        }
        for (AnnotatedArticle.Edge[] m : moves) {
            out.get(m[0].gov()).remove(m[0]);
            out.get(m[1].gov()).add(m[1]);
        }
    }

    private static boolean markedAsPart(List<AnnotatedArticle.Edge> own, String[] words, LanguageView language) {
        for (AnnotatedArticle.Edge e : own) {
            if (e.rel().equals("advmod") && language.word(words[e.dep()], "advmod").equals("including")) {
                return true;
            }
        }
        return false;
    }

    /** The verb's subject or object that carries a figure, before {@code part}; or -1. */
    private static int countedArgument(List<List<AnnotatedArticle.Edge>> out, int verb, String[] tags, int part) {
        for (AnnotatedArticle.Edge e : out.get(verb)) {
            if ((e.rel().startsWith("nsubj") || e.rel().equals("obj")) && e.dep() < part && isNominal(tags[e.dep()])
                    && out.get(e.dep()).stream().anyMatch(c -> c.rel().equals("nummod"))) {
                return e.dep();
            }
        }
        return -1;
    }

    /**
     * "el número de muertos ha aumentado a 974": the Spanish parser labels a figure with its
     * preposition an adverb of the verb; with a case word it is the verb's oblique ("risen to 974"),
     * as English trees have it.
     */
    private static boolean markedNumber(AnnotatedArticle.Edge e, String[] tags, List<List<Integer>> caseOf) {
        return e.rel().equals("advmod") && "NUM".equals(tags[e.dep()]) && !caseOf.get(e.dep()).isEmpty();
    }

    /**
     * "estimaciones realizadas por Ucrania": an object marked by the agent's preposition ("por", read
     * as "by") is the agent's oblique; other marked objects stay objects ("a" marks a person as one).
     */
    private static AnnotatedArticle.Edge markedObject(AnnotatedArticle.Edge e, List<String> caseWords, String[] words, LanguageView language) {
        String rel = language.relation("obl", caseWords, words[e.dep()], words[e.gov()]);
        return rel.equals("obl:by") ? new AnnotatedArticle.Edge(e.gov(), e.dep(), rel) : e;
    }

    /**
     * "un comunicado publicado por el ministerio": a participle the parser tagged an adjective
     * ({@code amod}) with an agent is a clause on the noun ({@code acl}), as English parses "a
     * statement published by the ministry"; its tag follows ({@link SentenceView}).
     */
    private static void participlesWithAgents(List<List<AnnotatedArticle.Edge>> out, String[] tags) {
        for (List<AnnotatedArticle.Edge> own : out) {
            for (int k = 0; k < own.size(); k++) {
                AnnotatedArticle.Edge e = own.get(k);
                if (e.rel().equals("amod") && "ADJ".equals(tags[e.dep()]) && hasAgent(out.get(e.dep()))) {
                    own.set(k, new AnnotatedArticle.Edge(e.gov(), e.dep(), "acl"));
                }
            }
        }
    }

    /**
     * "más de 4.300 personas", "cerca de 3.000 los muertos", "al menos 26 personas": the Spanish parser hangs the number on
     * the adverb and the adverb on the noun; English trees hang the number on the noun it counts and
     * the adverb on the number ("more than 4,300 people"), which is where the rules look.
     */
    private static void numbersOnTheirNoun(List<List<AnnotatedArticle.Edge>> out, String[] tags) {
        for (int noun = 0; noun < out.size(); noun++) {
            if (!isNominal(tags[noun])) {
                continue;
            }
            List<AnnotatedArticle.Edge> own = out.get(noun);
            for (int k = 0; k < own.size(); k++) {
                AnnotatedArticle.Edge e = own.get(k);
                int adverb = e.dep();
                if (!e.rel().equals("advmod") || !"ADV".equals(tags[adverb]) && !"ADP".equals(tags[adverb])) { // "al menos"
                    continue;
                }
                List<AnnotatedArticle.Edge> ofAdverb = out.get(adverb);
                for (int m = 0; m < ofAdverb.size(); m++) {
                    AnnotatedArticle.Edge n = ofAdverb.get(m);
                    if (n.rel().equals("nummod") && "NUM".equals(tags[n.dep()])) {
                        ofAdverb.remove(m);
                        own.set(k, new AnnotatedArticle.Edge(noun, n.dep(), "nummod"));
                        out.get(n.dep()).add(new AnnotatedArticle.Edge(n.dep(), adverb, "advmod"));
                        break;
                    }
                }
            }
        }
    }

    /**
     * "dos mil personas": the Spanish parser heads a number written in words by its first word
     * ("dos", with "mil" its compound); English trees head it by the last ("two thousand people":
     * "thousand" counts the people), where the rules look for the counted noun.
     */
    private static void lastNumberWordHeads(List<List<AnnotatedArticle.Edge>> out, String[] tags, List<AnnotatedArticle.Edge> roots) {
        java.util.Set<Integer> rootTokens = new java.util.HashSet<>();
        roots.forEach(r -> rootTokens.add(r.dep()));
        for (int first = 0; first < out.size(); first++) {
            if (rootTokens.contains(first)) {
                continue; // "Dos mil muertos" as a headline: the root stays where the tree has it
            }
            List<AnnotatedArticle.Edge> own = out.get(first);
            for (int k = 0; k < own.size(); k++) {
                AnnotatedArticle.Edge e = own.get(k);
                int last = e.dep();
                if (!e.rel().equals("compound") || last < first || !"NUM".equals(tags[first]) || !"NUM".equals(tags[last])) {
                    continue;
                }
                for (List<AnnotatedArticle.Edge> above : out) {
                    for (int m = 0; m < above.size(); m++) {
                        AnnotatedArticle.Edge up = above.get(m);
                        if (up.dep() == first) {
                            above.set(m, new AnnotatedArticle.Edge(up.gov(), last, up.rel()));
                        }
                    }
                }
                own.remove(k);
                out.get(last).add(new AnnotatedArticle.Edge(last, first, "compound"));
                break;
            }
        }
    }

    private static boolean hasAgent(List<AnnotatedArticle.Edge> own) {
        for (AnnotatedArticle.Edge e : own) {
            if (e.rel().equals("obl:by") || e.rel().equals("obl:agent")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(AnnotatedArticle.Edge e, int n) {
        return e.gov() >= 0 && e.gov() < n && e.dep() >= 0 && e.dep() < n;
    }

    private static List<String> caseWords(int dep, List<List<Integer>> caseOf, List<List<Integer>> fixedOf, String[] words) {
        List<Integer> marks = new ArrayList<>();
        for (int c : caseOf.get(dep)) {
            marks.add(c);
            marks.addAll(fixedOf.get(c));
        }
        marks.sort(null);
        List<String> out = new ArrayList<>(marks.size());
        for (int m : marks) {
            out.add(words[m]);
        }
        return out;
    }

    /** One governor's edges with the misreadings of its clause repaired (subjects, objects, clause labels). */
    private static List<AnnotatedArticle.Edge> repaired(int v, List<AnnotatedArticle.Edge> own, String[] words, String[] tags,
                                                        LanguageView language) {
        AnnotatedArticle.Edge subject = null;
        AnnotatedArticle.Edge object = null;
        AnnotatedArticle.Edge asSubject = null;
        String verb = words[v];
        for (AnnotatedArticle.Edge e : own) {
            if (e.rel().startsWith("nsubj")) {
                subject = e;
            } else if (e.rel().equals("obj")) {
                object = e;
            } else if (e.rel().equals(LanguageView.SUBJECT_MARK)) {
                asSubject = e;
            } else if (e.rel().equals("compound:prt")) {
                verb = words[e.dep()] + verb;
            }
        }
        boolean active = false;
        boolean perfect = false; // "hatte ... gemeldet": an active tense, whatever the parser says
        int firstPassive = Integer.MAX_VALUE;
        for (AnnotatedArticle.Edge e : own) {
            active |= e.rel().equals("nsubj");
            perfect |= e.rel().equals("aux") && language.isActiveAuxiliary(words[e.dep()]);
            firstPassive = e.rel().equals("nsubj:pass") ? Math.min(firstPassive, e.dep()) : firstPassive;
        }
        // "Zuvor hatte die Regierung 26 Tote gemeldet", parsed with the government as the object: in an
        // active clause the object before the would-be passive subjects is the subject
        AnnotatedArticle.Edge actor = perfect && !active && firstPassive != Integer.MAX_VALUE && object != null && object.dep() < firstPassive
                && isNominal(tags[object.dep()]) ? object : null;
        List<AnnotatedArticle.Edge> out = new ArrayList<>(own.size());
        for (AnnotatedArticle.Edge e : own) {
            if ((active || perfect) && e.rel().equals("nsubj:pass")) {
                // "Zuvor hatte Pakistan 26 Tote gemeldet": a clause with a subject has no passive one; it is the object
                out.add(new AnnotatedArticle.Edge(v, e.dep(), "obj"));
            } else if (e == actor) {
                out.add(new AnnotatedArticle.Edge(v, e.dep(), "nsubj"));
            } else if (e.rel().equals("acl") && isVerbal(tags[v])) {
                out.add(new AnnotatedArticle.Edge(v, e.dep(), "advcl")); // a clause on a verb is adverbial
            } else if (e == asSubject) { // "Wie die Polizei mitteilte"
                out.add(new AnnotatedArticle.Edge(v, e.dep(), subject == null ? "nsubj" : "obl"));
            } else if (subject != null && object != null && language.isReportingVerb(verb)
                    && language.pointsBack(words[subject.dep()]) && isNominal(tags[object.dep()])) {
                // "Das teilte die Feuerwehr mit": the fire service said that
                out.add(e == subject ? new AnnotatedArticle.Edge(v, e.dep(), "obj")
                        : e == object ? new AnnotatedArticle.Edge(v, e.dep(), "nsubj") : e);
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isVerbal(String tag) {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    private static boolean isNominal(String tag) {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }
}
