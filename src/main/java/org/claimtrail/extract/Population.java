package org.claimtrail.extract;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * What group a figure counts (claims spec, "What is counted, and where"): the phrase as written with
 * its head noun last ("North Korean soldiers", "campers and counselors", "people"), its class
 * (civilians, military, armed group, people, children, other) and whose people they are (a country
 * code, or the group's name). The figure itself and its qualifier words are not part of the phrase.
 */
final class Population implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A figure's population. A figure that names no group counts people (generic_population.tsv: the
     * language's word for them), even after one that
     * does: "492 people, including 35 children, and wounded 1,645 others" are people, not children.
     */
    record Counted(String phrase, String populationClass, String actor) implements Serializable {
    }

    /** Modifiers that are part of a group's name ("North Korean", "Pakistan's", "security force"). */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "flat");
    /** Entities that say whose people a group is: a country by name or adjective, or an organisation. */
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    private static final Set<String> ACTOR_NER = Set.of("MISC", "NATIONALITY", "LOCATION", "COUNTRY",
            "STATE_OR_PROVINCE", "CITY");

    private final ExtractionLexicon lx;
    private final CountedNouns nouns;
    private final CountryNames countries;

    Population(ExtractionLexicon lx, CountedNouns nouns, CountryNames countries) {
        this.lx = lx;
        this.nouns = nouns;
        this.countries = countries;
    }

    /**
     * The group figure {@code q} counts: its noun when that names people or materiel; else the people
     * of a toll's noun ("deaths of civilians", "Ukrainian deaths", "Russia's military losses"); else
     * the people its clause is about (the subject of its verb, the sufferer of "suffered 40,000
     * wounded", the predicate of "90 were men"); else people.
     */
    Counted of(String text, SentenceView s, Quantity q, int noun, int anchor) {
        if (noun >= 0 && (isPeople(s, noun) || nouns.isMateriel(s, noun))) {
            Counted c = group(text, s, q, noun, true);
            if (c != null) {
                return c;
            }
        }
        int toll = noun >= 0 ? noun : tollOf(s, anchor);
        if (toll >= 0) {
            for (AnnotatedArticle.Edge e : s.children(toll)) {
                // "the deaths of 40 civilians", "more than 200 of the injured", "among them 30 children"
                if ((e.rel().equals("nmod:among") || e.rel().equals("nmod:of")) && e.dep() != q.head()
                        && isPeople(s, e.dep())) {
                    Counted c = group(text, s, q, e.dep(), true);
                    if (c != null) {
                        return c;
                    }
                }
            }
            // "Russian troops suffered 300,000 combatant casualties": the sufferer says whose they are
            int sufferer = sufferer(s, q.head());
            if (sufferer >= 0) {
                return group(text, s, q, sufferer, true);
            }
            // "Ukrainian deaths", "civilian casualties", "Russia's military losses": whose the toll is
            Counted owners = group(text, s, q, toll, false);
            if (owners != null) {
                return owners;
            }
        }
        Counted clause = ofClause(text, s, q, anchor);
        return clause != null ? clause : new Counted(lx.genericPopulation, "people", null);
    }

    /** The noun of a toll a bare figure completes: "Ukrainian deaths were close to 70,000". */
    private static int tollOf(SentenceView s, int anchor) {
        if (anchor < 0) {
            return -1;
        }
        if (s.isNoun(anchor) && !s.pos(anchor).startsWith("PRP")) {
            return anchor;
        }
        for (int c : s.children(anchor, "nsubj")) {
            if (s.isNoun(c) && !s.pos(c).startsWith("PRP")) {
                return c;
            }
        }
        return -1;
    }

    /** The people the figure's clause is about: the subject of its verb, a sufferer, a copula's predicate. */
    private Counted ofClause(String text, SentenceView s, Quantity q, int anchor) {
        int h = q.head();
        // "Of those, 90 were men": the figure is the subject of a noun predicate
        for (AnnotatedArticle.Edge e : s.parents(h)) {
            if (e.rel().startsWith("nsubj") && s.isNoun(e.gov()) && !s.children(e.gov(), "cop").isEmpty()
                    && isPeople(s, e.gov())) {
                Counted c = group(text, s, q, e.gov(), true);
                if (c != null) {
                    return c;
                }
            }
        }
        // "and three were children": the parse may hang the predicate on the figure
        for (AnnotatedArticle.Edge e : s.children(h)) {
            if (e.rel().equals("dep") && s.isNoun(e.dep()) && !s.children(e.dep(), "cop").isEmpty()
                    && isPeople(s, e.dep())) {
                Counted c = group(text, s, q, e.dep(), true);
                if (c != null) {
                    return c;
                }
            }
        }
        if (anchor >= 0 && s.isVerb(anchor)) {
            for (int c : s.children(anchor, "nsubj")) {
                if (c != h && isPeople(s, c)) {
                    Counted g = group(text, s, q, c, true);
                    if (g != null) {
                        return g;
                    }
                }
            }
        }
        int sufferer = sufferer(s, h);
        if (sufferer >= 0) {
            return group(text, s, q, sufferer, true);
        }
        return null;
    }

    /**
     * "The Wagner Group mercenaries likely suffered approximately 40,000 wounded": the subject of a
     * verb of loss (sufferer_verbs.tsv) that the figure is the object of, directly or through a
     * coordination or the noun it counts.
     */
    private int sufferer(SentenceView s, int h) {
        int cur = h;
        boolean ownVerb = false;
        for (int steps = 0; steps < 4 && cur >= 0; steps++) {
            AnnotatedArticle.Edge p = s.parent(cur);
            if (p == null) {
                return -1;
            }
            int gov = p.gov();
            if (s.isVerb(gov) && lx.suffererVerbs.contains(s.lemma(gov))) {
                // "suffered 400 wounded", or the parse's looser "dep" for a participle it could not place
                if (!(p.rel().equals("obj") || p.rel().startsWith("conj") || p.rel().equals("dep"))) {
                    return -1;
                }
                for (int c : s.children(gov, "nsubj")) {
                    // "Buncombe County suffered 42 deaths": a place suffers its people's deaths
                    if (s.isNoun(c) && !s.pos(c).startsWith("PRP") && !PLACE_NER.contains(s.ner(c))
                            && !lx.placeNouns.contains(s.lemma(c))) {
                        return c;
                    }
                }
                return -1;
            }
            if (s.isVerb(gov)) {
                // "suffered 40,000 wounded and 20,000 killed": the figure's own participle leads on to
                // the verb of loss; any other clause's verb ends the search
                if (ownVerb || !(p.rel().startsWith("nsubj") || p.rel().startsWith("conj"))) {
                    return -1;
                }
                ownVerb = true;
            }
            cur = gov;
        }
        return -1;
    }

    /**
     * The group headed by {@code head}: with {@code withHead}, the noun and its modifiers ("North
     * Korean soldiers"), its coordinated nouns without a figure of their own ("campers and
     * counselors") and its of-phrase ("members of the security forces"); without, only the modifiers
     * that say whose people a toll counts ("Ukrainian" of "Ukrainian deaths"), or null when none does.
     */
    private Counted group(String text, SentenceView s, Quantity q, int head, boolean withHead) {
        SortedSet<Integer> in = new TreeSet<>();
        if (withHead) {
            in.add(head);
            addModifiers(s, head, in);
            for (AnnotatedArticle.Edge e : s.children(head)) {
                if (e.rel().startsWith("conj") && s.isNoun(e.dep()) && e.dep() > head && ownFigureless(s, e.dep())) {
                    in.add(e.dep());
                    addModifiers(s, e.dep(), in);
                    for (int cc : s.children(e.dep(), "cc")) {
                        in.add(cc);
                    }
                } else if (e.rel().equals("nmod:of") && e.dep() > head && !s.pos(e.dep()).startsWith("PRP")
                        && ownFigureless(s, e.dep())) {
                    addSubtree(s, e.dep(), in);
                }
            }
        } else {
            for (AnnotatedArticle.Edge e : s.children(head)) {
                if (e.dep() < head && MODIFIERS.contains(e.rel()) && isWhose(s, head, e.dep())) {
                    in.add(e.dep());
                    addModifiers(s, e.dep(), in);
                }
            }
        }
        dropFigure(s, q, in);
        if (in.isEmpty() || withHead && !in.contains(head)) {
            return null;
        }
        String phrase = PhraseSpan.text(text, s, in);
        return new Counted(phrase, classOf(s, head, in), actorOf(text, s, in));
    }

    /** A noun of people: people_nouns.tsv, or a noun population_classes.tsv gives a class ("campers"). */
    private boolean isPeople(SentenceView s, int t) {
        return nouns.isPeople(s, t) || s.isNoun(t) && classWord(s, t) != null;
    }

    /**
     * Whether a modifier of a toll says whose it is: a nationality ("Ukrainian deaths"), a possessor
     * ("Russia's losses"), a group, "civilian", "military". A place name compounded with the toll
     * ("the Turkey earthquake death toll") says where, not whose.
     */
    private boolean isWhose(SentenceView s, int toll, int m) {
        if (lx.populationClasses.containsKey(s.lemma(m)) || lx.populationClasses.containsKey(s.word(m))
                || s.ner(m).equals("ORGANIZATION") || s.ner(m).equals("MISC") || s.ner(m).equals("NATIONALITY")) {
            return true;
        }
        return ACTOR_NER.contains(s.ner(m)) && s.children(toll, "nmod:poss").contains(m);
    }

    /** A coordinated noun or of-phrase with no number of its own ("35 children and 58 women" are two groups). */
    private static boolean ownFigureless(SentenceView s, int noun) {
        for (AnnotatedArticle.Edge e : s.children(noun)) {
            if (e.rel().equals("nummod") || s.pos(e.dep()).equals("CD") && e.rel().startsWith("det")) {
                return false;
            }
        }
        return true;
    }

    /** Modifiers before a noun, with their own modifiers and coordinations ("Ukrainian and Russian"). */
    private static void addModifiers(SentenceView s, int noun, SortedSet<Integer> in) {
        Deque<Integer> todo = new ArrayDeque<>();
        for (AnnotatedArticle.Edge e : s.children(noun)) {
            if (e.dep() < noun && (MODIFIERS.contains(e.rel()) || e.rel().equals("nummod") && !s.pos(e.dep()).equals("CD"))) {
                todo.add(e.dep());
            }
        }
        for (int c : s.children(noun, "case")) {
            if (s.pos(c).equals("POS")) {
                in.add(c); // a possessor's "'s": "Russia's military losses"
            }
        }
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (!in.add(t)) {
                continue;
            }
            for (AnnotatedArticle.Edge e : s.children(t)) {
                if (MODIFIERS.contains(e.rel()) || e.rel().startsWith("conj") || e.rel().equals("cc")
                        || e.rel().equals("advmod") || e.rel().equals("punct") && s.pos(e.dep()).equals("HYPH")
                        || e.rel().equals("case") && s.pos(e.dep()).equals("POS")) { // "Russia's"
                    todo.add(e.dep());
                }
            }
        }
    }

    /** A whole of-phrase: "of the security forces", "of other terrorist groups". */
    private static void addSubtree(SentenceView s, int head, SortedSet<Integer> in) {
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (Math.abs(t - head) > 8 || !in.add(t)) {
                continue;
            }
            for (AnnotatedArticle.Edge e : s.children(t)) {
                if (!e.rel().startsWith("acl") && !e.rel().equals("punct") && !e.rel().startsWith("appos")
                        && e.dep() != t) {
                    todo.add(e.dep());
                }
            }
        }
    }

    /**
     * Without the figure: its tokens, numbers, determiners and the words that lead a figure ("at
     * least", "another", "as many as"), which the parse may hang on the noun. Only a leading run is
     * dropped, so "members of the security forces" keeps its "the".
     */
    private void dropFigure(SentenceView s, Quantity q, SortedSet<Integer> in) {
        in.removeIf(t -> t >= q.first() && t <= q.last() || s.pos(t).equals("CD"));
        while (!in.isEmpty()) {
            int t = in.first();
            String pos = s.pos(t);
            if (pos.equals("DT") || pos.equals("PRP$") || pos.equals("IN") || pos.equals("TO") || pos.equals("CC")
                    || pos.startsWith("RB") || pos.equals("JJS") || pos.equals("JJR") || pos.equals("PDT") || pos.equals("POS")
                    || lx.populationFigureWords.contains(s.word(t)) || !Character.isLetterOrDigit(s.word(t).charAt(0))) {
                in.remove(t);
            } else {
                break;
            }
        }
        while (!in.isEmpty() && (s.pos(in.last()).equals("CC") || s.pos(in.last()).equals("IN"))) {
            in.remove(in.last());
        }
    }

    /**
     * The class of the group: its head noun's when population_classes.tsv says something definite,
     * else a modifier's ("military personnel"), else people for a people noun, else other (materiel,
     * a toll of unknown people).
     */
    private String classOf(SentenceView s, int head, SortedSet<Integer> in) {
        String own = classWord(s, head);
        if (own != null && !own.equals("people")) {
            return own;
        }
        for (int t : in) {
            String c = t == head ? null : classWord(s, t);
            if (c != null && !c.equals("people")) {
                return c;
            }
        }
        if (own != null || nouns.isPeople(s, head) || lx.nounMetric.containsKey(s.lemma(head)) && !nouns.isMateriel(s, head)) {
            return "people"; // a people noun, or a toll ("Ukrainian deaths") of people of no class said
        }
        return "other";
    }

    private String classWord(SentenceView s, int t) {
        String c = lx.populationClasses.get(s.lemma(t));
        return c != null ? c : lx.populationClasses.get(s.word(t));
    }

    /**
     * Whose people: the country the phrase's names and nationalities say (as a code), else the
     * first organisation named in it ("Hezbollah operatives").
     */
    private String actorOf(String text, SentenceView s, SortedSet<Integer> in) {
        StringBuilder names = new StringBuilder();
        for (int t : in) {
            if (ACTOR_NER.contains(s.ner(t)) || s.isProperNoun(t) && !s.ner(t).equals("ORGANIZATION")) {
                names.append(text, s.begin(t), s.end(t)).append(' ');
            } else {
                names.append("| ");
            }
        }
        String code = countries.codeOf(names.toString());
        if (code != null) {
            return code;
        }
        int first = -1;
        int last = -1;
        for (int t : in) {
            if (s.ner(t).equals("ORGANIZATION")) {
                if (first < 0) {
                    first = t;
                } else if (t != last + 1) {
                    break;
                }
                last = t;
            }
        }
        return first < 0 ? null : text.substring(s.begin(first), s.end(last));
    }
}
