package org.claimtrail.annotate;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.LexiconFolder;

/**
 * The annotator configuration of every language read: English's from
 * {@code annotate.corenlp_properties}, another language's from the file beside it named
 * {@code corenlp-<lang>.properties}, each with the candidate filter of its own lexicon folder. Each
 * has its own hash, so adding a language leaves the other languages' cached annotations valid.
 */
public record AnnotatorConfigs(TreeMap<String, AnnotatorConfig> byLanguage) implements Serializable {

    /** One configuration for every article, whatever its language (tests, benchmarks). */
    public static AnnotatorConfigs of(AnnotatorConfig english) {
        TreeMap<String, AnnotatorConfig> m = new TreeMap<>();
        m.put(LexiconFolder.ROOT_LANGUAGE, english);
        return new AnnotatorConfigs(m);
    }

    public static AnnotatorConfigs load(Path englishProperties, Path lexiconDir, Set<String> languages, int context,
                                        int maxChars, int maxSentenceTokens, long timeoutMillis) {
        TreeMap<String, AnnotatorConfig> m = new TreeMap<>();
        Set<String> langs = new TreeSet<>(languages);
        langs.add(LexiconFolder.ROOT_LANGUAGE); // an article with no language is read as English
        for (String lang : langs) {
            Path props = lang.equals(LexiconFolder.ROOT_LANGUAGE) ? englishProperties
                    : englishProperties.resolveSibling("corenlp-" + lang + ".properties");
            if (!Files.isRegularFile(props)) {
                throw new ConfigException("languages.read names '" + lang + "' but there is no " + props
                        + " (the CoreNLP models and options for that language)");
            }
            m.put(lang, AnnotatorConfig.load(props, CandidateFilter.load(new LexiconFolder(lexiconDir, lang), context),
                    maxChars, maxSentenceTokens, timeoutMillis));
        }
        return new AnnotatorConfigs(m);
    }

    /** The configuration for an article's language code ("de", "de-AT"); English when none or not read. */
    public AnnotatorConfig forLanguage(String lang) {
        if (lang != null) {
            AnnotatorConfig c = byLanguage.get(lang.split("[-_]")[0].toLowerCase(Locale.ROOT));
            if (c != null) {
                return c;
            }
        }
        return byLanguage.get(LexiconFolder.ROOT_LANGUAGE);
    }

    /** Every language's configuration hash: a cached annotation under any of them is reused. */
    public Set<String> hashes() {
        Set<String> out = new TreeSet<>();
        byLanguage.values().forEach(c -> out.add(c.hash()));
        return out;
    }
}
