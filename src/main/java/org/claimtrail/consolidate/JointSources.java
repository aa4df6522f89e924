package org.claimtrail.consolidate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bodies that made one count together. "Meduza and Mediazona" or "the BBC Russian Service together
 * with Mediazona" is one source: the projects publish their tally jointly, and an article that
 * credits only "Mediazona" reports the same series. A joint name splits into two parts at a joiner
 * ({@code joint_source_joiners.tsv}); it links to each part that is a named source of the run on its
 * own, also when the part adds what the body is ("the White Helmets organization" and "White
 * Helmets"). An "and" inside one name joins no bodies: not when the first part holds a function word
 * ("Department of Health and Human Services"), unless the second part opens with its own article
 * ("the Minister of Health of the opposition and the White Helmets organization": two bodies).
 */
final class JointSources implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> joiners;
    private final Set<String> functionWords;
    private final Set<String> descriptionNouns;

    JointSources(Collection<String> joiners, Set<String> functionWords, Set<String> descriptionNouns) {
        // the longest first: "gemeinsam mit" is tried before any shorter joiner inside a name
        this.joiners = joiners.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.functionWords = Set.copyOf(functionWords);
        this.descriptionNouns = Set.copyOf(descriptionNouns);
    }

    /**
     * Pairs of keys that are one source: a joint source's key and the key of each member named alone.
     * Only named bodies ({@code name:} keys) take part: a country or a person is never a member.
     */
    List<String[]> links(Collection<SourceKey> keys) {
        Map<String, String> byBare = new HashMap<>();
        for (SourceKey k : keys) {
            if (k.key().startsWith("name:")) {
                byBare.put(k.key().substring(5), k.key());
            }
        }
        List<String[]> out = new ArrayList<>();
        for (SourceKey k : keys) {
            if (!k.key().startsWith("name:") || k.name() == null) {
                continue;
            }
            for (String part : parts(k.name())) {
                String member = byBare.get(SourceCanonicalizer.normalize(part));
                String bare = withoutDescription(part);
                if (member == null && bare != null) {
                    member = byBare.get(bare);
                }
                if (member != null && !member.equals(k.key())) {
                    out.add(new String[] {k.key(), member});
                }
            }
        }
        return out;
    }

    /**
     * The members a joint name (as written) names: the two parts at each joiner that splits it into two
     * names, without a leading article; none for a name no joiner splits.
     */
    private List<String> parts(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String j : joiners) {
            String sep = " " + j + " ";
            boolean once = lower.indexOf(sep) == lower.lastIndexOf(sep);
            for (int at = lower.indexOf(sep); at > 0; at = lower.indexOf(sep, at + 1)) {
                String first = strip(name.substring(0, at));
                String second = name.substring(at + sep.length()).trim();
                boolean ownArticle = second.toLowerCase(java.util.Locale.ROOT).startsWith("the ");
                second = strip(second);
                if (first.isEmpty() || second.isEmpty() || !capitalized(first) && !capitalized(second)
                        || !(once && !hasFunctionWord(first.toLowerCase(java.util.Locale.ROOT)) || ownArticle)) {
                    continue;
                }
                // a member is a name: "the regional office and the Blue Lantern group" names one body
                for (String part : List.of(first, second)) {
                    if (capitalized(part)) {
                        out.add(part);
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static String strip(String part) {
        String p = part.trim();
        return p.toLowerCase(java.util.Locale.ROOT).startsWith("the ") ? p.substring(4).trim() : p;
    }

    /** "White Helmets organization": the name without what the body is, normalized; or null. */
    private String withoutDescription(String part) {
        String[] words = part.replaceAll("[\\p{Pi}\\p{Pf}\"]", " ").trim().split("\\s+");
        String last = words[words.length - 1];
        if (words.length < 2 || !descriptionNouns.contains(last) || !capitalized(words[0])) {
            return null;
        }
        return SourceCanonicalizer.normalize(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
    }

    private boolean hasFunctionWord(String part) {
        for (String w : part.split(" ")) {
            if (functionWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalized(String part) {
        for (String w : part.trim().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
