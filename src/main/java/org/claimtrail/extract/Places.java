package org.claimtrail.extract;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Where a count is (claims spec, "What is counted, and where"): the place as the article names it
 * ("Kursk region", "Kerr County", "Syria’s coastal region") and its country code where known.
 * Looked for in the figure's dependency neighbourhood first (a locative phrase on the counted noun,
 * its verb, or the toll it completes), then anywhere in the sentence (the place name nearest to the
 * figure in the tree), then in the sentence before, then the article's main place: tolls are mostly
 * given for the place the story is about, and a series must not lose its place because one sentence
 * leaves it out.
 */
final class Places implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A place as named, and its country (ISO code) when known. */
    record Place(String name, String country) implements Serializable {
    }

    /** Named-entity classes of place names (CoreNLP's coarse and fine-grained ones). */
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Proper nouns that are never a place even where the parse puts them in a locative phrase. */
    private static final Set<String> NOT_PLACE_NER = Set.of("PERSON", "DATE", "TIME", "DURATION", "NUMBER",
            "MISC", "NATIONALITY", "ORDINAL", "MONEY", "PERCENT", "SET", "TITLE");
    /** Modifiers that belong to a place's name: "Syria's coastal region", "10 Turkish provinces". */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "flat", "nummod");
    /** Marks a bare "the country": the article's main place stands for it. */
    private static final Place ANAPHORIC = new Place("", null);

    private final ExtractionLexicon lx;
    private final CountryNames countries;

    Places(ExtractionLexicon lx, CountryNames countries) {
        this.lx = lx;
        this.countries = countries;
    }

    /**
     * The place of figure {@code q} (counting {@code noun}, said by predicate {@code anchor}), or
     * {@code main}, the article's place, when the sentence names none.
     */
    Place of(String text, SentenceView s, Quantity q, int noun, int anchor, Place before, Place main) {
        Place p = nearby(text, s, q, noun, anchor);
        if (p == ANAPHORIC) {
            return main;
        }
        if (p == null) {
            p = nearest(text, s, noun >= 0 ? noun : q.head(), anchor);
        }
        if (p == null) {
            p = before;
        }
        if (p == null) {
            return main;
        }
        return p.country() != null || main == null ? p : new Place(p.name(), main.country());
    }

    /**
     * A locative phrase on the counted noun, its predicate, the toll or subject of that predicate, or
     * the verb it is coordinated with ("were killed and 57 injured in Poonch"); one level further
     * down through a noun that is no place ("strikes on Lebanon", "the massacres along the coast").
     */
    private Place nearby(String text, SentenceView s, Quantity q, int noun, int anchor) {
        List<Integer> from = new ArrayList<>();
        int x = noun >= 0 ? noun : q.head();
        from.add(x);
        // "42 people dead in Buncombe County", "civilians killed in El Fasher": the noun's own predicate
        for (AnnotatedArticle.Edge e : s.children(x)) {
            if (e.dep() > x && (e.rel().equals("amod") || e.rel().startsWith("acl")) && !e.rel().equals("acl:relcl")) {
                from.add(e.dep());
            }
        }
        if (anchor >= 0) {
            from.add(anchor);
            for (AnnotatedArticle.Edge e : s.children(anchor)) {
                if (e.rel().startsWith("nsubj") && s.isNoun(e.dep())) {
                    from.add(e.dep());
                }
            }
            AnnotatedArticle.Edge up = s.parent(anchor);
            if (up != null && up.rel().startsWith("conj")) {
                from.add(up.gov());
            }
        }
        // "the death toll of the massacres along the coast has exceeded 1,500 civilians": the verb the
        // figure completes, and its subject
        int verb = governingVerb(s, noun >= 0 ? noun : q.head());
        if (verb >= 0 && verb != anchor) {
            from.add(verb);
            from.addAll(s.children(verb, "nsubj"));
        }
        for (int f : from) {
            Place p = locative(text, s, f, 0);
            if (p != null) {
                return p;
            }
        }
        // "In a separate incident in the Gush Dan region, the MDA reported evacuating 34 injured": a
        // locative that frames the whole sentence before the figure, on a verb above the figure's
        int cur = anchor >= 0 ? anchor : q.head();
        for (int steps = 0; steps < 4; steps++) {
            AnnotatedArticle.Edge p = s.parent(cur);
            if (p == null) {
                break;
            }
            cur = p.gov();
            for (AnnotatedArticle.Edge e : s.children(cur)) {
                String prep = preposition(e.rel());
                if (e.dep() < q.first() && prep != null && lx.locativePrepositions.containsKey(prep)) {
                    Place found = placeAt(text, s, e.dep(), lx.locativePrepositions.get(prep));
                    if (found == null && s.isNoun(e.dep())) {
                        found = locative(text, s, e.dep(), 1);
                    }
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** The verb whose object or subject the figure's noun is (through a clause it modifies), or -1. */
    private static int governingVerb(SentenceView s, int x) {
        int cur = x;
        for (int steps = 0; steps < 3; steps++) {
            AnnotatedArticle.Edge p = s.parent(cur);
            if (p == null) {
                return -1;
            }
            if (s.isVerb(p.gov())) {
                return p.rel().equals("obj") || p.rel().startsWith("nsubj") || p.rel().startsWith("obl") ? p.gov() : -1;
            }
            cur = p.gov();
        }
        return -1;
    }

    private Place locative(String text, SentenceView s, int t, int depth) {
        for (AnnotatedArticle.Edge e : s.children(t)) {
            String prep = preposition(e.rel());
            Boolean namedOnly = prep == null ? null : lx.locativePrepositions.get(prep);
            if (namedOnly == null) {
                continue;
            }
            Place p = placeAt(text, s, e.dep(), namedOnly);
            if (p != null) {
                return p;
            }
        }
        if (depth < 2) {
            // "the death toll of the massacres along the coast": through the noun's own of-phrase
            for (AnnotatedArticle.Edge e : s.children(t)) {
                String prep = preposition(e.rel());
                // at the verb itself, through any of its phrases: "killed following clashes in the coastal region"
                boolean through = e.rel().equals("nmod:of") || prep != null && lx.locativePrepositions.containsKey(prep)
                        || depth == 0 && s.isVerb(t) && e.rel().startsWith("obl");
                if (s.isNoun(e.dep()) && through) {
                    Place p = locative(text, s, e.dep(), depth + 1);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** "obl:in" → "in", "nmod:across" → "across"; null for other relations. */
    private static String preposition(String rel) {
        if (!rel.startsWith("obl:") && !rel.startsWith("nmod:")) {
            return null;
        }
        return rel.substring(rel.indexOf(':') + 1);
    }

    /**
     * The place token {@code t} names: a place name, a place noun holding one ("the coastal region
     * of Jableh", "the camps in Tawila"), or, where the preposition allows it, a place noun alone
     * ("government-held areas"); {@link #ANAPHORIC} for a bare "the country".
     */
    private Place placeAt(String text, SentenceView s, int t, boolean namedOnly) {
        if (PLACE_NER.contains(s.ner(t))
                || !namedOnly && s.isProperNoun(t) && !NOT_PLACE_NER.contains(s.ner(t)) && !lx.placeNouns.contains(s.lemma(t))) {
            return place(text, s, nameSpan(s, t));
        }
        if (!lx.placeNouns.contains(s.lemma(t))) {
            return null;
        }
        SortedSet<Integer> in = new TreeSet<>();
        in.add(t);
        addModifiers(s, t, in);
        boolean named = in.stream().anyMatch(i -> PLACE_NER.contains(s.ner(i)) || s.isProperNoun(i));
        for (AnnotatedArticle.Edge e : s.children(t)) {
            if ((e.rel().equals("nmod:of") || e.rel().equals("nmod:in")) && e.dep() > t && isName(s, e.dep())) {
                for (int i = t + 1; i <= nameSpan(s, e.dep())[1]; i++) {
                    in.add(i); // "region of Jableh": the words between are the preposition and determiner
                }
                named = true;
            }
        }
        for (int a : s.children(t, "appos")) {
            if (isName(s, a)) {
                return place(text, s, nameSpan(s, a)); // "North Darfur's capital, El Fasher": the name
            }
        }
        if (namedOnly && !named) {
            return null;
        }
        if (!named && in.size() == 1 && lx.anaphoricPlaces.contains(s.lemma(t))) {
            return ANAPHORIC;
        }
        return place(text, s, new int[] {in.first(), in.last()});
    }

    /** A place name, or a proper noun NER did not take for something else ("El Fasher" tagged an organisation). */
    private static boolean isName(SentenceView s, int t) {
        return PLACE_NER.contains(s.ner(t)) || s.isProperNoun(t) && !NOT_PLACE_NER.contains(s.ner(t));
    }

    /** Modifiers before a place noun, with theirs: "Syria's coastal", "10 Turkish", "government-held". */
    private static void addModifiers(SentenceView s, int noun, SortedSet<Integer> in) {
        Deque<Integer> todo = new ArrayDeque<>();
        for (AnnotatedArticle.Edge e : s.children(noun)) {
            if (e.dep() < noun && MODIFIERS.contains(e.rel())) {
                todo.add(e.dep());
            }
        }
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (!in.add(t)) {
                continue;
            }
            for (AnnotatedArticle.Edge e : s.children(t)) {
                if (e.dep() < noun && (MODIFIERS.contains(e.rel()) || e.rel().equals("punct") && s.pos(e.dep()).equals("HYPH")
                        || e.rel().equals("advmod") || e.rel().equals("case") && s.pos(e.dep()).equals("POS"))) {
                    todo.add(e.dep());
                }
            }
        }
        // the modifiers must touch the noun: "Syria 's coastal region", not a stray word before
        in.removeIf(i -> i < noun && !inRun(in, i, noun));
    }

    private static boolean inRun(SortedSet<Integer> in, int i, int noun) {
        for (int k = i; k < noun; k++) {
            if (!in.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tokens of the name {@code t} belongs to: its run of place (or proper-noun) tokens, extended
     * to a place noun it names ("Kursk region", "Poonch district").
     */
    private int[] nameSpan(SentenceView s, int t) {
        String ner = s.ner(t);
        int first = t;
        int last = t;
        while (first > 0 && sameName(s, first - 1, ner)) {
            first--;
        }
        while (last + 1 < s.size() && sameName(s, last + 1, ner)) {
            last++;
        }
        if (last + 1 < s.size() && lx.placeNouns.contains(s.lemma(last + 1)) && s.isNoun(last + 1)) {
            last++;
        }
        return new int[] {first, last};
    }

    private static boolean sameName(SentenceView s, int i, String ner) {
        return ner.equals("O") ? s.isProperNoun(i) && s.ner(i).equals("O") : s.ner(i).equals(ner);
    }

    private Place place(String text, SentenceView s, int[] span) {
        int first = span[0];
        while (first < span[1] && (s.pos(first).equals("DT") || s.word(first).equals("'s"))) {
            first++;
        }
        String name = text.substring(s.begin(first), s.end(span[1]));
        return new Place(name, countries.codeOf(name));
    }

    /**
     * The place name nearest to the figure or its predicate in the dependency tree, skipping names
     * that only modify another noun's name ("Maui Police Department", "U.S. officials").
     */
    private Place nearest(String text, SentenceView s, int x, int anchor) {
        int[] dist = new int[s.size()];
        java.util.Arrays.fill(dist, Integer.MAX_VALUE);
        Deque<Integer> todo = new ArrayDeque<>();
        for (int start : new int[] {x, anchor}) {
            if (start >= 0 && dist[start] != 0) {
                dist[start] = 0;
                todo.add(start);
            }
        }
        int best = -1;
        Place found = null;
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (best >= 0 && dist[t] > dist[best]) {
                break;
            }
            if (!Datelines.contains(s, t) && (best < 0 || t < best)) {
                if (PLACE_NER.contains(s.ner(t)) && !modifiesOtherName(s, t)) {
                    best = t;
                } else if (lx.placeNouns.contains(s.lemma(t)) && s.isNoun(t)) {
                    Place named = placeAt(text, s, t, true); // "the western city of El-Fasher"
                    if (named != null && named != ANAPHORIC) {
                        best = t;
                        found = named;
                    }
                }
            }
            List<Integer> next = new ArrayList<>();
            for (AnnotatedArticle.Edge e : s.children(t)) {
                next.add(e.dep());
            }
            for (AnnotatedArticle.Edge e : s.parents(t)) {
                next.add(e.gov());
            }
            for (int n : next) {
                if (dist[n] == Integer.MAX_VALUE) {
                    dist[n] = dist[t] + 1;
                    todo.add(n);
                }
            }
        }
        if (best < 0) {
            return null;
        }
        return found != null && !PLACE_NER.contains(s.ner(best)) ? found : place(text, s, nameSpan(s, best));
    }

    /**
     * A place name used as part of another name, as a group's modifier or as a toll's possessor:
     * "Maui Police Department", "US troops", "Russia's losses".
     */
    private boolean modifiesOtherName(SentenceView s, int t) {
        int cur = t;
        while (cur + 1 < s.size() && s.ner(cur + 1).equals(s.ner(t))) {
            cur++;
        }
        AnnotatedArticle.Edge p = s.parent(cur);
        if (p == null) {
            return false;
        }
        // "the Washington-based group", "Kyiv-backed forces": the place qualifies a name
        AnnotatedArticle.Edge pp = s.parent(p.gov());
        if (s.pos(p.gov()).equals("VBN") && pp != null && pp.rel().equals("amod")) {
            return true;
        }
        // "Russia's military losses", "Ukraine's soldiers": the possessor of a toll or a group is whose, not where
        if (p.rel().equals("nmod:poss")) {
            return lx.nounMetric.containsKey(s.lemma(p.gov())) || lx.peopleNouns.contains(s.lemma(p.gov()));
        }
        if (!(p.rel().equals("compound") || p.rel().equals("amod"))) {
            return false;
        }
        return !lx.placeNouns.contains(s.lemma(p.gov())) && !PLACE_NER.contains(s.ner(p.gov()));
    }

    /**
     * The first place a sentence names, outside its dateline and other names ("the Gush Dan region";
     * not "Maui Police Department"), or null: a count in the next sentence that names none is
     * mostly still there ("Thirteen others were evacuated from this location").
     */
    Place firstNamed(String text, SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (PLACE_NER.contains(s.ner(i)) && !Datelines.contains(s, i) && !modifiesOtherName(s, i)) {
                return place(text, s, nameSpan(s, i));
            }
        }
        return null;
    }

    /**
     * The article's main place: the place name it gives most often, names in its first two sentences
     * (headline and lead) counting double; ties go to the earliest. Context sentences count too (they
     * carry names without a tree). Null when the article names no place.
     */
    Place main(String text, List<AnnotatedArticle.Sentence> sentences) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> asWritten = new HashMap<>();
        int n = 0;
        for (AnnotatedArticle.Sentence sentence : sentences) {
            SentenceView s = new SentenceView(sentence, lx.language, null);
            int weight = n++ < 2 ? 2 : 1;
            for (int i = 0; i < s.size(); i++) {
                if (!PLACE_NER.contains(s.ner(i)) || i > 0 && s.ner(i - 1).equals(s.ner(i)) || Datelines.contains(s, i)) {
                    continue;
                }
                int last = i;
                while (last + 1 < s.size() && s.ner(last + 1).equals(s.ner(i))) {
                    last++;
                }
                String name = text.substring(s.begin(i), s.end(last));
                String key = name.toLowerCase(java.util.Locale.ROOT);
                counts.merge(key, weight, Integer::sum);
                asWritten.putIfAbsent(key, name);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        String name = asWritten.get(best);
        return new Place(name, countries.codeOf(name));
    }
}
