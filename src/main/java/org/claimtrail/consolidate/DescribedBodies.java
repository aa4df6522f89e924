package org.claimtrail.consolidate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Bodies an article describes instead of naming, resolved to the one body of the article they fit:
 * a nameless description ("the US-based rights group", "the UN agency") and the body a person
 * speaks for ({@link SpeakerBodies}: "the ministry's spokesperson"). A description fits a body
 * when the body's name holds all of its words; none, or more than one, and it stays as written.
 */
final class DescribedBodies implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SourceCanonicalizer canon;
    private final KeyingWords words;
    private final Set<String> tableKeys;
    private final SpeakerBodies speakers;

    DescribedBodies(SourceCanonicalizer canon, KeyingWords words, Set<String> tableKeys) {
        this.canon = canon;
        this.words = words;
        this.tableKeys = Set.copyOf(tableKeys);
        this.speakers = new SpeakerBodies(words);
    }

    /**
     * "the US-based rights group" in an article that names "Human Rights Activists in Iran": a
     * description without a name, headed by a noun that describes bodies (description_nouns.tsv),
     * whose other words all occur in the name of exactly one named body of the article (or of a
     * body of the alias table under the same head: "the UN agency" / "UN refugee agency", not "a
     * Haitian human rights group" / "UN human rights office"), is that body; else null.
     */
    SourceKey named(String phrase, SourceKey own, Map<String, SourceKey> article) {
        if (!own.key().startsWith("name:") || canon.hasName(phrase)) {
            return null;
        }
        String[] tokens = canon.key(phrase).split(" ");
        String head = tokens[tokens.length - 1];
        if (tokens.length < 2 || !words.descriptionNouns().contains(head)) {
            return null;
        }
        List<String> content = content(Arrays.copyOf(tokens, tokens.length - 1));
        if (content.isEmpty()) {
            return null;
        }
        return onlyBody(content, own, article, other -> tableKeys.contains(other.key()) && nameWords(other).contains(head));
    }

    /**
     * The body a person speaks for ({@link SpeakerBodies}), keyed like a source; or null. A body
     * described without a name ("the ministry's spokesperson") is the one body of the article
     * whose name holds all the description's words.
     */
    SourceKey spokenFor(SourceCanonicalizer.Mention mention, SourceKey own, String text, Map<String, String> acronyms,
                        List<SourceCanonicalizer.Mention> all, Map<String, SourceKey> article) {
        String phrase = mention.source();
        String body = speakers.inPhrase(phrase);
        if (body == null && (own.key().startsWith("person:") || own.key().startsWith("name:"))) {
            body = speakers.inText(own.name(), text);
            String name = SourceCanonicalizer.personName(phrase);
            if (body == null && !name.equals(own.name())) {
                body = speakers.inText(name, text);
            }
        }
        if (body == null) {
            return null;
        }
        SourceKey k = canon.resolve(new SourceCanonicalizer.Mention(body, null, mention.country(), mention.intermediaryCountry()),
                acronyms, all);
        if (k.key().startsWith("person:")) {
            return null;
        }
        if (!k.key().startsWith("name:") || k.country() != null || canon.hasName(body) || canon.hasAcronym(body)) {
            return k;
        }
        List<String> content = content(canon.key(body).split(" "));
        SourceKey fits = content.isEmpty() ? null : onlyBody(content, own, article, other -> !other.key().startsWith("official:"));
        return fits != null ? fits : namedBefore(body, phrase, text, own, article);
    }

    /**
     * "... according to a video posted by the group Sudan's IDPs and Refugee Camps. ... said Adam
     * Rojal, spokesperson for the aid group": a body the speaker's apposition describes by its kind
     * (a noun of description_nouns.tsv) is the body of that kind the article named last before the
     * speaker: one whose name holds the noun, or which the text calls by it ("the group X"). Null when
     * the article named none.
     */
    private SourceKey namedBefore(String body, String phrase, String text, SourceKey own, Map<String, SourceKey> article) {
        String[] tokens = canon.key(body).split(" ");
        String kind = tokens[tokens.length - 1];
        if (text == null || !words.descriptionNouns().contains(kind) || !body.toLowerCase(java.util.Locale.ROOT).startsWith("the ")) {
            return null;
        }
        int speaker = text.indexOf(SourceCanonicalizer.personName(phrase));
        SourceKey found = null;
        int foundAt = -1;
        for (SourceKey other : article.values()) {
            if (!other.key().startsWith("name:") || other.name() == null || other.key().equals(own.key())) {
                continue;
            }
            java.util.regex.Matcher m = SpeakerBodies.wholeWords(other.name()).matcher(text);
            int last = -1;
            while (m.find() && m.start() < speaker) {
                last = m.start();
            }
            if (last < 0 || last <= foundAt) {
                continue;
            }
            String before = text.substring(Math.max(0, last - 40), last).toLowerCase(java.util.Locale.ROOT).trim();
            if (nameWords(other).contains(kind) || before.endsWith(" " + kind) || before.equals(kind)) {
                found = other;
                foundAt = last;
            }
        }
        return found;
    }

    /**
     * "Police in Hawaii have revised the number of deaths ...": a body called by its kind alone
     * (institution_nouns.tsv), in a story that names exactly one body of that kind ("Maui Police
     * Department"), is that body; else null. Per story only: every story has its police.
     */
    SourceKey byKind(SourceKey own, Map<String, SourceKey> story) {
        if (!own.key().startsWith("name:") || own.name() == null) {
            return null;
        }
        List<String> kind = content(SourceCanonicalizer.normalize(own.name()).split(" "));
        if (kind.size() != 1 || !words.institutionNouns().contains(kind.get(0))) {
            return null;
        }
        SourceKey found = null;
        for (SourceKey other : story.values()) {
            if (other.key().equals(own.key()) || !other.key().startsWith("name:") || other.name() == null) {
                continue;
            }
            List<String> name = nameWords(other);
            if (name.size() > 1 && name.contains(kind.get(0))) {
                if (found != null && !found.key().equals(other.key())) {
                    return null;
                }
                found = other;
            }
        }
        return found;
    }

    /** The words of a description that a name must hold: not country words, leading prefixes or "-based". */
    private List<String> content(String[] tokens) {
        List<String> content = new ArrayList<>();
        for (String t : tokens) {
            if (!words.countryWords().contains(t) && !words.prefixes().contains(t) && !t.endsWith("-based")) {
                content.add(t);
            }
        }
        return content;
    }

    /**
     * The one body of the article, other than {@code own}, whose name holds all of {@code content}:
     * a named body, or another kind of body that {@code unnamed} admits. Null if none or several.
     */
    private SourceKey onlyBody(List<String> content, SourceKey own, Map<String, SourceKey> article, Predicate<SourceKey> unnamed) {
        SourceKey found = null;
        for (SourceKey other : article.values()) {
            if (other.key().equals(own.key()) || other.name() == null || other.key().startsWith("person:")
                    || other.key().equals("unattributed")) {
                continue;
            }
            boolean body = other.key().startsWith("name:") ? canon.hasName(other.name()) : unnamed.test(other);
            if (body && nameWords(other).containsAll(content)) {
                if (found != null && !found.key().equals(other.key())) {
                    return null;
                }
                found = other;
            }
        }
        return found;
    }

    private static List<String> nameWords(SourceKey k) {
        return Arrays.asList(SourceCanonicalizer.normalize(k.name()).split(" "));
    }
}
