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
 * own. Not when the first part holds a function word: in "Department of Health and Human Services"
 * the "and" joins words inside one name, not two bodies.
 */
final class JointSources implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> joiners;
    private final Set<String> functionWords;

    JointSources(Collection<String> joiners, Set<String> functionWords) {
        // the longest first: "gemeinsam mit" is tried before any shorter joiner inside a name
        this.joiners = joiners.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.functionWords = Set.copyOf(functionWords);
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
            String[] parts = split(k.key().substring(5));
            if (parts == null || !namesBoth(k.name()) || hasFunctionWord(parts[0])) {
                continue;
            }
            for (String part : parts) {
                String member = byBare.get(part);
                if (member != null && !member.equals(k.key())) {
                    out.add(new String[] {k.key(), member});
                }
            }
        }
        return out;
    }

    /** The two parts of a joint name, without a leading "the"; null unless exactly one joiner splits it. */
    private String[] split(String text) {
        int[] at = joinerAt(text);
        if (at == null) {
            return null;
        }
        String first = strip(text.substring(0, at[0]));
        String second = strip(text.substring(at[1]));
        return first.isEmpty() || second.isEmpty() ? null : new String[] {first, second};
    }

    /** Where the first joiner that occurs once in {@code text} (lower case) starts and where what follows it starts; or null. */
    private int[] joinerAt(String text) {
        for (String j : joiners) {
            String sep = " " + j + " ";
            int at = text.indexOf(sep);
            if (at > 0 && text.indexOf(sep, at + 1) < 0) {
                return new int[] {at, at + sep.length()};
            }
        }
        return null;
    }

    private static String strip(String part) {
        String p = part.trim();
        return p.startsWith("the ") ? p.substring(4) : p;
    }

    private boolean hasFunctionWord(String part) {
        for (String w : part.split(" ")) {
            if (functionWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Both sides of the joiner hold a capitalized word: two names, not "killed and wounded" counters. */
    private boolean namesBoth(String name) {
        int[] at = joinerAt(name.toLowerCase(java.util.Locale.ROOT));
        return at != null && capitalized(name.substring(0, at[0])) && capitalized(name.substring(at[1]));
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
