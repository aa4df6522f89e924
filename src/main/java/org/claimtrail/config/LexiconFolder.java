package org.claimtrail.config;

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
public record LexiconFolder(Path dir, String lang) {

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
     * A list of verbs, an infinitive standing for its regular forms ({@link VerbForms}), each form
     * with the entry's other fields. Irregular forms are listed as written.
     */
    public List<LexiconFile.Entry> readVerbs(String name) {
        VerbForms verbs = VerbForms.of(this);
        List<LexiconFile.Entry> out = new java.util.ArrayList<>();
        for (LexiconFile.Entry e : read(name)) {
            for (String form : verbs.of(e.field(0))) {
                List<String> fields = new java.util.ArrayList<>(e.fields());
                fields.set(0, form);
                out.add(new LexiconFile.Entry(e.file(), e.lineNumber(), fields));
            }
        }
        return out;
    }

    /**
     * A list whose root entries hold in every language, with the language's own added: names and
     * codes ("CNN", "NIS") are the same in German text, and "Südkoreas" or "surcoreano" are its own.
     */
    public List<LexiconFile.Entry> readWithRoot(String name) {
        List<LexiconFile.Entry> out = new java.util.ArrayList<>(LexiconFile.read(dir.resolve(name)));
        if (hasOwn(name)) {
            out.addAll(LexiconFile.read(dir.resolve(lang).resolve(name)));
        }
        return out;
    }

    /** A list that only some languages have (an optional rule): empty when neither folder holds it. */
    public List<LexiconFile.Entry> readOptional(String name) {
        return Files.isRegularFile(file(name)) ? read(name) : List.of();
    }
}
