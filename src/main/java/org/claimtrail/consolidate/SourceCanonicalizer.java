package org.claimtrail.consolidate;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrail.config.ConfigException;
import org.claimtrail.ingest.ManifestCsv;

/**
 * Gives each source phrase of an article a canonical source, so that "National Intelligence
 * Service", "NIS" and "South Korea's spy agency" are one source across outlets. In order:
 * acronyms the article introduces ("the National Intelligence Service (NIS)"), the alias table
 * ({@code conf/lexicon/sources.csv}), named people (a surname alone resolves to the full name the
 * article gives; a generic role such as "a South Korean lawmaker" to the named person with that
 * role), unnamed officials by country and branch, state bodies by country and type, and finally
 * the normalized phrase itself.
 */
public final class SourceCanonicalizer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One alias-table row. */
    record Entry(SourceKey source, List<String> aliases) implements Serializable {
    }

    private final List<Entry> table;
    private final KeyingWords words;
    private final Pattern acronym;
    private final DescribedBodies described;

    public SourceCanonicalizer(List<Entry> table) {
        this(table, KeyingWords.none());
    }

    public SourceCanonicalizer(List<Entry> table, KeyingWords words) {
        this.table = List.copyOf(table);
        this.words = words;
        this.acronym = Acronyms.pattern(words.functionWords());
        this.described = new DescribedBodies(this, words, table.stream().map(e -> e.source().key()).collect(java.util.stream.Collectors.toSet()));
    }

    public static SourceCanonicalizer load(Path csv) {
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + csv + ": " + e.getMessage());
        }
        KeyingWords words = KeyingWords.load(csv.getParent() == null ? Path.of(".") : csv.getParent());
        SourceCanonicalizer keying = new SourceCanonicalizer(List.of(), words);
        List<Entry> entries = new ArrayList<>();
        for (ManifestCsv.Row r : ManifestCsv.parse(text).rows()) {
            if (r.problem() != null) {
                throw new ConfigException(csv.getFileName() + ":" + r.line() + ": " + r.problem());
            }
            List<String> aliases = new ArrayList<>();
            for (String a : r.fields().getOrDefault("aliases", "").split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(keying.key(a));
                }
            }
            aliases.add(keying.key(r.fields().get("name")));
            entries.add(new Entry(new SourceKey(r.fields().get("key"), r.fields().get("name"),
                    blank(r.fields().get("country")), blank(r.fields().get("type"))), aliases));
        }
        return new SourceCanonicalizer(entries, words);
    }

    /**
     * What one claim says of its source, as the claims table has it, and the country of the place
     * its figure is about.
     */
    public record Mention(String source, String type, String country, String intermediaryCountry, String placeCountry) {
        public Mention(String source, String type, String country, String intermediaryCountry) {
            this(source, type, country, intermediaryCountry, null);
        }
    }

    /** Canonical sources for the source phrases of one article. */
    public Map<String, SourceKey> canonicalize(String articleText, List<Mention> mentions) {
        Map<String, String> acronyms = Acronyms.in(articleText, acronym);
        // one phrase, one reading: a phrase typed as a person anywhere in the article ("lawmaker Lee
        // Seong-kweun", also typed by its role word as government) is that person everywhere
        Map<String, Mention> reading = new java.util.LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (mention.source() != null) {
                reading.merge(mention.source(), mention, (a, b) -> !"person".equals(a.type()) && "person".equals(b.type()) ? b : a);
            }
        }
        Map<String, SourceKey> out = new HashMap<>();
        for (Mention mention : reading.values()) {
            out.put(mention.source(), resolve(mention, acronyms, mentions));
        }
        // "UN human rights office spokesperson Thameen Al-Kheetan", later "Al-Kheetan": the person
        // speaks for the body, so the body is the key of all their figures
        Map<String, SourceKey> bodies = new HashMap<>();
        for (Mention mention : reading.values()) { // once per phrase: the article text is searched for each
            SourceKey own = out.get(mention.source());
            SourceKey body = own == null ? null : described.spokenFor(mention, own, articleText, acronyms, mentions, out);
            if (body != null && !body.key().equals(own.key())) {
                bodies.put(own.key(), body);
            }
        }
        out.replaceAll((phrase, k) -> bodies.getOrDefault(k.key(), k));
        Map<String, SourceKey> named = new HashMap<>();
        for (Map.Entry<String, SourceKey> e : out.entrySet()) {
            SourceKey body = described.named(e.getKey(), e.getValue(), out);
            if (body != null) {
                named.put(e.getKey(), body);
            }
        }
        out.putAll(named);
        return out;
    }

    /**
     * A description keyed as written ("Health Ministry", in an article that names no body it fits)
     * that fits exactly one named body among the sources of its story ("Moscow Region Ministry of
     * Health", named in another article of the story), or a body called by its kind alone ("Police")
     * in a story that names one of that kind; or null.
     */
    SourceKey describedIn(SourceKey own, java.util.Collection<SourceKey> story) {
        if (own.name() == null) {
            return null;
        }
        Map<String, SourceKey> bodies = new HashMap<>();
        for (SourceKey k : story) {
            bodies.put(k.key(), k);
        }
        SourceKey named = described.named(own.name(), own, bodies);
        return named != null ? named : described.byKind(own, bodies);
    }

    /**
     * The person a spokesperson phrase names after its role word ("UN human rights office
     * spokesperson Thameen Al-Kheetan" → "Thameen Al-Kheetan"), or null: the name under which
     * other articles may quote them alone.
     */
    public String spokespersonName(String phrase) {
        String[] tokens = phrase == null ? new String[0] : phrase.trim().split("\\s+");
        for (int i = 1; i < tokens.length - 1; i++) {
            if (words.spokespersonRoles().contains(tokens[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
                String name = personName(String.join(" ", java.util.Arrays.copyOfRange(tokens, i + 1, tokens.length)));
                return hasName(name) ? name : null;
            }
        }
        return null;
    }

    SourceKey resolve(Mention mention, Map<String, String> acronyms, List<Mention> all) {
        String phrase = mention.source();
        String n = key(phrase);
        String expanded = acronyms.get(n);
        if (expanded == null && n.contains(" ") && hasName(phrase)) {
            // "Human Rights Activists" where the article introduced "Human Rights Activists in Iran
            // (HRAI)": the short form of the name the article spelled out
            for (String full : acronyms.values()) {
                if (key(full).startsWith(n + " ")) {
                    expanded = full;
                }
            }
        }
        if (expanded != null) {
            n = key(expanded);
            phrase = expanded.replaceFirst("^(?:The|the)\\s+", ""); // shown as the article spells it out
        }
        // an acronym alias is the acronym as written: "WHO" is the agency, "those who" is not
        String[] written = phrase.trim().split("\\s+");
        String last = written[written.length - 1];
        SourceKey fromTable = last.matches("\\p{Ll}{1,4}") && lookup(last) != null ? null : lookup(n);
        String country = mention.country() != null ? mention.country()
                : normalize(phrase).matches(".*\\b(country|nation)\\b.*") ? mention.intermediaryCountry() : null;
        String type = mention.type();
        String field = governmentField(n, type);
        if (country == null && !field.isEmpty() && !hasName(phrase)) {
            // "the health ministry" reporting the dead of Lebanon is Lebanon's: a ministry counts its own country's
            country = mention.placeCountry();
        }
        // a listed body of another country is not this one: "Russian General Staff" is not Ukraine's;
        // nor of an unknown one: "its chief of the general staff" (Israel's) is no listed country's
        String first = normalize(phrase).split(" ")[0];
        boolean ofAntecedent = country == null && words.pronouns().contains(first);
        if (fromTable != null && (country == null && !ofAntecedent || fromTable.country() == null || fromTable.country().equals(country))) {
            return fromTable;
        }
        if ("person".equals(type) && country != null && words.stateNames().contains(n)) {
            type = "other"; // "Irán", tagged a person's name by a model, is the state speaking
        }
        if ("person".equals(type)) {
            String name = personName(phrase);
            String full = fullName(name, all);
            return new SourceKey("person:" + key(full), full, country, "person");
        }
        for (String role : words.roleWords()) { // "a South Korean lawmaker" -> the lawmaker the article names
            if ((" " + n + " ").contains(" " + role + " ") && !hasName(phrase)) {
                for (Mention other : all) {
                    if (other.source() != null && "person".equals(other.type())
                            && (" " + key(other.source()) + " ").contains(" " + role + " ")) {
                        String full = fullName(personName(other.source()), all);
                        return new SourceKey("person:" + key(full), full, country, "person");
                    }
                }
            }
        }
        if ("unnamed official".equals(type) && (hasName(phrase) || hasAcronym(phrase)) && phrase.trim().contains(" ")) {
            // "FEMA officials", "Maui County officials": unnamed people speaking for a named body are that body
            String body = phrase.trim().substring(0, phrase.trim().lastIndexOf(' '));
            SourceKey k = resolve(new Mention(body, null, mention.country(), mention.intermediaryCountry()), acronyms, all);
            if (!k.key().startsWith("person:")) {
                return k;
            }
        }
        if ("unnamed official".equals(type)) {
            String branch = "";
            for (String w : n.split(" ")) {
                if (words.branches().containsKey(w)) {
                    branch = words.branches().get(w);
                    break;
                }
            }
            String key = "official:" + (country == null ? "unknown" : country) + (branch.isEmpty() ? "" : ":" + branch);
            return new SourceKey(key, ((country == null ? "" : country + " ") + (branch.isEmpty() ? "" : branch + " ")
                    + "official(s)").trim(), country, type);
        }
        if (country != null && type != null && Set.of("intelligence", "military", "government").contains(type) && !hasName(phrase)) {
            // "Lebanon's health ministry" is one office of the state, not all of "the Lebanese government"
            String key = country + "-" + type + (field.isEmpty() ? "" : ":" + field);
            for (Entry e : table) {
                if (e.source().key().equals(key)) {
                    return e.source();
                }
            }
            return new SourceKey(key, display(phrase), country, type); // shown as the text names it: "Iran's government"
        }
        if (country != null && (type == null || type.equals("other")) && words.stateNames().contains(n)) {
            // "Iran said", "according to Ukraine": a state speaking is its government (shown as written)
            SourceKey state = resolve(new Mention(phrase, "government", country, mention.intermediaryCountry()), acronyms, all);
            return new SourceKey(state.key(), display(phrase), state.country(), state.type());
        }
        SourceKey owner = ownerBody(mention, acronyms, all);
        if (owner != null) {
            return new SourceKey(owner.key(), display(phrase), owner.country(), owner.type());
        }
        return new SourceKey("name:" + n, display(phrase), country, type);
    }

    /**
     * "the Israeli military's Home Front Command": a named unit that the phrase gives as a body's own
     * speaks for that body, when the owner is a listed body or a state's body of the mention's type;
     * that body, or null. Not a state's ("Israel's Home Front Command" says whose it is, not which of
     * its bodies), nor a name's ("Yale University's Humanitarian Research Lab" is a source of its own).
     */
    private SourceKey ownerBody(Mention mention, Map<String, String> acronyms, List<Mention> all) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+?)['’]s\\s+(.+)$").matcher(mention.source().trim());
        if (!m.matches() || !hasName(m.group(2)) || words.stateNames().contains(key(m.group(1)))) {
            return null;
        }
        SourceKey owner = resolve(new Mention(m.group(1), mention.type(), mention.country(), mention.intermediaryCountry()),
                acronyms, all);
        return owner.key().startsWith("name:") || owner.key().startsWith("person:") || owner.key().startsWith("official:")
                ? null : owner;
    }

    /** The field of government a described state body names ("health" in "health ministry"), or "". */
    private String governmentField(String n, String type) {
        if ("government".equals(type)) {
            for (String w : n.split(" ")) {
                String field = words.bodyFields().get(w);
                if (field != null) {
                    return field;
                }
            }
        }
        return "";
    }

    SourceKey lookup(String n) {
        SourceKey best = null;
        int bestLen = 0;
        for (Entry e : table) {
            for (String a : e.aliases()) {
                // the alias must be the phrase or its head ("south korea national intelligence service"),
                // not a modifier of another head ("us military official" is not the U.S. military)
                if (a.length() > bestLen && (n.equals(a) || n.endsWith(" " + a))) {
                    best = e.source();
                    bestLen = a.length();
                }
            }
        }
        return best;
    }

    /** The name in a person phrase: its trailing capitalized words ("Pentagon spokesperson Pat Ryder" → "Pat Ryder"). */
    static String personName(String phrase) {
        String[] tokens = phrase.trim().split("\\s+");
        int start = tokens.length;
        while (start > 0 && !tokens[start - 1].isEmpty() && Character.isUpperCase(tokens[start - 1].charAt(0))
                && !tokens[start - 1].endsWith(".") && !tokens[start - 1].endsWith(",")) {
            start--;
        }
        if (start == tokens.length) {
            return phrase.trim();
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, start, tokens.length));
    }

    /** A surname alone ("Ryder") resolves to the fullest name ending in it that the article's sources give. */
    private static String fullName(String name, List<Mention> all) {
        String best = name;
        for (Mention m : all) {
            if (m.source() != null && "person".equals(m.type())) {
                String other = personName(m.source());
                if (other.length() > best.length() && other.endsWith(" " + name)) {
                    best = other;
                }
            }
        }
        return best;
    }

    /** True when a phrase holds an acronym that is not a country's ("FEMA officials", not "US officials"). */
    boolean hasAcronym(String phrase) {
        for (String w : phrase.trim().split("\\s+")) {
            if (w.matches("[A-Z]{2,6}") && !words.countryWords().contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a phrase holds a proper name: a capitalized word that is neither a country word nor
     * a word that title case capitalizes in a description ("Lebanon’s Health Ministry" is the same
     * description as "Lebanon's health ministry").
     */
    boolean hasName(String phrase) {
        for (String w : phrase.trim().split("\\s+")) {
            String bare = w.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
            // "US-based", "London-based": where a body sits, not its name
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isLowerCase)
                    && !words.countryWords().contains(bare) && !words.descriptiveWords().contains(bare) && !bare.endsWith("-based")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The form keys and aliases compare in: {@link #normalize} without the leading words of
     * {@code source_prefixes.tsv} ("the", "unnamed", "country's", or "based" left by a split
     * "London-based").
     */
    String key(String phrase) {
        String n = normalize(phrase);
        // an acronym is no article: "UN agency" keeps its "UN", though "un" opens a Spanish phrase
        Set<String> acronyms = new java.util.HashSet<>();
        for (String w : phrase == null ? new String[0] : phrase.trim().split("\\s+")) {
            if (acronym(w)) {
                acronyms.add(w.toLowerCase(Locale.ROOT));
            }
        }
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            int space = n.indexOf(' ');
            if (space > 0) {
                String first = n.substring(0, space);
                String bare = first.contains("-") ? first.substring(first.lastIndexOf('-') + 1) : first;
                if ((words.prefixes().contains(first) || words.prefixes().contains(bare)) && !acronyms.contains(first)) {
                    n = n.substring(space + 1);
                    dropped = true;
                }
            }
        }
        return n;
    }

    /** The phrase as shown, without the leading words {@link #key} drops, except an article. */
    private String display(String phrase) {
        String[] tokens = phrase.trim().split("\\s+");
        int start = 0;
        while (start < tokens.length - 1) {
            String w = tokens[start].toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
            String bare = w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
            if ((words.prefixes().contains(w) || words.prefixes().contains(bare)) && !Set.of("a", "an", "the").contains(w)
                    && !acronym(tokens[start])) {
                start++;
            } else {
                break;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, start, tokens.length));
    }

    /** A word written in capitals ("UN"): an acronym, never a dropped prefix. */
    private static boolean acronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter)
                && !Set.of("a", "an", "the").contains(word.toLowerCase(Locale.ROOT));
    }

    /** Lower case, no possessives, no punctuation: the raw comparable form of a phrase. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        // accents folded: "Südkoreas" and "Sudkoreas" are one word, and no letter is lost ("Militär")
        String n = org.claimtrail.config.Accents.fold(s.toLowerCase(Locale.ROOT)).replace('’', '\'')
                .replaceAll("\\b(u)\\.(s|n|k)\\.", "$1$2")
                .replaceAll("'s\\b", "")
                .replaceAll("[^a-z0-9 -]", " ")
                .replaceAll("\\s+", " ").trim();
        return n;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
