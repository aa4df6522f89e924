package org.claimtrail.consolidate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One body of one country named with its words in another order or with a word more: "the Islamic
 * Republic's Martyrs and Veterans Foundation" and "Iran's Foundation of Martyrs and Veterans
 * Affairs". A name of at least three words of its own (not country or function words) whose words
 * all occur in exactly one other name of the same country is that name.
 */
final class ReorderedNames implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MIN_WORDS = 3;

    private final Set<String> functionWords;
    private final Function<String, String> countryOf;
    private final Function<String, String> withoutCountry;

    ReorderedNames(Set<String> functionWords, Function<String, String> countryOf, Function<String, String> withoutCountry) {
        this.functionWords = functionWords;
        this.countryOf = countryOf;
        this.withoutCountry = withoutCountry;
    }

    /** Pairs of named-body keys that are one body: each name and the one longer name of its country holding its words. */
    List<String[]> links(Collection<SourceKey> keys) {
        List<SourceKey> named = keys.stream().filter(k -> k.key().startsWith("name:") && k.name() != null).toList();
        List<String> countries = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        for (SourceKey k : named) {
            String country = countryOf.apply(k.name());
            countries.add(country);
            words.add(country == null ? Set.of() : ownWords(k.name()));
        }
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            if (words.get(i).size() < MIN_WORDS) {
                continue;
            }
            String fit = null;
            boolean several = false;
            for (int j = 0; j < named.size(); j++) {
                if (j != i && countries.get(i).equals(countries.get(j)) && !named.get(j).key().equals(named.get(i).key())
                        && words.get(j).containsAll(words.get(i))) {
                    several |= fit != null && !fit.equals(named.get(j).key());
                    fit = named.get(j).key();
                }
            }
            if (fit != null && !several) {
                out.add(new String[] {named.get(i).key(), fit});
            }
        }
        return out;
    }

    /** The words of a name that are its own: not its country's, not function words. */
    private Set<String> ownWords(String name) {
        Set<String> own = new TreeSet<>();
        for (String w : SourceCanonicalizer.normalize(withoutCountry.apply(name)).split("[ -]+")) {
            if (!w.isEmpty() && !functionWords.contains(w)) {
                own.add(w);
            }
        }
        return own;
    }
}
