package org.claimtrail.story;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.config.LexiconFile;

/**
 * The terms an article is grouped by: its named entities (places, actors, other names) and its
 * content words. Named entities and lemmas come from the annotated sentences (CoreNLP NER, lemmas);
 * annotate only annotates sentences with a figure and their context, so the rest of the text (the
 * headline and lead included) adds its capitalized names and its words, read with a plain tokenizer.
 * The counts are raw; {@link StoryStage} weighs them by rarity.
 */
public final class StoryTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a term is: a place, an actor (person or organization), another name, or a content word. */
    public static final String PLACE = "place";
    public static final String ACTOR = "actor";
    public static final String NAME = "name";
    public static final String WORD = "word";

    /** One term of an article with how often it occurs and how it is written (for story labels). */
    public record Term(String term, String kind, String display, double count) implements Serializable {
    }

    private static final Pattern WORD_TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
    /** A run of capitalized words ("Lahaina", "Crocus City Hall") possibly joined by "of"/"al-" style links. */
    private static final Pattern NAME_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:(?:of|de|al|el|the)[ \\t]+)?\\p{Lu}[\\p{L}'’-]*)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"“”]\\s*$|^\\s*$");

    private final Set<String> stopWords;
    /** A place's name in another language, folded, to its English name ({@code place_names.tsv}). */
    private final Map<String, String> placeNames;

    public StoryTerms(Set<String> stopWords) {
        this(stopWords, Map.of());
    }

    public StoryTerms(Set<String> stopWords, Map<String, String> placeNames) {
        this.stopWords = Set.copyOf(stopWords);
        this.placeNames = Map.copyOf(placeNames);
    }

    /**
     * Loads {@code story_stop_words.tsv} of the lexicon folder and of every language folder in it
     * (articles of all languages are compared together), and {@code place_names.tsv}.
     */
    public static StoryTerms load(Path lexiconDir) {
        Set<String> stop = new HashSet<>();
        List<Path> lists = new ArrayList<>(List.of(lexiconDir.resolve("story_stop_words.tsv")));
        try (var dirs = java.nio.file.Files.list(lexiconDir)) {
            dirs.filter(java.nio.file.Files::isDirectory).map(d -> d.resolve("story_stop_words.tsv"))
                    .filter(java.nio.file.Files::isRegularFile).sorted().forEach(lists::add);
        } catch (java.io.IOException e) {
            throw new org.claimtrail.config.ConfigException("cannot list " + lexiconDir + ": " + e.getMessage());
        }
        for (Path list : lists) {
            for (LexiconFile.Entry e : LexiconFile.read(list)) {
                stop.add(fold(e.field(0).toLowerCase(Locale.ROOT)));
            }
        }
        Map<String, String> places = new java.util.HashMap<>();
        for (LexiconFile.Entry e : LexiconFile.read(lexiconDir.resolve("place_names.tsv"))) {
            places.put(fold(e.field(0).toLowerCase(Locale.ROOT)), e.field(1));
        }
        return new StoryTerms(stop, places);
    }


    /** Accents folded: "Irán" and "Iran", "Tartús" and "Tartus" are one term. */
    static String fold(String s) {
        return org.claimtrail.config.Accents.fold(s);
    }

    /**
     * An article's terms.
     *
     * @param title     the title when the corpus gives one, else null (the text's first line is
     *                  usually the headline and is read with the text)
     * @param sentences the annotated sentences (may be empty); their offsets index {@code text}
     * @param outlet    the article's outlet or null: an outlet naming itself says nothing of the story
     */
    public List<Term> of(String title, String text, List<AnnotatedArticle.Sentence> sentences, String outlet) {
        Map<String, Term> terms = new LinkedHashMap<>();
        BitSet annotated = new BitSet(text.length());
        for (AnnotatedArticle.Sentence s : sentences) {
            annotated.set(Math.max(0, s.charBegin()), Math.min(text.length(), s.charEnd()));
            addAnnotated(text, s.tokens(), terms);
        }
        if (title != null && !title.isBlank()) {
            addPlain(title, null, terms);
        }
        addPlain(text, annotated, terms);
        if (outlet != null) {
            String own = outlet.replaceAll("\\s*\\(.*\\)\\s*$", "").strip().toLowerCase(Locale.ROOT);
            terms.remove("e:" + own);
        }
        return new ArrayList<>(terms.values());
    }

    /** Names from NER (consecutive tokens with one tag), content lemmas from the other tokens. */
    private void addAnnotated(String text, List<AnnotatedArticle.Token> tokens, Map<String, Term> terms) {
        int i = 0;
        while (i < tokens.size()) {
            AnnotatedArticle.Token t = tokens.get(i);
            String kind = entityKind(t.ner());
            if (kind != null) {
                int j = i + 1;
                while (j < tokens.size() && t.ner().equals(tokens.get(j).ner())) {
                    j++;
                }
                int begin = t.begin();
                int end = tokens.get(j - 1).end();
                String name;
                if (begin >= 0 && end <= text.length() && begin < end) {
                    name = text.substring(begin, end).replaceAll("\\s+", " "); // as written: "Al-Aqsa", not "Al - Aqsa"
                } else {
                    StringBuilder b = new StringBuilder();
                    for (int k = i; k < j; k++) {
                        b.append(k > i ? " " : "").append(tokens.get(k).word());
                    }
                    name = b.toString();
                }
                addName(name, kind, terms);
                i = j;
                continue;
            }
            String pos = t.pos() == null ? "" : t.pos();
            // Penn tags (English), universal ones (German, Spanish)
            if (pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || CONTENT_UPOS.contains(pos)) {
                String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
                addWord(lemma, terms);
            }
            i++;
        }
    }

    private static final Set<String> CONTENT_UPOS = Set.of("NOUN", "PROPN", "VERB", "ADJ");

    private static String entityKind(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> PLACE;
            case "PERSON", "ORGANIZATION" -> ACTOR;
            case "MISC", "NATIONALITY" -> NAME;
            default -> null;
        };
    }

    /** Text outside the annotated sentences: capitalized runs as names, every word as a content word. */
    private void addPlain(String text, BitSet skip, Map<String, Term> terms) {
        BitSet named = new BitSet(text.length());
        Matcher names = NAME_RUN.matcher(text);
        while (names.find()) {
            if (skip != null && skip.get(names.start())) {
                continue;
            }
            String run = names.group();
            // a capital after a sentence end is no evidence of a name: drop a leading function word
            boolean sentenceStart = SENTENCE_END.matcher(text.substring(Math.max(0, names.start() - 3), names.start())).find();
            String[] words = run.split("\\s+");
            int from = 0;
            while (from < words.length && stopWords.contains(words[from].toLowerCase(Locale.ROOT))) {
                from++;
            }
            int to = words.length;
            while (to > from && stopWords.contains(words[to - 1].toLowerCase(Locale.ROOT))) {
                to--;
            }
            if (from == to || (from == 0 && sentenceStart && words.length == 1)) {
                continue;
            }
            named.set(names.start(), names.end());
            addName(String.join(" ", java.util.Arrays.copyOfRange(words, from, to)), NAME, terms);
        }
        Matcher words = WORD_TOKEN.matcher(text);
        while (words.find()) {
            if (skip != null && skip.get(words.start())) {
                continue;
            }
            // words read as names above are not words too
            if (!named.get(words.start())) {
                addWord(words.group().toLowerCase(Locale.ROOT), terms);
            }
        }
    }

    private void addName(String name, String kind, Map<String, Term> terms) {
        String display = name.replace('’', '\'').strip();
        if (display.endsWith("'s")) {
            display = display.substring(0, display.length() - 2).strip();
        }
        String key = fold(display.toLowerCase(Locale.ROOT));
        String english = placeNames.get(key);
        if (english != null) { // "Türkei", "Turquía": the English name, so languages meet
            display = english;
            key = fold(english.toLowerCase(Locale.ROOT));
        }
        if (key.length() < 2 || stopWords.contains(key)) {
            return;
        }
        String term = "e:" + key;
        Term old = terms.get(term);
        // NER's kind wins over the plain reading's NAME
        String k = old == null || NAME.equals(old.kind()) ? kind : old.kind();
        terms.put(term, new Term(term, k, old == null ? display : old.display(), (old == null ? 0 : old.count()) + 1));
    }

    private void addWord(String word, Map<String, Term> terms) {
        String w = fold(word.replace('’', '\''));
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() < 3 || stopWords.contains(w) || !Character.isLetter(w.charAt(0))) {
            return;
        }
        String term = "w:" + normalize(w);
        Term old = terms.get(term);
        terms.put(term, new Term(term, WORD, w, (old == null ? 0 : old.count()) + 1));
    }

    /** A light plural folding so that plain words meet the lemmas of annotated sentences. */
    static String normalize(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
