package org.claimtrail.consolidate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body a person speaks for, as the article says it. A person who speaks for a body (its
 * spokesperson or its head: {@code spokesperson_roles.tsv}, {@code head_roles.tsv}) is quoted under their own name, but
 * the estimate is the body's: the claim keeps the person, the key is the body's. The article says
 * which body in the source phrase ("the UN health agency's chief Tedros Adhanom Ghebreyesus", "the
 * head of Iran's Foundation of Martyrs and Veterans Affairs") or in apposition to the name
 * elsewhere ("Rick Brennan, the acting regional emergency director for the Eastern Mediterranean
 * office of the World Health Organization", "Hossein Kermanpour, the ministry's spokesperson",
 * "the head of the foundation, Ohadi,"). A part of a body ({@code sub_units.tsv}: "the
 * Eastern Mediterranean office of ...", "the UNHCR office in Port Sudan") stands for the body.
 * This class finds the phrase naming the body; the canonicalizer keys it.
 */
final class SpeakerBodies implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A word (with its possessive, hyphens, inner dots) or one mark of punctuation. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}’'.-]*[\\p{L}\\p{N}])?(?:[’']s)?|[^\\s\\p{L}\\p{N}]");
    /** How far from the name an apposition may reach, in tokens. */
    private static final int REACH = 16;
    /** How many words an apposition may hold before its role word: ", the acting regional emergency director". */
    private static final int APPOSITION_WORDS = 6;

    private final KeyingWords words;

    SpeakerBodies(KeyingWords words) {
        this.words = words;
    }

    /** The body the phrase itself names beside a role word, or null. */
    String inPhrase(String phrase) {
        List<String> tokens = tokens(phrase == null ? "" : phrase);
        for (int i = 0; i < tokens.size(); i++) {
            if (!isRole(tokens.get(i))) {
                continue;
            }
            if (i + 1 < tokens.size() && isLinking(tokens.get(i + 1)) && onlyModifiers(tokens.subList(0, i + 1))) {
                return forward(tokens, i + 2); // "head of Iran's Foundation of Martyrs ..."
            }
            if (i > 0 && i < tokens.size() - 1 && isRoleBeforeName(tokens, i)) {
                return backward(tokens, i); // "UN health agency's chief Tedros ..."
            }
        }
        return null;
    }

    /** {@code name} as whole words: not "WHO" inside "WHOLE". */
    static Pattern wholeWords(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    /** The body the article gives {@code name} in apposition, or null. */
    String inText(String name, String text) {
        if (name == null || name.isBlank() || text == null) {
            return null;
        }
        Matcher m = wholeWords(name).matcher(text);
        while (m.find()) {
            String body = after(tokens(text.substring(m.end(), Math.min(text.length(), m.end() + 400))));
            if (body == null) {
                body = before(tokens(text.substring(Math.max(0, m.start() - 400), m.start())));
            }
            if (body != null) {
                return body;
            }
        }
        return null;
    }

    /** ", the acting director for the X office of Y" or ", the ministry's spokesperson" after the name. */
    private String after(List<String> t) {
        if (t.isEmpty() || !t.get(0).equals(",")) {
            return null;
        }
        int start = 1;
        // an apposition that describes the person: it begins with an article or the role itself
        // (not "X, who met the ministry's spokesperson"), and the role comes within a few words
        if (t.size() < 2 || !isRole(t.get(start)) && !words.prefixes().contains(t.get(start).toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int j = start; j < Math.min(t.size(), start + APPOSITION_WORDS) && isWord(t.get(j)); j++) {
            if (!isRole(t.get(j))) {
                continue;
            }
            if (j + 1 < t.size() && isLinking(t.get(j + 1))) {
                return forward(t, j + 2);
            }
            // "the ministry's spokesperson": the possessive before the role names the body, from its article
            for (int p = j - 1; p >= start; p--) {
                if (possessive(t.get(p))) {
                    int from = p;
                    while (from > start && !t.get(from).equalsIgnoreCase("the")) {
                        from--;
                    }
                    return String.join(" ", t.subList(from, p)) + (p > from ? " " : "") + bare(t.get(p));
                }
            }
            return null;
        }
        return null;
    }

    /** "UN human rights office spokesperson" or "the head of the foundation," before the name. */
    private String before(List<String> t) {
        if (t.isEmpty()) {
            return null;
        }
        int end = t.size();
        int role = end - 1;
        while (role > 0 && role > end - 4 && Character.isUpperCase(t.get(role).charAt(0)) && !isRole(t.get(role))) {
            role--; // "spokesperson Thameen Al-Kheetan" where the article quotes "Al-Kheetan"
        }
        if (isRoleBeforeName(t, role)) {
            return backward(t, role);
        }
        if (!t.get(end - 1).equals(",")) {
            return null;
        }
        // ", Ohadi," after "The head of Iran's Foundation of Martyrs and Veterans Affairs"
        for (int j = end - 2; j >= Math.max(0, end - 2 - REACH) && isWord(t.get(j)); j--) {
            if (isRole(t.get(j)) && j + 1 < end - 1 && isLinking(t.get(j + 1))) {
                return forward(t.subList(0, end - 1), j + 2);
            }
        }
        return null;
    }

    /**
     * The body phrase from {@code from} on: words up to a punctuation mark, stopping at the first
     * lower-case word that is neither a joining word nor part of a described body ("refugee
     * agency"), so "the World Health Organization told reporters" ends before "told".
     */
    private String forward(List<String> t, int from) {
        List<String> body = new ArrayList<>();
        for (int i = from; i < t.size() && i < from + REACH && isWord(t.get(i)); i++) {
            String w = t.get(i);
            String lower = bare(w).toLowerCase(Locale.ROOT);
            boolean kept = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                    || words.functionWords().contains(lower) || isBodyNoun(lower)
                    || (i + 1 < t.size() && isBodyNoun(t.get(i + 1).toLowerCase(Locale.ROOT)))
                    || (i + 2 < t.size() && isBodyNoun(t.get(i + 2).toLowerCase(Locale.ROOT)));
            if (!kept) {
                break;
            }
            body.add(w);
        }
        while (!body.isEmpty() && words.functionWords().contains(body.get(body.size() - 1).toLowerCase(Locale.ROOT))) {
            body.remove(body.size() - 1);
        }
        return wholeBody(body);
    }

    /** The body phrase ending before {@code role}: back to a punctuation mark, from its first name word or "the". */
    private String backward(List<String> t, int role) {
        int start = role;
        while (start > 0 && start > role - 8 && isWord(t.get(start - 1))) {
            start--;
        }
        List<String> body = new ArrayList<>(t.subList(start, role));
        // "said UN human rights office": the phrase begins at its first capitalized word or the article before it
        int first = 0;
        while (first < body.size() && !Character.isUpperCase(body.get(first).charAt(0))) {
            first++;
        }
        if (first == body.size()) {
            first = Math.max(0, body.size() - 1); // "the ministry spokesperson": the described body
        } else if (first > 0 && body.get(first - 1).equalsIgnoreCase("the")) {
            first--;
        }
        body = new ArrayList<>(body.subList(first, body.size()));
        if (!body.isEmpty()) {
            body.set(body.size() - 1, bare(body.get(body.size() - 1)));
        }
        return wholeBody(body);
    }

    /** A part of a body stands for the body: "X office of Y" is Y, "Y office in Z" is Y. */
    private String wholeBody(List<String> body) {
        for (int i = 1; i < body.size() - 1; i++) {
            // "the Center for Countering Disinformation at Ukraine's National Security and Defense
            // Council": the body named first, which the person heads; "Individual Assistance at
            // FEMA" or "the regional office at FEMA" name a part of a body, so the body
            if ("part".equals(words.roleLinks().get(body.get(i)))) {
                boolean named = body.subList(0, i).stream().anyMatch(w -> words.descriptionNouns().contains(w.toLowerCase(Locale.ROOT))
                        && !words.subUnits().contains(w.toLowerCase(Locale.ROOT)));
                return wholeBody(named ? body.subList(0, i) : body.subList(i + 1, body.size()));
            }
        }
        for (int i = 1; i < body.size() - 1; i++) { // "the UN human rights office" is a body named so
            if (words.subUnits().contains(body.get(i).toLowerCase(Locale.ROOT)) && Character.isLowerCase(body.get(i).charAt(0))) {
                if (i + 1 < body.size() && isLinking(body.get(i + 1)) && body.size() > i + 2) {
                    return wholeBody(body.subList(i + 2, body.size()));
                }
                return wholeBody(body.subList(0, i));
            }
        }
        String joined = String.join(" ", body).trim();
        return joined.isEmpty() || joined.equalsIgnoreCase("the") ? null : joined;
    }

    /** A role word of one who speaks for a body: a spokesperson's, or a head's. */
    private boolean isRole(String w) {
        String lower = roleWord(w);
        return words.spokespersonRoles().contains(lower) || words.headRoles().contains(lower);
    }

    private static String roleWord(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
    }

    /**
     * A role word just before a name: a spokesperson's always, a head's only as the body's
     * ("the UN health agency's chief Tedros"), since "Maui police chief John Pelletier" and "Police
     * Chief John Pelletier" are titles outlets name the person by.
     */
    private boolean isRoleBeforeName(List<String> t, int i) {
        String lower = roleWord(t.get(i));
        return words.spokespersonRoles().contains(lower)
                || words.headRoles().contains(lower) && Character.isLowerCase(t.get(i).charAt(0)) && i > 0 && possessive(t.get(i - 1));
    }

    private boolean isLinking(String w) {
        return words.roleLinks().containsKey(w);
    }

    private boolean isBodyNoun(String lower) {
        return words.descriptionNouns().contains(lower) || words.subUnits().contains(lower);
    }

    /** "head of", "acting head of": lower case, not a title ("Chief of the General Staff Valery Gerasimov"). */
    private static boolean onlyModifiers(List<String> before) {
        return before.stream().allMatch(w -> Character.isLowerCase(w.charAt(0)));
    }

    private static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    private static String bare(String w) {
        return w.replaceAll("[’']s$", "");
    }

    private static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.charAt(0));
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
