package org.claimtrail.extract;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import org.claimtrail.config.LexiconFolder;

/**
 * One {@link ClaimExtractor} per language read, each on its language's lexicon folder: the rules are
 * the same, the words are the language's. An article with no language, or one not listed, is read as
 * English.
 */
public record ClaimExtractors(TreeMap<String, ClaimExtractor> byLanguage) implements Serializable {

    public static ClaimExtractors of(ClaimExtractor english) {
        TreeMap<String, ClaimExtractor> m = new TreeMap<>();
        m.put(LexiconFolder.ROOT_LANGUAGE, english);
        return new ClaimExtractors(m);
    }

    public static ClaimExtractors load(Path lexiconDir, Set<String> languages) {
        TreeMap<String, ClaimExtractor> m = new TreeMap<>();
        m.put(LexiconFolder.ROOT_LANGUAGE, new ClaimExtractor(ExtractionLexicon.load(LexiconFolder.english(lexiconDir))));
        for (String lang : languages) {
            m.computeIfAbsent(lang, l -> new ClaimExtractor(ExtractionLexicon.load(new LexiconFolder(lexiconDir, l))));
        }
        return new ClaimExtractors(m);
    }

    public ClaimExtractor forLanguage(String lang) {
        if (lang != null) {
            ClaimExtractor e = byLanguage.get(lang.split("[-_]")[0].toLowerCase(Locale.ROOT));
            if (e != null) {
                return e;
            }
        }
        return english();
    }

    /** Every language's campaign cues: a series step sees claims of all languages together. */
    public java.util.List<String> cumulativeCues() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        byLanguage.values().forEach(e -> all.addAll(e.lexicon().cumulativeCues()));
        return java.util.List.copyOf(all);
    }

    public ClaimExtractor english() {
        return byLanguage.get(LexiconFolder.ROOT_LANGUAGE);
    }
}
