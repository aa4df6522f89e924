package org.claimtrail.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A language's lists with their words as the claim rules read them: each word the language glosses
 * ({@code glosses.tsv} of its folder: "und" is "and") replaced by its gloss, so a list is written in
 * its own language and still meets the rules' view of the text. The glosses are read once.
 */
public record GlossedLexicon(LexiconFolder folder, Map<String, String> glosses, Map<String, String> onlyAs) {

    /** Lists that are about the language's own words, never glossed. */
    private static final java.util.Set<String> UNGLOSSED = java.util.Set.of("glosses.tsv", "case_words.tsv");

    public static GlossedLexicon of(LexiconFolder folder) {
        Map<String, String> glosses = new HashMap<>();
        Map<String, String> onlyAs = new HashMap<>();
        if (folder.hasOwn("glosses.tsv")) {
            for (LexiconFile.Entry e : folder.read("glosses.tsv")) {
                String w = e.field(0).toLowerCase(Locale.ROOT);
                glosses.put(w, e.field(1));
                if (e.fields().size() > 2) { // "das" is "the" as an article, itself as a pronoun
                    onlyAs.put(w, e.field(2));
                }
            }
        }
        return new GlossedLexicon(folder, Map.copyOf(glosses), Map.copyOf(onlyAs));
    }

    public List<LexiconFile.Entry> read(String name) {
        return glossed(name, folder.read(name));
    }

    /** A list of root entries and the language's own ({@link LexiconFolder#readWithRoot}). */
    public List<LexiconFile.Entry> readWithRoot(String name) {
        return glossed(name, folder.readWithRoot(name));
    }

    /** A list of verbs, infinitives read as their regular forms ({@link LexiconFolder#readVerbs}). */
    public List<LexiconFile.Entry> readVerbs(String name) {
        return glossed(name, folder.readVerbs(name));
    }

    private List<LexiconFile.Entry> glossed(String name, List<LexiconFile.Entry> entries) {
        if (glosses.isEmpty() || UNGLOSSED.contains(name)) {
            return entries;
        }
        List<LexiconFile.Entry> out = new ArrayList<>(entries.size());
        for (LexiconFile.Entry e : entries) {
            List<String> fields = new ArrayList<>(e.fields().size());
            for (String f : e.fields()) {
                List<String> words = new ArrayList<>();
                for (String w : f.split(" ", -1)) {
                    // a gloss bound to a relation ("das" only as a determiner) is the text's, not a list's
                    String lower = w.toLowerCase(Locale.ROOT);
                    words.add(onlyAs.containsKey(lower) ? w : gloss(lower, w));
                }
                fields.add(String.join(" ", words));
            }
            out.add(new LexiconFile.Entry(e.file(), e.lineNumber(), fields));
        }
        return out;
    }

    /** The gloss of a lower-case word, or {@code otherwise}. */
    public String gloss(String lower, String otherwise) {
        return glosses.getOrDefault(lower, otherwise);
    }

    public String lang() {
        return folder.lang();
    }
}
