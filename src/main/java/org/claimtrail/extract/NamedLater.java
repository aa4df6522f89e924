package org.claimtrail.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A body introduced by a description and named a few sentences on: "At least 1,383 civilians were
 * killed, a war monitor said. ... The Syrian Observatory for Human Rights said the civilians were
 * killed in executions." The indefinite article says the article has not named the body yet; the
 * first body of that kind it names next (a name holding a noun of {@code anaphoric_body_nouns.tsv}:
 * observatory, group, network, organisation; never a person, an outlet or a state body) is who spoke.
 * The description's claims, and those that point back to it ("the Observatory said"), take the name.
 */
final class NamedLater implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** How many sentences after the description the name may come. */
    static final int WITHIN = 4;
    /** Characters after the description's sentence the name may come in, when read from the text (about {@link #WITHIN} sentences). */
    static final int WINDOW_CHARS = 600;

    private final ExtractionLexicon lx;
    private final SourcePhrases phrases;

    NamedLater(ExtractionLexicon lx, SourcePhrases phrases) {
        this.lx = lx;
        this.phrases = phrases;
    }

    List<Claim> apply(List<Claim> claims, Discourse d, String text) {
        Map<String, String> named = new HashMap<>();
        for (Claim c : claims) {
            String description = c.source() == null ? null : c.source().toLowerCase(Locale.ROOT);
            if (description == null || named.containsKey(description) || !isDescription(c.source())
                    || !introducedIndefinite(c)) {
                continue;
            }
            String name = namedAfter(c, d, text);
            if (name != null) {
                named.put(description, name);
            }
        }
        if (named.isEmpty()) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            String name = c.source() == null ? null : named.get(c.source().toLowerCase(Locale.ROOT));
            out.add(name == null ? c : c.withSource(name, phrases.sourceType(null, -1, name), phrases.countryOf(name),
                    c.intermediary(), c.statedOn()));
        }
        return out;
    }

    /** The first body of that kind named in the sentences after the claim's: among the names NER found, else in the text. */
    private String namedAfter(Claim c, Discourse d, String text) {
        String window = windowAfter(c, text);
        String head = headNoun(c.source());
        for (Discourse.Mention m : d.mentions) {
            if (m.sentence() > c.sentenceIndex() && m.sentence() <= c.sentenceIndex() + WITHIN && !m.person()
                    && (isNamedBody(m.text()) || window != null && namedAs(window, m.text(), head))) {
                return m.text();
            }
        }
        return window == null ? null : nameInTextAfter(window, head);
    }

    /** The text after the claim's sentence where its description may be named, or null. */
    private static String windowAfter(Claim c, String text) {
        int at = text.indexOf(c.sentence(), Math.max(0, c.charBegin() - c.sentence().length()));
        if (at < 0) {
            return null;
        }
        int from = at + c.sentence().length();
        return text.substring(from, Math.min(text.length(), from + WINDOW_CHARS));
    }

    private static String headNoun(String description) {
        String[] words = description.trim().split("\\s+");
        return words[words.length - 1].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * "the Washington-based group Human Rights Activists", "The group, Human Rights Activists,": a
     * name right after the description's own noun is the name of a body of that kind, whatever
     * words it is made of.
     */
    private static boolean namedAs(String window, String name, String head) {
        return java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(head) + ",?\\s+(?-i)"
                + java.util.regex.Pattern.quote(name)).matcher(window).find();
    }

    /**
     * The sentences after a claim's are annotated only when they hold a figure; a name there is read
     * from the text: the first run of capitalized words (joined by the small words names keep,
     * function_words.tsv) that names a body of that kind.
     */
    private String nameInTextAfter(String window, String head) {
        String[] words = window.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!startsCapitalized(words[i])) {
                continue;
            }
            int j = i;
            while (j + 1 < words.length && !endsClause(words[j])
                    && (startsCapitalized(words[j + 1]) || j + 2 < words.length && lx.nameFunctionWords.contains(words[j + 1])
                    && startsCapitalized(words[j + 2]))) {
                j += startsCapitalized(words[j + 1]) ? 1 : 2;
            }
            int first = i;
            // "The Syrian Observatory ...": a sentence's capitalized article is not part of the name
            while (first < j && lx.nameFunctionWords.contains(words[first].toLowerCase(Locale.ROOT))) {
                first++;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, j + 1)).replaceAll("[^\\p{L}\\p{N})]+$", "");
            if (first < j && (isNamedBody(name) || namedAs(window, name, head))) {
                return name;
            }
            i = j;
        }
        return null;
    }

    private static boolean startsCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean endsClause(String w) {
        return w.endsWith(",") || w.endsWith(".") || w.endsWith(";") || w.endsWith(":");
    }

    /** "war monitor", "Britain-based rights group": no name in it, ending in a noun that stands for a body. */
    private boolean isDescription(String source) {
        String[] words = source.trim().split("\\s+");
        return phrases.nameCount(source) == 0 && isBodyNoun(words[words.length - 1]) && phrases.typeOfPhrase(source) == null;
    }

    /** The word right before the description, somewhere in its claim's sentence, is an indefinite article. */
    private boolean introducedIndefinite(Claim c) {
        String sentence = c.sentence().toLowerCase(Locale.ROOT);
        String source = c.source().toLowerCase(Locale.ROOT);
        for (int at = sentence.indexOf(source); at >= 0; at = sentence.indexOf(source, at + 1)) {
            String before = sentence.substring(0, at);
            if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
                continue;
            }
            String[] words = before.trim().split("\\s+");
            if (lx.indefiniteArticles.contains(words[words.length - 1])) {
                return true;
            }
        }
        return false;
    }

    /** "Syrian Observatory for Human Rights": a name, of no listed kind (outlet, state body), holding a body noun. */
    private boolean isNamedBody(String name) {
        boolean capitalized = false;
        boolean bodyNoun = false;
        for (String w : name.trim().split("\\s+")) {
            String bare = w.replaceAll("[^\\p{L}]", "");
            capitalized |= !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
            bodyNoun |= isBodyNoun(bare);
        }
        String type = phrases.typeOfPhrase(name); // a name of no listed kind reads as a person's; the mention says it is not
        return capitalized && bodyNoun && (type == null || type.equals("person"));
    }

    /** A noun of anaphoric_body_nouns.tsv, or (where nouns compound) a word ending in one: "Menschenrechtsgruppe". */
    private boolean isBodyNoun(String word) {
        String lower = word.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (lx.anaphoricBodyNouns.contains(lower)) {
            return true;
        }
        String compoundHead = lx.language.compoundHead(lower);
        return !compoundHead.equals(lower) && lx.anaphoricBodyNouns.contains(compoundHead);
    }
}
