package org.claimtrail.annotate;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.claimtrail.config.ByLanguage;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.LexiconFolder;
import org.claimtrail.ingest.ArticleFactory;

/**
 * Everything that decides what annotate produces, shipped from the driver to executors: the CoreNLP
 * properties, the candidate filter and the budgets. {@link #hash()} keys the annotation cache, so a
 * change to any of them re-annotates.
 *
 * @param maxChars          an article longer than this is rejected ({@code too_long})
 * @param maxSentenceTokens a candidate sentence longer than this rejects its article ({@code sentence_too_long})
 * @param timeoutMillis     an article that takes longer is rejected ({@code timeout})
 */
public record AnnotatorConfig(TreeMap<String, String> properties, CandidateFilter filter, int maxChars,
                              int maxSentenceTokens, long timeoutMillis) implements Serializable {

    /** Checked where the configuration is loaded, not in each article's task, where it would reject them all. */
    public AnnotatorConfig {
        sutimeWindowOf(properties);
    }

    /** Bump when the stored annotation format changes, so old cache entries are not reused. */
    static final String FORMAT = "annotations-v2";

    public static AnnotatorConfig load(Path corenlpProperties, CandidateFilter filter, int maxChars,
                                       int maxSentenceTokens, long timeoutMillis) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(corenlpProperties, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + corenlpProperties + ": " + e.getMessage());
        }
        if (p.getProperty("annotators") == null) {
            throw new ConfigException(corenlpProperties + " must set 'annotators'");
        }
        TreeMap<String, String> props = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> props.put(k, p.getProperty(k).trim()));
        return new AnnotatorConfig(props, filter, maxChars, maxSentenceTokens, timeoutMillis);
    }

    /**
     * The configuration of every language read: English's from {@code englishProperties}, another
     * language's from the file beside it named {@code corenlp-<lang>.properties}, each with the
     * candidate filter of its own lexicon folder. Each has its own {@link #hash()}, so adding a
     * language leaves the other languages' cached annotations valid.
     */
    public static ByLanguage<AnnotatorConfig> load(Path englishProperties, Path lexiconDir, Set<String> languages, int context,
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
            m.put(lang, load(props, CandidateFilter.load(new LexiconFolder(lexiconDir, lang), context),
                    maxChars, maxSentenceTokens, timeoutMillis));
        }
        return new ByLanguage<>(m);
    }

    /** A fresh copy of the CoreNLP properties, as the file gives them: the pipeline for dated candidates. */
    public Properties coreNlp() {
        Properties p = new Properties();
        properties.forEach((k, v) -> {
            if (!k.startsWith("claimtrail.")) {
                p.setProperty(k, v);
            }
        });
        return p;
    }

    /** The pipeline for candidate sentences with no date cue: SUTime off when so configured. */
    public Properties coreNlpWithoutTime() {
        Properties p = coreNlp();
        if (sutimeOnlyWithTimeCue()) {
            p.setProperty("ner.useSUTime", "false");
        }
        return p;
    }

    /**
     * The pipeline for the spans around date cues ({@link TimeWindows}): NER's number and time rules
     * with SUTime as the file sets it, over tokens the candidate pipeline has tagged and lemmatized
     * already. No CRF model: the sentence's names come from the candidate pipeline, and the spans'
     * temporal tags are laid only where it named nothing (the CRF took 4 % of annotate's CPU here).
     */
    public Properties coreNlpForTimeWindows() {
        Properties p = coreNlp();
        p.setProperty("annotators", "ner");
        p.setProperty("ner.model", "");
        return p;
    }

    /**
     * Tokens either side of a date cue that SUTime reads ({@code claimtrail.sutime.window}); 0: the
     * whole sentence. Only with {@code claimtrail.sutime.only_with_time_cue}, which finds the cues.
     */
    public int sutimeWindow() {
        return sutimeWindowOf(properties);
    }

    private static int sutimeWindowOf(TreeMap<String, String> properties) {
        String w = properties.getOrDefault("claimtrail.sutime.window", "0");
        try {
            int n = Integer.parseInt(w);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return onlyWithTimeCue(properties) ? n : 0;
        } catch (NumberFormatException e) {
            throw new ConfigException("claimtrail.sutime.window must be a whole number of tokens, 0 or more, not '" + w + "'");
        }
    }

    /** The pipeline for context sentences: {@code claimtrail.context.annotators}, SUTime off. */
    public Properties coreNlpForContext() {
        Properties p = coreNlp();
        p.setProperty("annotators", properties.getOrDefault("claimtrail.context.annotators", "pos,lemma,ner"));
        p.setProperty("ner.useSUTime", "false");
        // context sentences hold no figures: names are all they are annotated for
        p.setProperty("ner.applyNumericClassifiers", "false");
        return p;
    }

    /** The language's thousands separator, which an apostrophe between digit groups becomes ({@link DigitGroups}); or null. */
    public String digitGroupSeparator() {
        String sep = properties.get("claimtrail.digit_group_separator");
        return sep == null || sep.isEmpty() ? null : sep;
    }

    public boolean sutimeOnlyWithTimeCue() {
        return onlyWithTimeCue(properties);
    }

    private static boolean onlyWithTimeCue(TreeMap<String, String> properties) {
        return Boolean.parseBoolean(properties.getOrDefault("claimtrail.sutime.only_with_time_cue", "false"));
    }

    /**
     * What the annotations depend on. The budgets are left out: they decide which articles are
     * annotated, not what their annotations hold.
     */
    public String hash() {
        return ArticleFactory.sha256(FORMAT + "|" + edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage()
                .getImplementationVersion() + "|" + properties + "|" + filter.fingerprint());
    }
}
