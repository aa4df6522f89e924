package org.claimtrail.consolidate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One source, one key across the articles of a run. Articles name a source in many ways that the
 * per-article canonicalizer cannot join: an acronym in one article and the full name in another
 * ("WHO" / "World Health Organization", "ISPR" / "Inter-Services Public Relations"), a country as a
 * noun or an adjective ("Lebanon's health ministry" / "Lebanese Health Ministry"), a person with
 * and without title ("Health Minister Firass Abiad" / "Firass Abiad"), spelling variants of a name
 * ("Zelensky" / "Zelenskyy"), a name and its longer form ("Syrian Observatory" / "Syrian
 * Observatory for Human Rights"). These rules merge keys of one run; none lists a particular source.
 */
public final class SourceKeyMerger implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Set<String> titleWords;
    private final Set<String> functionWords;
    private final Function<String, String> countryOf;
    private final Function<String, String> withoutCountry;
    private final Set<String> mediumNouns;
    private final Set<String> descriptionNouns;
    private final JointSources joint;
    private final ReorderedNames reordered;

    /**
     * @param titleWords     words that precede a person's name (titles, roles, offices)
     * @param functionWords  words an acronym skips ("of", "the", "and")
     * @param countryOf      the country code a phrase names, or null
     * @param withoutCountry the phrase without its country words
     */
    public SourceKeyMerger(Set<String> titleWords, Set<String> functionWords, Function<String, String> countryOf,
                           Function<String, String> withoutCountry) {
        this(titleWords, functionWords, countryOf, withoutCountry, Set.of());
    }

    /** @param mediumNouns what an outlet is after its name, "news service", "Telegram channel" (lower case) */
    public SourceKeyMerger(Set<String> titleWords, Set<String> functionWords, Function<String, String> countryOf,
                           Function<String, String> withoutCountry, Set<String> mediumNouns) {
        this(titleWords, functionWords, countryOf, withoutCountry, mediumNouns, Set.of());
    }

    /** @param jointJoiners words that join two bodies into one joint source, "and", "together with" (lower case) */
    public SourceKeyMerger(Set<String> titleWords, Set<String> functionWords, Function<String, String> countryOf,
                           Function<String, String> withoutCountry, Set<String> mediumNouns, Set<String> jointJoiners) {
        this(titleWords, functionWords, countryOf, withoutCountry, mediumNouns, jointJoiners, Set.of());
    }

    /** @param descriptionNouns what a body is, written after its name in lower case: "Wagner group" (lower case) */
    public SourceKeyMerger(Set<String> titleWords, Set<String> functionWords, Function<String, String> countryOf,
                           Function<String, String> withoutCountry, Set<String> mediumNouns, Set<String> jointJoiners,
                           Set<String> descriptionNouns) {
        this.descriptionNouns = Set.copyOf(descriptionNouns);
        this.joint = new JointSources(jointJoiners, functionWords, descriptionNouns);
        this.reordered = new ReorderedNames(functionWords, countryOf, withoutCountry);
        this.mediumNouns = Set.copyOf(mediumNouns);
        this.titleWords = titleWords;
        this.functionWords = functionWords;
        this.countryOf = countryOf;
        this.withoutCountry = withoutCountry;
    }

    /** How articles introduce acronyms, with this merger's function words. */
    java.util.regex.Pattern acronymPattern() {
        return Acronyms.pattern(functionWords);
    }

    /**
     * @param keys     every canonical source of the run
     * @param acronyms acronym (lower case) to the full names articles of the run introduce for it
     * @return for each merged key, the key that stands for its group (keys not merged are absent)
     */
    public Map<String, SourceKey> merge(Collection<SourceKey> keys, Map<String, Set<String>> acronyms) {
        return merge(keys, acronyms, Map.of());
    }

    /**
     * @param spokespeople a spokesperson's name (as an article gives it after the role word) to the
     *                     key of the body they speak for: quoted elsewhere by name alone
     *                     ("Al-Kheetan"), they still speak for that body
     */
    public Map<String, SourceKey> merge(Collection<SourceKey> keys, Map<String, Set<String>> acronyms,
                                        Map<String, String> spokespeople) {
        // one key may come with several names (its phrases in different articles): the rules see
        // every name, and the key stands under its longest, whatever order they came in (as a
        // merged group does)
        Map<String, SourceKey> byKey = new TreeMap<>();
        Map<String, Set<String>> namesOf = new HashMap<>();
        for (SourceKey k : keys.stream().sorted(java.util.Comparator.comparing(SourceKey::key)
                .thenComparing(k -> -length(k)).thenComparing(k -> k.name() == null ? "" : k.name())).toList()) {
            byKey.putIfAbsent(k.key(), k);
            if (k.name() != null) {
                namesOf.computeIfAbsent(k.key(), x -> new java.util.TreeSet<>()).add(SourceCanonicalizer.normalize(k.name()));
            }
        }
        UnionFind groups = new UnionFind();
        Map<String, List<String>> byForm = new HashMap<>();
        for (SourceKey k : byKey.values()) {
            for (String form : forms(k)) {
                byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(k.key());
            }
        }
        for (List<String> same : byForm.values()) {
            for (String other : same) {
                groups.union(same.get(0), other);
            }
        }
        // "Meduza and Mediazona" and "Mediazona": a joint source and its member named alone
        for (String[] link : joint.links(byKey.values())) {
            groups.union(link[0], link[1]);
        }
        // "Islamic Republic's Martyrs and Veterans Foundation" and "Iran's Foundation of Martyrs and Veterans Affairs"
        for (String[] link : reordered.links(byKey.values())) {
            groups.union(link[0], link[1]);
        }
        // "WHO" and "World Health Organization": an acronym an article introduces, or a name's initials
        Map<String, List<String>> byInitials = new HashMap<>();
        for (SourceKey k : byKey.values()) {
            if (k.key().startsWith("name:")) {
                String bare = bare(k);
                String initials = initials(bare);
                if (initials.length() >= 3) {
                    byInitials.computeIfAbsent(initials, i -> new ArrayList<>()).add(k.key());
                }
                for (Map.Entry<String, Set<String>> a : acronyms.entrySet()) {
                    if (a.getValue().stream().map(SourceCanonicalizer::normalize).anyMatch(bare::equals)) {
                        byInitials.computeIfAbsent(a.getKey(), i -> new ArrayList<>()).add(k.key());
                    }
                }
            }
        }
        for (SourceKey k : byKey.values()) {
            String bare = bare(k);
            List<String> expansions = byInitials.get(bare);
            if (k.key().startsWith("name:") && bare.matches("[a-z]{2,6}") && expansions != null
                    && expansions.stream().map(groups::find).distinct().count() == 1) {
                groups.union(expansions.get(0), k.key());
            }
        }
        // "Syrian Observatory" and "Syrian Observatory for Human Rights": a name of two words or more
        // that begins the only longer name it begins
        for (SourceKey k : byKey.values()) {
            String n = bare(k);
            if (!k.key().startsWith("name:") || !n.contains(" ")) {
                continue;
            }
            List<String> longer = byKey.values().stream()
                    .filter(o -> !o.key().startsWith("person:") && !o.key().equals(k.key()) && (bare(o).startsWith(n + " ")
                            || namesOf.getOrDefault(o.key(), Set.of()).stream().anyMatch(name -> name.startsWith(n + " "))))
                    .map(SourceKey::key).toList();
            if (!longer.isEmpty() && longer.stream().map(groups::find).distinct().count() == 1) {
                groups.union(longer.get(0), k.key());
            }
        }
        // a person named by surname or with a spelling variant: the one full name of the run it fits
        List<SourceKey> people = byKey.values().stream().filter(k -> k.key().startsWith("person:")).toList();
        List<SourceKey> named = new ArrayList<>(people);
        // "Abiad" typed as a name, not a person: a single capitalized word may be a surname
        byKey.values().stream().filter(k -> k.key().startsWith("name:") && bare(k).matches("[a-z-]{3,}")
                && k.name() != null && Character.isUpperCase(k.name().charAt(0)) && !k.name().equals(k.name().toUpperCase(Locale.ROOT)))
                .forEach(named::add);
        for (SourceKey k : named) {
            String name = personName(k);
            List<String> fits = new ArrayList<>();
            for (SourceKey o : people) {
                String other = personName(o);
                if (!o.key().equals(k.key()) && other.length() > name.length() && (other.endsWith(" " + name)
                        || sameNameSpelledOtherwise(name, other))) {
                    fits.add(o.key());
                }
            }
            if (fits.isEmpty() && !name.contains(" ")) {
                // "Lee" for "Lee Seong-gwon": a name written surname first, where none ends in the word
                for (SourceKey o : people) {
                    if (!o.key().equals(k.key()) && personName(o).startsWith(name + " ")) {
                        fits.add(o.key());
                    }
                }
            }
            if (!fits.isEmpty() && fits.stream().map(groups::find).distinct().count() == 1) {
                groups.union(fits.get(0), k.key());
            }
        }
        // "Al-Kheetan" or "Thameen Al-Kheetan" where another article quoted "UN human rights office
        // spokesperson Thameen Al-Kheetan": the one body that person speaks for
        for (SourceKey k : named) {
            String name = personName(k);
            java.util.Set<String> bodies = new java.util.TreeSet<>();
            spokespeople.forEach((person, body) -> {
                String p = SourceCanonicalizer.normalize(person);
                if ((p.equals(name) || p.endsWith(" " + name)) && byKey.containsKey(body)) {
                    bodies.add(body);
                }
            });
            if (bodies.size() == 1) {
                groups.union(bodies.iterator().next(), k.key());
            }
        }
        Map<String, SourceKey> out = new HashMap<>();
        Map<String, List<SourceKey>> members = new TreeMap<>();
        for (SourceKey k : byKey.values()) {
            members.computeIfAbsent(groups.find(k.key()), r -> new ArrayList<>()).add(k);
        }
        for (List<SourceKey> group : members.values()) {
            if (group.size() < 2) {
                continue;
            }
            SourceKey head = representative(group);
            for (SourceKey k : group) {
                out.put(k.key(), head);
            }
        }
        return out;
    }

    /** The forms under which two keys are the same source: the person's bare name, the body without country words. */
    private List<String> forms(SourceKey k) {
        List<String> forms = new ArrayList<>();
        forms.add(k.key());
        if (k.key().startsWith("person:") || k.key().startsWith("name:")) {
            forms.add("bare:" + bare(k)); // one phrase typed a person in one article and a body in another
        }
        if (k.key().startsWith("person:")) {
            String name = personName(k);
            if (name.contains(" ")) {
                forms.add("person:" + name);
            }
        } else if (k.key().startsWith("name:")) {
            String n = bare(k);
            String country = countryOf.apply(k.name() == null ? n : k.name());
            if (country != null) {
                String rest = SourceCanonicalizer.normalize(withoutCountry.apply(n));
                if (rest.contains(" ") || rest.length() > 6) {
                    forms.add("body:" + country + ":" + rest);
                }
            }
            String described = withoutDescription(k.name());
            if (described != null) {
                forms.add("bare:" + described); // "Human Rights Activists group" / "Human Rights Activists"
            }
            String outlet = outletName(n);
            if (outlet != null && namesAnOutlet(k.name(), outlet)) {
                forms.add("bare:" + outlet); // "Baza news service" / "Baza Telegram channel" / "Baza"
            }
        } else if (k.key().matches("[A-Z]{2}-[a-z]+")) {
            // "Iran's government" keyed by country and type in one article, "Iran's Government" by name in another
            forms.add("body:" + k.key().substring(0, 2) + ":" + k.key().substring(3));
        }
        return forms;
    }

    /**
     * A name followed by what the body is, in lower case ("Human Rights Activists group", "Wagner
     * group"): the name without it, or null. A capitalized last word is part of the name ("Sudan
     * Doctors Network" is not "Sudan Doctors").
     */
    private String withoutDescription(String name) {
        String[] words = name == null ? new String[0] : name.trim().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String last = words[words.length - 1];
        if (!last.equals(last.toLowerCase(Locale.ROOT)) || !descriptionNouns.contains(last)) {
            return null;
        }
        String rest = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        boolean named = false;
        for (int i = 0; i < words.length - 1; i++) {
            named |= Character.isUpperCase(words[i].charAt(0));
        }
        return named ? SourceCanonicalizer.normalize(rest) : null;
    }

    /**
     * True when what is left before the medium noun holds a proper name that is not a country's:
     * "Baza news service" does; "state news agency", "Israeli daily" and "Russian state channel" name no outlet.
     */
    private boolean namesAnOutlet(String name, String outlet) {
        if (name == null) {
            return false;
        }
        int words = outlet.split(" ").length;
        String[] written = name.trim().replaceFirst("^(?i:the)\\s+", "").split("\\s+");
        for (int i = 0; i < Math.min(words, written.length); i++) {
            String w = written[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && countryOf.apply(w) == null) {
                return true;
            }
        }
        return false;
    }

    /** The name before the longest medium noun phrase ending {@code n}, or null. */
    private String outletName(String n) {
        String best = null;
        for (String medium : mediumNouns) {
            if (n.endsWith(" " + medium) && (best == null || n.length() - medium.length() - 1 < best.length())) {
                best = n.substring(0, n.length() - medium.length() - 1);
            }
        }
        return best;
    }

    private static String bare(SourceKey k) {
        int colon = k.key().indexOf(':');
        return colon < 0 ? k.key() : k.key().substring(colon + 1);
    }

    private String initials(String normalized) {
        StringBuilder b = new StringBuilder();
        for (String w : normalized.split("[ -]+")) {
            if (!w.isEmpty() && !functionWords.contains(w)) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** A person key's name without the titles and offices before it: "health minister firass abiad" → "firass abiad". */
    String personName(SourceKey k) {
        String[] words = bare(k).split(" ");
        int start = 0;
        while (start < words.length - 1 && (titleWords.contains(words[start]) || countryOf.apply(words[start]) != null)) {
            start++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }

    /** "zelensky" / "zelenskyy" / "zelenskiy": the same first words, a surname off by at most two letters. */
    static boolean sameNameSpelledOtherwise(String a, String b) {
        int sa = a.lastIndexOf(' ');
        int sb = b.lastIndexOf(' ');
        String lastA = a.substring(sa + 1);
        String lastB = b.substring(sb + 1);
        if (lastA.length() < 5 || lastB.length() < 5 || !lastA.regionMatches(0, lastB, 0, 4)) {
            return false;
        }
        String firstA = sa < 0 ? "" : a.substring(0, sa);
        String firstB = sb < 0 ? "" : b.substring(0, sb);
        return (firstA.isEmpty() || firstA.equals(firstB)) && distance(lastA, lastB) <= 2;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The key a merged group goes by: a listed source first, then the longest name, then the smallest key. */
    private static SourceKey representative(List<SourceKey> group) {
        SourceKey best = null;
        for (SourceKey k : group) {
            if (best == null || rank(k) > rank(best)
                    || rank(k) == rank(best) && length(k) > length(best)
                    || rank(k) == rank(best) && length(k) == length(best) && k.key().compareTo(best.key()) < 0) {
                best = k;
            }
        }
        return best;
    }

    private static int rank(SourceKey k) {
        return k.key().startsWith("name:") || k.key().startsWith("person:") ? 0 : 1;
    }

    private static int length(SourceKey k) {
        return k.name() == null ? 0 : k.name().length();
    }

    /** Plain union-find over strings; the smaller root wins so results do not depend on order. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) {
                return x;
            }
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
