package org.claimtrail.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a source phrase says about its speaker, from the lexicon alone: its type (media, military,
 * person...), its country, and whether two phrases name the same speaker. Used by extraction and by
 * consolidate, which sees only the phrases.
 */
public final class SourcePhrases implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Source types in the order they are tried: the first whose cue the phrase holds wins. */
    private static final List<String> TYPES_IN_SENTENCE = List.of("intelligence", "military", "media", "government",
            "unnamed official");
    private static final List<String> TYPES_OF_BARE_PHRASE = List.of("media", "intelligence", "military", "government",
            "unnamed official");

    private final ExtractionLexicon lx;
    private final CountryNames countries;

    public SourcePhrases(ExtractionLexicon lx) {
        this.lx = lx;
        this.countries = new CountryNames(lx);
    }

    /** The type of a source named in a sentence, its head token helping (a PERSON, "official"). */
    String sourceType(SentenceView s, int head, String source) {
        if (head >= 0) {
            // "Mediazona, an independent Russian outlet": the apposition says what the name is, even
            // where NER took it for a person
            for (int a : s.children(head, "appos")) {
                if (!lx.personRoles.contains(s.lemma(a)) && !s.isProperNoun(a)) {
                    String type = typeOfPhrase(s.word(a));
                    if (type != null && !type.equals("person")) {
                        return type;
                    }
                }
            }
        }
        if (head >= 0 && s.ner(head).equals("PERSON") && !headedByCommonNoun(source)) {
            return "person";
        }
        String lower = cueWords(source);
        if (head >= 0 && lx.unnamedSourceNouns.contains(s.lemma(head))
                && !lower.matches(".*\\b[a-z]+ [A-Z].*")) {
            return "unnamed official";
        }
        for (String type : TYPES_IN_SENTENCE) {
            for (ExtractionLexicon.Phrase<String> p : lx.sourceTypes) {
                if (p.value().equals(type) && lower.contains(" " + String.join(" ", p.tokens()) + " ")) {
                    return type;
                }
            }
        }
        return "other";
    }

    /**
     * The type a bare phrase names from the lexicon alone (no parse): media, intelligence, military,
     * government, unnamed official; a phrase with a capitalized name and none of these is a person.
     */
    public String typeOfPhrase(String phrase) {
        String lower = cueWords(phrase);
        int names = nameCount(phrase);
        for (String type : TYPES_OF_BARE_PHRASE) {
            for (ExtractionLexicon.Phrase<String> p : lx.sourceTypes) {
                // "lawmaker Lee Seong-kweun" is a person with a title, not a government body; in
                // "North Carolina Department of Health" the capitalized cue is the body's own name
                String cue = " " + String.join(" ", p.tokens()) + " ";
                if (p.value().equals(type) && lower.contains(cue)
                        && !(type.equals("government") && names >= 2 && !capitalizedIn(phrase, p.tokens().get(0)))) {
                    return type;
                }
            }
        }
        return names >= 1 && !headedByCommonNoun(phrase) ? "person" : null;
    }

    /**
     * The capitalized words of a phrase that may be a name: not an acronym, a country's word, a
     * capitalized common noun (German) or an article ("Das" glosses as "the").
     */
    int nameCount(String phrase) {
        int names = 0;
        for (String w : phrase.split("\\s+")) {
            String bare = w.replaceAll("[^\\p{L}-]", "");
            String lower = bare.toLowerCase(Locale.ROOT);
            if (bare.length() > 1 && Character.isUpperCase(bare.charAt(0)) && !bare.equals(bare.toUpperCase(Locale.ROOT))
                    && !lx.countryWords.contains(lower) && !lx.isCommonNoun(lower)
                    && lx.language.word(lower, "det").equals(lower)) {
                names++;
            }
        }
        return names;
    }

    /**
     * The phrase's words as the type cues are matched, space around each: lower case, letters of
     * any script ("Behörde", "ejército"), a German compound also by its head ("Gesundheitsministerium"
     * holds the cue "ministerium").
     */
    private String cueWords(String phrase) {
        StringBuilder words = new StringBuilder(" ");
        for (String w : phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9.' ]", " ").trim().split("\\s+")) {
            String head = lx.language.compoundHead(w);
            words.append(w).append(' ').append(head.equals(w) ? "" : head + " ");
        }
        return words.toString();
    }

    /**
     * True when a phrase ends in a common noun of the lexicon that names no person ("Police",
     * "Investigative Committee", "Unofficial reports"): capitalized at the start of a sentence or
     * as a body's name, but a person's name does not end in one.
     */
    boolean headedByCommonNoun(String phrase) {
        String[] written = phrase.trim().split("[^\\p{L}]+");
        String[] words = phrase.trim().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length == 0) {
            return false;
        }
        // "Staatliche Ermittlungskomitee Russlands": a German body, headed by its noun; not
        // "Gesundheitsminister Karl Lauterbach", where a name follows the noun
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (lx.isCommonNoun(w) && !lx.personRoles.contains(w) && !lx.personRoles.contains(lx.language.compoundHead(w))
                    && !nameFollows(written, i)) {
                return true;
            }
        }
        String last = words[words.length - 1];
        String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        for (String w : new String[] {last, singular}) {
            // a role ("Health Minister") still names one person, if not by name
            if (lx.personRoles.contains(w)) {
                return false;
            }
            if (lx.descriptionNouns.contains(w) || lx.speakerNouns.contains(w) || lx.reportingNouns.contains(w)
                    || lx.peopleNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when a capitalized word after position i is neither a common noun nor a country's: a name. */
    private boolean nameFollows(String[] written, int i) {
        for (int k = i + 1; k < written.length; k++) {
            String w = written[k];
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !lx.isCommonNoun(lower) && !lx.countryWords.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} (lower case) occurs in the phrase with a capital initial. */
    private static boolean capitalizedIn(String phrase, String word) {
        for (String w : phrase.split("[^A-Za-z0-9.']+")) {
            if (w.equalsIgnoreCase(word) && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** A phrase without the words that name a country ("lebanese health ministry" → "health ministry"). */
    public String withoutCountry(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.toLowerCase(Locale.ROOT).replace("'s", "").split("\\s+")) {
            if (!lx.countryWords.contains(w) && !w.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    /** The country a phrase names (leftmost cue of {@code countries.tsv}), or null. */
    public String countryOf(String phrase) {
        return countries.codeOf(phrase);
    }

    /**
     * Two source phrases name the same speaker when one contains the other, or they share a name or
     * a role word that is not just a country ("a South Korean lawmaker" ~ "lawmaker Lee Seong-kweun").
     */
    boolean speakersMatch(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        for (String w : x.split("[^a-z0-9'-]+")) {
            if (w.length() > 2 && !lx.speakerStopwords.contains(w) && !lx.countryWords.contains(w)
                    && (" " + y + " ").matches(".*[^a-z0-9'-]" + Pattern.quote(w) + "[^a-z0-9'-].*")) {
                return true;
            }
        }
        return false;
    }
}
