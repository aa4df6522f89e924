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

    public SourceCanonicalizer(List<Entry> table) {
        this.table = List.copyOf(table);
    }

    public static SourceCanonicalizer load(Path csv) {
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + csv + ": " + e.getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        for (ManifestCsv.Row r : ManifestCsv.parse(text).rows()) {
            if (r.problem() != null) {
                throw new ConfigException(csv.getFileName() + ":" + r.line() + ": " + r.problem());
            }
            List<String> aliases = new ArrayList<>();
            for (String a : r.fields().getOrDefault("aliases", "").split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(normalize(a));
                }
            }
            aliases.add(normalize(r.fields().get("name")));
            entries.add(new Entry(new SourceKey(r.fields().get("key"), r.fields().get("name"),
                    blank(r.fields().get("country")), blank(r.fields().get("type"))), aliases));
        }
        return new SourceCanonicalizer(entries);
    }

    /** What one claim says of its source, as the claims table has it. */
    public record Mention(String source, String type, String country, String intermediaryCountry) {
    }

    private static final Pattern ACRONYM = Pattern.compile("((?:[A-Z][\\w’'-]*\\s+){1,7}[A-Z][\\w’'-]*)\\s+\\(([A-Z]{2,6})\\)");
    private static final Set<String> ROLE_WORDS = Set.of("lawmaker", "spokesman", "spokeswoman", "spokesperson", "minister",
            "general", "commander", "governor", "mayor", "president", "ambassador", "envoy", "senator", "legislator");
    private static final Set<String> BRANCHES = Set.of("military", "defense", "defence", "intelligence", "state",
            "foreign", "health", "interior", "police", "army", "navy");

    /** The acronyms an article introduces ("the National Intelligence Service (NIS)"): acronym (lower case) → full name. */
    public static Map<String, String> acronymsIn(String articleText) {
        Map<String, String> acronyms = new HashMap<>();
        Matcher m = ACRONYM.matcher(articleText == null ? "" : articleText);
        while (m.find()) {
            acronyms.put(m.group(2).toLowerCase(Locale.ROOT), m.group(1));
        }
        return acronyms;
    }

    /** Canonical sources for the source phrases of one article. */
    public Map<String, SourceKey> canonicalize(String articleText, List<Mention> mentions) {
        Map<String, String> acronyms = acronymsIn(articleText);
        Map<String, SourceKey> out = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.source() != null && !out.containsKey(mention.source())) {
                out.put(mention.source(), resolve(mention, acronyms, mentions));
            }
        }
        return out;
    }

    private SourceKey resolve(Mention mention, Map<String, String> acronyms, List<Mention> all) {
        String phrase = mention.source();
        String n = normalize(phrase);
        String expanded = acronyms.get(n);
        if (expanded != null) {
            n = normalize(expanded);
        }
        SourceKey fromTable = lookup(n);
        String country = mention.country() != null ? mention.country()
                : n.contains("country") ? mention.intermediaryCountry() : null;
        String type = mention.type();
        if (fromTable != null) {
            return fromTable;
        }
        if ("person".equals(type)) {
            String name = personName(phrase);
            String full = fullName(name, all);
            return new SourceKey("person:" + normalize(full), full, country, "person");
        }
        for (String role : ROLE_WORDS) { // "a South Korean lawmaker" -> the lawmaker the article names
            if ((" " + n + " ").contains(" " + role + " ") && !hasName(phrase)) {
                for (Mention other : all) {
                    if (other.source() != null && "person".equals(other.type())
                            && (" " + normalize(other.source()) + " ").contains(" " + role + " ")) {
                        String full = fullName(personName(other.source()), all);
                        return new SourceKey("person:" + normalize(full), full, country, "person");
                    }
                }
            }
        }
        if ("unnamed official".equals(type)) {
            String branch = "";
            for (String w : n.split(" ")) {
                if (BRANCHES.contains(w)) {
                    branch = w.equals("defence") ? "defense" : w;
                    break;
                }
            }
            String key = "official:" + (country == null ? "unknown" : country) + (branch.isEmpty() ? "" : ":" + branch);
            return new SourceKey(key, ((country == null ? "" : country + " ") + (branch.isEmpty() ? "" : branch + " ")
                    + "official(s)").trim(), country, type);
        }
        if (country != null && type != null && Set.of("intelligence", "military", "government").contains(type) && !hasName(phrase)) {
            String key = country + "-" + type;
            for (Entry e : table) {
                if (e.source().key().equals(key)) {
                    return e.source();
                }
            }
            return new SourceKey(key, country + " " + type, country, type);
        }
        return new SourceKey("name:" + n, phrase.replaceFirst("^(\\S+-)?based\\s+", ""), country, type);
    }

    private SourceKey lookup(String n) {
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
        String[] words = phrase.trim().split("\\s+");
        int start = words.length;
        while (start > 0 && !words[start - 1].isEmpty() && Character.isUpperCase(words[start - 1].charAt(0))
                && !words[start - 1].endsWith(".") && !words[start - 1].endsWith(",")) {
            start--;
        }
        if (start == words.length) {
            return phrase.trim();
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
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

    /** True when a phrase holds a proper name (a capitalized word that is not a country word). */
    static boolean hasName(String phrase) {
        for (String w : phrase.trim().split("\\s+")) {
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isLowerCase)
                    && !w.matches("(?i)(south|north|korean|korea's|ukraine's|ukrainian|russian|american|british|u\\.s\\.)")) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, no possessives, no punctuation, no leading article: the form keys and aliases compare in. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String n = s.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("\\b(u)\\.(s|n|k)\\.", "$1$2")
                .replaceAll("'s\\b", "")
                .replaceAll("[^a-z0-9 -]", " ")
                .replaceAll("\\s+", " ").trim();
        // "London-based Syrian Observatory" split after its hyphen leaves "based ..."
        return n.replaceFirst("^(a|an|the|unnamed|senior|anonymous) ", "").replaceFirst("^(senior|unnamed) ", "")
                .replaceFirst("^([a-z]+-)?based ", "");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
