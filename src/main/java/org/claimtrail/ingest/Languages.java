package org.claimtrail.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The languages of a run: those an article may be detected in ({@code languages.detect}) and those
 * claimtrail reads ({@code languages.read}). An article's language is the one its manifest, JSON or
 * page gives; otherwise it is detected from the text. An article in a language claimtrail does not
 * read is kept and counted, and gets no claims, rather than going through another language's models.
 *
 * @param detectable ISO 639-1 codes, lower case; empty turns detection off
 * @param read       ISO 639-1 codes of the languages claimtrail extracts claims from
 */
public record Languages(List<String> detectable, Set<String> read) implements Serializable {

    /** How much of an article detection looks at: a lead is plenty, and the cost stays flat. */
    private static final int SAMPLE_CHARS = 1000;
    /** Below this, trigram detection guesses: an article so short stays of unknown language (read as the first). */
    private static final int MIN_CHARS = 100;

    /** One detector per JVM and language set: the models load once per executor, not per record. */
    private static final Map<List<String>, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();

    public Languages {
        detectable = detectable.stream().map(c -> c.toLowerCase(Locale.ROOT).strip()).filter(c -> !c.isEmpty()).distinct().sorted().toList();
        read = Set.copyOf(read.stream().map(c -> c.toLowerCase(Locale.ROOT).strip()).toList());
        for (String c : detectable) {
            try {
                IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.claimtrail.config.ConfigException("languages.detect: " + c + " is not an ISO 639-1 code Lingua knows");
            }
        }
    }

    /** No detection, English read: what a run without language settings does. */
    public static Languages englishOnly() {
        return new Languages(List.of(), Set.of("en"));
    }

    /** The ISO 639-1 code of a given language tag ("en-US", "DE", "es_ES" → en, de, es), or null. */
    public static String code(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    /** The language of a text among the detectable ones, or null when detection is off or unsure. */
    public String detect(String text) {
        if (detectable.size() < 2 || text == null || text.strip().length() < MIN_CHARS) {
            return detectable.size() == 1 ? detectable.get(0) : null;
        }
        LanguageDetector detector = DETECTORS.computeIfAbsent(detectable, Languages::build);
        Language found = detector.detectLanguageOf(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        return found == Language.UNKNOWN ? null : found.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private static LanguageDetector build(List<String> codes) {
        IsoCode639_1[] isos = codes.stream().map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT))).toArray(IsoCode639_1[]::new);
        return LanguageDetectorBuilder.fromIsoCodes639_1(isos).withLowAccuracyMode().withMinimumRelativeDistance(0.05).build();
    }
}
