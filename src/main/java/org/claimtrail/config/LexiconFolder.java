package org.claimtrail.config;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The word lists of one language: {@code conf/lexicon/<lang>/NAME} where that language has its own
 * list, else {@code conf/lexicon/NAME}. English is the folder itself. A language folder holds the
 * lists whose words differ (cues, qualifiers, number words, reporting verbs, weekdays); lists of
 * names and codes that hold in every language (sources, countries' codes) stay shared.
 */
public record LexiconFolder(Path dir, String lang) implements Serializable {

    /** The language claimtrail's root lexicon is written in. */
    public static final String ROOT_LANGUAGE = "en";

    public LexiconFolder {
        lang = lang == null || lang.isBlank() ? ROOT_LANGUAGE : lang.toLowerCase(Locale.ROOT);
    }

    public static LexiconFolder english(Path dir) {
        return new LexiconFolder(dir, ROOT_LANGUAGE);
    }

    /** The list a rule of this language reads. */
    public Path file(String name) {
        if (!lang.equals(ROOT_LANGUAGE)) {
            Path own = dir.resolve(lang).resolve(name);
            if (Files.isRegularFile(own)) {
                return own;
            }
        }
        return dir.resolve(name);
    }

    /** True when the language has its own version of a list. */
    public boolean hasOwn(String name) {
        return !lang.equals(ROOT_LANGUAGE) && Files.isRegularFile(dir.resolve(lang).resolve(name));
    }

    public List<LexiconFile.Entry> read(String name) {
        return LexiconFile.read(file(name));
    }

    /**
     * A list with its words as the claim rules read them: each word the language glosses
     * ({@code glosses.tsv}: "und" is "and") replaced by its gloss, so a list is written in its own
     * language and still meets the rules' view of the text.
     */
    public List<LexiconFile.Entry> readGlossed(String name) {
        List<LexiconFile.Entry> entries = read(name);
        if (!hasOwn("glosses.tsv") || name.equals("glosses.tsv") || name.equals("case_words.tsv")) {
            return entries;
        }
        java.util.Map<String, String> glosses = new java.util.HashMap<>();
        for (LexiconFile.Entry e : read("glosses.tsv")) {
            glosses.put(e.field(0).toLowerCase(Locale.ROOT), e.field(1));
        }
        List<LexiconFile.Entry> out = new java.util.ArrayList<>(entries.size());
        for (LexiconFile.Entry e : entries) {
            List<String> fields = new java.util.ArrayList<>(e.fields().size());
            for (String f : e.fields()) {
                List<String> words = new java.util.ArrayList<>();
                for (String w : f.split(" ", -1)) {
                    words.add(glosses.getOrDefault(w.toLowerCase(Locale.ROOT), w));
                }
                fields.add(String.join(" ", words));
            }
            out.add(new LexiconFile.Entry(e.file(), e.lineNumber(), fields));
        }
        return out;
    }

    /** A list that only some languages have (an optional rule): empty when neither folder holds it. */
    public List<LexiconFile.Entry> readOptional(String name) {
        return Files.isRegularFile(file(name)) ? read(name) : List.of();
    }
}
