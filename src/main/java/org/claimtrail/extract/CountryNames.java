package org.claimtrail.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The country a place or a group names, from {@code countries.tsv} (names, adjectives and demonyms to
 * ISO codes): "Syria’s coastal region" → SY, "North Korean soldiers" → KP. Letters outside ASCII
 * count as letters ("Türkiye"), and accents are matched both ways ("Turkiye").
 */
final class CountryNames implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ExtractionLexicon lx;

    CountryNames(ExtractionLexicon lx) {
        this.lx = lx;
    }

    /** The code of the leftmost country cue in {@code phrase}, or null. */
    String codeOf(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        String code = leftmost(normalize(phrase));
        if (code == null) {
            String plain = org.claimtrail.config.Accents.fold(phrase);
            code = leftmost(normalize(plain));
        }
        return code;
    }

    /**
     * The leftmost country phrase of a normalized text (words between single spaces, one space at
     * each end), followed by a space or by "'s ": at the first word where one starts, the first
     * such phrase in lexicon order (longest first). Only the phrases that begin with the word at
     * hand are tried there, so a text is read once, not once per phrase of the list.
     */
    private String leftmost(String lower) {
        Map<String, List<Needle>> index = index();
        for (int at = lower.indexOf(' '); at >= 0; at = lower.indexOf(' ', at + 1)) {
            int end = lower.indexOf(' ', at + 1);
            if (end < 0) {
                return null;
            }
            String word = lower.substring(at + 1, end);
            Needle found = first(index.get(word), lower, at, null);
            if (word.endsWith("'s")) {
                found = first(index.get(word.substring(0, word.length() - 2)), lower, at, found);
            }
            if (found != null) {
                return found.code();
            }
        }
        return null;
    }

    /** The earliest phrase in lexicon order of {@code candidates} that matches at {@code at}, or {@code best} if earlier. */
    private static Needle first(List<Needle> candidates, String lower, int at, Needle best) {
        if (candidates == null) {
            return best;
        }
        for (Needle n : candidates) {
            if (best != null && n.order() > best.order()) {
                break;
            }
            if (lower.startsWith(n.text(), at) || lower.startsWith(n.possessive(), at)) {
                return n;
            }
        }
        return best;
    }

    /** A country phrase as it stands in a normalized text: " north korean " and " north korean's ". */
    private record Needle(String text, String possessive, String code, int order) {
    }

    /** The phrases by their first word, each list in lexicon order; built on first use in each JVM. */
    private transient volatile Map<String, List<Needle>> index;

    private Map<String, List<Needle>> index() {
        Map<String, List<Needle>> m = index;
        if (m == null) {
            m = new HashMap<>();
            int order = 0;
            for (ExtractionLexicon.Phrase<String> p : lx.countries) {
                String needle = " " + String.join(" ", p.tokens());
                m.computeIfAbsent(p.tokens().get(0), k -> new ArrayList<>())
                        .add(new Needle(needle + " ", needle + "'s ", p.value(), order++));
            }
            index = m;
        }
        return m;
    }

    private static String normalize(String phrase) {
        return " " + phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}.' ]", " ") + " ";
    }
}
