package org.claimtrail.consolidate;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtrail.config.Accents;
import org.claimtrail.config.LexiconFile;

/**
 * The word lists of {@code conf/lexicon/} that {@link SourceCanonicalizer} keys source phrases with.
 *
 * @param prefixes          words dropped from the front of a phrase before it is keyed (source_prefixes.tsv)
 * @param functionWords     short lower-case words names keep, for acronyms (function_words.tsv)
 * @param spokespersonRoles role words of a person speaking for a body (spokesperson_roles.tsv)
 * @param roleWords         words that name a person by role, "a South Korean lawmaker" (person_roles.tsv)
 * @param branches          branch words of unnamed officials, to the branch in their key (official_branches.tsv)
 * @param countryWords      words of country names and adjectives: no proper name on their own (countries.tsv)
 * @param pronouns          "its chief of staff" is the body of whatever "it" is (pronouns.tsv)
 * @param descriptiveWords  words title case capitalizes in a plain description of a body ("Lebanon’s
 *                          Health Ministry", "Iran's Government"): the single-word state-body cues of
 *                          source_types.tsv and the fields of body_fields.tsv; they make no proper name
 * @param bodyFields        words of fields of government, to the field: a described ministry is keyed by country
 *                          and field ("health" in "health ministry", "sanidad", "Gesundheitsministerium"; body_fields.tsv)
 * @param descriptionNouns  nouns that describe a named body, "the rights group" (description_nouns.tsv)
 * @param headRoles         role words of the head of a body, written lower case (head_roles.tsv)
 * @param subUnits          parts of a body that stand for it, "the UNHCR office in Port Sudan" (sub_units.tsv)
 * @param roleLinks         words joining a role to its body, "head of", to "role" or "part" (role_links.tsv)
 * @param stateNames        names of states that, as a whole source phrase, are the state speaking (state_names.tsv)
 * @param institutionNouns  bodies a story may call by their kind alone, "police" (institution_nouns.tsv)
 */
public record KeyingWords(Set<String> prefixes, Set<String> functionWords, Set<String> spokespersonRoles,
                          Set<String> roleWords, Map<String, String> branches, Set<String> countryWords,
                          Set<String> pronouns, Set<String> descriptiveWords, Map<String, String> bodyFields,
                          Set<String> descriptionNouns, Set<String> headRoles, Set<String> subUnits,
                          Map<String, String> roleLinks, Set<String> stateNames, Set<String> institutionNouns)
        implements Serializable {

    public KeyingWords {
        prefixes = Set.copyOf(prefixes);
        functionWords = Set.copyOf(functionWords);
        spokespersonRoles = Set.copyOf(spokespersonRoles);
        roleWords = Set.copyOf(roleWords);
        branches = Map.copyOf(branches);
        countryWords = Set.copyOf(countryWords);
        pronouns = Set.copyOf(pronouns);
        descriptiveWords = Set.copyOf(descriptiveWords);
        bodyFields = Map.copyOf(bodyFields);
        descriptionNouns = Set.copyOf(descriptionNouns);
        headRoles = Set.copyOf(headRoles);
        subUnits = Set.copyOf(subUnits);
        roleLinks = Map.copyOf(roleLinks);
        stateNames = Set.copyOf(stateNames);
        institutionNouns = Set.copyOf(institutionNouns);
    }

    /** Only the articles as prefixes: keying by the alias table alone. */
    static KeyingWords none() {
        return new KeyingWords(Set.of("a", "an", "the"), Set.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of(),
                Set.of(), Map.of(), Set.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of());
    }

    /** The lists in a lexicon folder; a list whose file is absent is empty. */
    static KeyingWords load(Path dir) {
        Map<String, String> branches = new HashMap<>();
        for (LexiconFile.Entry e : lexicon(dir, "official_branches.tsv")) {
            branches.put(e.field(0).toLowerCase(Locale.ROOT), e.field(1));
        }
        Set<String> countryWords = new HashSet<>();
        for (LexiconFile.Entry e : lexicon(dir, "countries.tsv")) {
            for (String w : e.field(0).toLowerCase(Locale.ROOT).split("\\s+")) {
                countryWords.add(w.replace("'s", ""));
            }
        }
        Map<String, String> links = new HashMap<>();
        for (LexiconFile.Entry e : lexicon(dir, "role_links.tsv")) {
            links.put(e.field(0).toLowerCase(Locale.ROOT), e.field(1));
        }
        Map<String, String> bodyFields = new HashMap<>();
        for (LexiconFile.Entry e : lexicon(dir, "body_fields.tsv")) {
            String w = e.field(0).toLowerCase(Locale.ROOT);
            bodyFields.put(w, e.fields().size() > 1 ? e.field(1) : w);
            bodyFields.put(Accents.fold(w), e.fields().size() > 1 ? e.field(1) : w);
        }
        Set<String> descriptive = new HashSet<>(bodyFields.keySet());
        for (LexiconFile.Entry e : lexicon(dir, "source_types.tsv")) {
            String cue = e.field(0).toLowerCase(Locale.ROOT);
            if (!cue.contains(" ") && Set.of("government", "military", "intelligence").contains(e.field(1))) {
                descriptive.add(cue);
            }
        }
        // keys compare folded ("líder" is "lider"); pronouns as written: Spanish "él" (he) is not "el" (the)
        return new KeyingWords(withFolded(firstFields(dir, "source_prefixes.tsv")), withFolded(firstFields(dir, "function_words.tsv")),
                withFolded(firstFields(dir, "spokesperson_roles.tsv")), withFolded(firstFields(dir, "person_roles.tsv")), branches,
                withFolded(countryWords), firstFields(dir, "pronouns.tsv"), withFolded(descriptive), bodyFields,
                withFolded(firstFields(dir, "description_nouns.tsv")), withFolded(firstFields(dir, "head_roles.tsv")),
                withFolded(firstFields(dir, "sub_units.tsv")), links, withFolded(firstFields(dir, "state_names.tsv")),
                withFolded(firstFields(dir, "institution_nouns.tsv")));
    }

    /**
     * A list of every language: the root file and each language folder's own. Sources are keyed
     * across languages, so "Südkoreas Geheimdienst", "el servicio de inteligencia surcoreano" and
     * "South Korea's spy agency" are read with all their words at once.
     */
    private static List<LexiconFile.Entry> lexicon(Path dir, String name) {
        List<LexiconFile.Entry> out = new java.util.ArrayList<>();
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            out.addAll(LexiconFile.read(file));
        }
        try (java.util.stream.Stream<Path> folders = Files.list(dir)) {
            for (Path lang : folders.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(lang.resolve(name))) {
                    out.addAll(LexiconFile.read(lang.resolve(name)));
                }
            }
        } catch (java.io.IOException e) {
            throw new org.claimtrail.config.ConfigException("cannot list " + dir + ": " + e.getMessage());
        }
        return out;
    }

    /** First fields, lower case, as written. */
    private static Set<String> firstFields(Path dir, String name) {
        Set<String> out = new HashSet<>();
        for (LexiconFile.Entry e : lexicon(dir, name)) {
            out.add(e.field(0).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Words and each also without its accents: keys compare folded ("líder" is "lider"). */
    private static Set<String> withFolded(Set<String> words) {
        Set<String> out = new HashSet<>(words);
        words.forEach(w -> out.add(Accents.fold(w)));
        return out;
    }
}
