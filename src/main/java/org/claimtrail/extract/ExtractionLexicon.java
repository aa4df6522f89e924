package org.claimtrail.extract;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.GlossedLexicon;
import org.claimtrail.config.LexiconFile;
import org.claimtrail.config.LexiconFolder;
import org.claimtrail.config.VerbForms;

/**
 * Every word list the claim rules use, read once on the driver from {@code conf/lexicon/} and
 * shipped to executors with the task. Improving extraction mostly means editing those files.
 */
public final class ExtractionLexicon implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A phrase of lower-case tokens with a value attached. */
    public record Phrase<T>(List<String> tokens, T value) implements Serializable {
    }

    /** Vague amount bounds. */
    public record Bounds(double low, double high) implements Serializable {
    }

    /** The language these lists are for (ISO 639-1). */
    String lang = LexiconFolder.ROOT_LANGUAGE;
    /** How this language's annotations read as English ones (identity for English). */
    LanguageView language = LanguageView.ENGLISH;
    /** The population of a figure whose text names no group ("people", "Menschen", "personas"). */
    String genericPopulation = "people";
    final Map<String, Double> numberWords = new HashMap<>();
    /** Injury verbs whose oblique says what happened ("kamen ums Leben"; injury_verbs.tsv {@code oblique}). */
    final Set<String> obliqueInjuryVerbs = new HashSet<>();
    /** Endings of capitalized common nouns, in a language that capitalizes them (noun_endings.tsv). */
    final List<String> nounEndings = new ArrayList<>();
    final List<Phrase<Bounds>> vague = new ArrayList<>();
    final List<Phrase<Double>> fractions = new ArrayList<>();
    final List<Phrase<Qualifier>> qualifiersBefore = new ArrayList<>();
    final List<Phrase<Qualifier>> qualifiersAfter = new ArrayList<>();
    final Map<String, String> nounMetric = new HashMap<>();
    final Map<String, String> verbMetric = new HashMap<>();
    final Map<String, String> adjMetric = new HashMap<>();
    /** Where a verb takes counted people that says what happened to them ("admitted to hospital"). */
    final Map<String, String> placeMetric = new HashMap<>();
    /** A state the counted people are in, with a word saying how ("in critical condition"): metric_cues.tsv "state". */
    final Map<String, String> stateMetric = new HashMap<>();
    final Set<String> otherVerbs = new HashSet<>();
    /** Adjectives that make an authorless document a source of its own: "an official toll". */
    final Set<String> authorityAdjectives = new HashSet<>();
    /** Nouns that make an "other" claim as the object of a verb: "have taken refuge". */
    final Set<String> otherObjects = new HashSet<>();
    final Set<String> restatingVerbs = new HashSet<>();
    final Set<String> peopleNouns = new HashSet<>();
    /** Nouns of troops and personnel whose presence at work is a deployment (force_nouns.tsv). */
    final Set<String> forceNouns = new HashSet<>();
    final Set<String> materielNouns = new HashSet<>();
    final Set<String> nonCountUnits = new HashSet<>();
    final Map<String, String> reportingVerbs = new HashMap<>();
    final Set<String> reportingNouns = new HashSet<>();
    /** Documents and numbers that report nothing by themselves ("data", "the figure", "the update"). */
    final Set<String> nonSourceNouns = new HashSet<>();
    /** Determiners that point back to something already said ("the figures", "these casualties"). */
    final Set<String> anaphoricDeterminers = new HashSet<>();
    /** "since the start of the war": a figure totalled over a campaign, whose series spans stories. */
    final List<String> cumulativeCues = new ArrayList<>();
    /** Head nouns whose of/for/at phrase belongs to the name: "spokesman for the army", "Ministry of Health". */
    final Set<String> nameHeads = new HashSet<>();
    /** "while", "whereas": a clause they open that reports is another source's statement. */
    final Set<String> contrastMarkers = new HashSet<>();
    /** "release", "publish": their subject reports a figure only when it sits in their object. */
    final Set<String> publishingVerbs = new HashSet<>();
    /** "after", "before": a clause they open that reports is another statement, not this figure's attribution. */
    final Set<String> sequenceMarkers = new HashSet<>();
    /** Nouns that describe an organisation named before ("the agency", "the group"). */
    final Set<String> descriptionNouns = new HashSet<>();
    /** People who speak for their body: "the analysts", "the journalists" stand for the last organisation that spoke. */
    final Set<String> memberNouns = new HashSet<>();
    /** How a partner in a joint source hangs, "together_with" of nmod:/obl: (joint_source_joiners.tsv). */
    final Set<String> jointRelations = new HashSet<>();
    /** Verbs of belief: agentless, they hedge a figure in the article's own voice. */
    final Set<String> hedgingVerbs = new HashSet<>();
    /** Reporting verbs whose object is the addressee ("told reporters"). */
    final Set<String> addresseeVerbs = new HashSet<>();
    /** Verbs whose object says what happened to their subject ("sustained injuries", "received wounds"). */
    final Set<String> injuryVerbs = new HashSet<>();
    /** Verbs whose subject is a whole and object a part of it ("the toll includes 300 children"). */
    final Set<String> inclusionVerbs = new HashSet<>();
    /** Common nouns that can name a source ("officials", "activists", "the monitor"). */
    final Set<String> speakerNouns = new HashSet<>();
    /** Words before a figure that mark it as an earlier figure restated ("previous", "initial"). */
    final Set<String> restatementCues = new HashSet<>();
    /** Counted nouns that are never people harmed: places, events, spans of time, vehicles. */
    final Set<String> nonPeopleNouns = new HashSet<>();
    /** Prepositions that make a date the edge of a figure's period ("since", "until"). */
    final Set<String> periodPrepositions = new HashSet<>();
    final Set<String> projectionCues = new HashSet<>();
    final List<List<String>> anaphoricDates = new ArrayList<>();
    /** Phrases that date a statement to the article's own day ("by nightfall", "this morning"). */
    final List<List<String>> sameDayPhrases = new ArrayList<>();
    final List<Phrase<String>> sourceTypes = new ArrayList<>();
    final List<Phrase<String>> countries = new ArrayList<>();
    /** Every word of a country phrase: such words never identify a speaker on their own. */
    final Set<String> countryWords = new HashSet<>();
    // the words of the claim rules' own checks (counted nouns, sources, dates, modality)
    final Set<String> countingNouns = new HashSet<>();
    final Set<String> levelVerbs = new HashSet<>();
    final Set<String> speechVerbs = new HashSet<>();
    final Set<String> personRoles = new HashSet<>();
    /** Pronoun to kind: speaker, person, group, speaker_group ({@code pronouns.tsv}). */
    final Map<String, String> pronouns = new HashMap<>();
    final Set<String> negations = new HashSet<>();
    final Set<String> speakerStopwords = new HashSet<>();
    final Set<String> unnamedSourceNouns = new HashSet<>();
    final Set<String> forecastVerbs = new HashSet<>();
    /** Words leading a population phrase that belong to the figure ("another", "as many as"). */
    final Set<String> populationFigureWords = new HashSet<>();
    // the words of QuantityFinder's and Attribution's own checks
    final Set<String> rangeJoiners = new HashSet<>();
    final Set<String> changeVerbs = new HashSet<>();
    final Set<String> yearPrepositions = new HashSet<>();
    final Set<String> multipliers = new HashSet<>();
    /** Multipliers that start a number after "a"/"an" ("a hundred"). */
    final Set<String> articleMultipliers = new HashSet<>();
    final Set<String> fractionDeterminers = new HashSet<>();
    final Set<String> emptySubjects = new HashSet<>();
    // the words of Population's and Places' own checks (what is counted, and where)
    /** Head noun or modifier lemma to population class ({@code population_classes.tsv}). */
    final Map<String, String> populationClasses = new HashMap<>();
    /** Verbs whose subject is whose people a bare figure counts ("the Russian side suffered 70,000 killed"). */
    final Set<String> suffererVerbs = new HashSet<>();
    /** Common nouns naming a place ("region", "province", "coast"). */
    final Set<String> placeNouns = new HashSet<>();
    /** Place nouns that, bare ("the country"), point back to the article's place. */
    final Set<String> anaphoricPlaces = new HashSet<>();
    final Set<String> anaphoricBodyNouns = new HashSet<>();
    /** "a", "an": a source so described is a body not named yet ({@link NamedLater}). */
    final Set<String> indefiniteArticles = new HashSet<>();
    /** Small words inside names: "Observatory for Human Rights" (function_words.tsv). */
    final Set<String> nameFunctionWords = new HashSet<>();
    /** Locative preposition to whether it takes only a place name (true) or any place noun (false). */
    final Map<String, Boolean> locativePrepositions = new HashMap<>();

    public static ExtractionLexicon load(Path dir) {
        return load(LexiconFolder.english(dir));
    }

    /** The lists of one language: its own folder's where it has them, the root folder's otherwise. */
    public static ExtractionLexicon load(LexiconFolder folder) {
        GlossedLexicon dir = GlossedLexicon.of(folder);
        ExtractionLexicon lx = new ExtractionLexicon();
        lx.lang = dir.lang();
        lx.genericPopulation = lower(read(dir, "generic_population.tsv").get(0).field(0));
        for (LexiconFile.Entry e : read(dir, "number_words.tsv")) {
            lx.numberWords.put(lower(e.field(0)), number(e, 1));
        }
        for (LexiconFile.Entry e : read(dir, "vague_amounts.tsv")) {
            lx.vague.add(new Phrase<>(tokens(e.field(0)), new Bounds(number(e, 1), number(e, 2))));
        }
        for (LexiconFile.Entry e : read(dir, "fractions.tsv")) {
            lx.fractions.add(new Phrase<>(tokens(e.field(0)), number(e, 1)));
        }
        for (LexiconFile.Entry e : read(dir, "qualifiers.tsv")) {
            Qualifier q = Qualifier.parse(e.field(2), e);
            switch (e.field(0)) {
                case "before" -> lx.qualifiersBefore.add(new Phrase<>(tokens(e.field(1)), q));
                case "after" -> lx.qualifiersAfter.add(new Phrase<>(tokens(e.field(1)), q));
                default -> throw new ConfigException(e.file() + ":" + e.lineNumber() + ": position must be before or after");
            }
        }
        VerbForms verbForms = VerbForms.of(folder);
        for (LexiconFile.Entry e : read(dir, "metric_cues.tsv")) {
            Map<String, String> target = switch (e.field(0)) {
                case "noun" -> lx.nounMetric;
                case "verb" -> lx.verbMetric;
                case "adj" -> lx.adjMetric;
                case "place" -> lx.placeMetric;
                case "state" -> lx.stateMetric;
                default -> throw new ConfigException(e.file() + ":" + e.lineNumber() + ": form must be noun, verb, adj, place or state");
            };
            String metric = Metric.check(e.field(2), e);
            // a verb given as an infinitive ("fallecer") stands for its regular forms ("ha fallecido")
            target.put(lower(e.field(1)), metric);
            if (target == lx.verbMetric) {
                for (String form : verbForms.of(e.field(1))) {
                    target.putIfAbsent(lower(form), metric);
                }
            }
        }
        for (LexiconFile.Entry e : read(dir, "other_cues.tsv")) {
            (e.fields().size() > 1 && e.field(1).equals("object") ? lx.otherObjects : lx.otherVerbs).add(lower(e.field(0)));
        }
        words(dir, "restating_verbs.tsv", lx.restatingVerbs);
        words(dir, "authority_adjectives.tsv", lx.authorityAdjectives);
        words(dir, "people_nouns.tsv", lx.peopleNouns);
        words(dir, "force_nouns.tsv", lx.forceNouns);
        words(dir, "materiel_nouns.tsv", lx.materielNouns);
        words(dir, "non_count_units.tsv", lx.nonCountUnits);
        for (LexiconFile.Entry e : dir.readVerbs("reporting_verbs.tsv")) {
            lx.reportingVerbs.put(lower(e.field(0)), e.field(1));
        }
        words(dir, "reporting_nouns.tsv", lx.reportingNouns);
        words(dir, "non_source_nouns.tsv", lx.nonSourceNouns);
        words(dir, "anaphoric_determiners.tsv", lx.anaphoricDeterminers);
        words(dir, "name_heads.tsv", lx.nameHeads);
        words(dir, "contrast_markers.tsv", lx.contrastMarkers);
        words(dir, "sequence_markers.tsv", lx.sequenceMarkers);
        words(dir, "publishing_verbs.tsv", lx.publishingVerbs);
        for (LexiconFile.Entry e : read(dir, "cumulative_cues.tsv")) {
            lx.cumulativeCues.add(e.field(0).toLowerCase(java.util.Locale.ROOT));
        }
        words(dir, "description_nouns.tsv", lx.descriptionNouns);
        words(dir, "member_nouns.tsv", lx.memberNouns);
        for (LexiconFile.Entry e : read(dir, "joint_source_joiners.tsv")) {
            lx.jointRelations.add(lower(e.field(0)).replace(' ', '_'));
        }
        words(dir, "hedging_verbs.tsv", lx.hedgingVerbs);
        words(dir, "addressee_verbs.tsv", lx.addresseeVerbs);
        for (LexiconFile.Entry e : dir.readVerbs("injury_verbs.tsv")) {
            lx.injuryVerbs.add(lower(e.field(0)));
            if (e.fields().size() > 1 && e.field(1).equals("oblique")) {
                lx.obliqueInjuryVerbs.add(lower(e.field(0)));
            }
        }
        words(dir, "inclusion_verbs.tsv", lx.inclusionVerbs);
        words(dir, "speaker_nouns.tsv", lx.speakerNouns);
        words(dir, "restatement_cues.tsv", lx.restatementCues);
        words(dir, "non_people_nouns.tsv", lx.nonPeopleNouns);
        words(dir, "period_prepositions.tsv", lx.periodPrepositions);
        words(dir, "projection_cues.tsv", lx.projectionCues);
        for (LexiconFile.Entry e : read(dir, "anaphoric_dates.tsv")) {
            lx.anaphoricDates.add(tokens(e.field(0)));
        }
        for (LexiconFile.Entry e : read(dir, "same_day_phrases.tsv")) {
            lx.sameDayPhrases.add(tokens(e.field(0)));
        }
        for (LexiconFile.Entry e : dir.readWithRoot("source_types.tsv")) {
            lx.sourceTypes.add(new Phrase<>(tokens(e.field(0)), e.field(1)));
        }
        for (LexiconFile.Entry e : countries(dir)) {
            lx.countries.add(new Phrase<>(tokens(e.field(0)), e.field(1)));
            for (String w : tokens(e.field(0))) {
                lx.countryWords.add(w.replace("'s", ""));
            }
        }
        loadRuleWords(dir, lx);
        for (LexiconFile.Entry e : dir.folder().readOptional("noun_endings.tsv")) {
            lx.nounEndings.add(lower(e.field(0)));
        }
        lx.language = LanguageView.load(dir, lx.reportingNouns, lx.reportingVerbs.keySet(), lx.anaphoricDeterminers);
        Comparator<Phrase<?>> longestFirst = Comparator.comparingInt(p -> -p.tokens().size());
        lx.vague.sort(longestFirst);
        lx.fractions.sort(longestFirst);
        lx.qualifiersBefore.sort(longestFirst);
        lx.qualifiersAfter.sort(longestFirst);
        lx.countries.sort(longestFirst);
        return lx;
    }

    /**
     * The words that tell a country: the shared list and the language's own (adjectives and
     * possessives: "surcoreano", "Südkoreas"), and in another language than English each name of
     * {@code place_names.tsv} ("Südkorea") with the code of the English name it stands for.
     */
    private static List<LexiconFile.Entry> countries(GlossedLexicon dir) {
        List<LexiconFile.Entry> out = new ArrayList<>(dir.readWithRoot("countries.tsv"));
        if (!dir.lang().equals(LexiconFolder.ROOT_LANGUAGE)) {
            Map<String, String> codes = new HashMap<>();
            for (LexiconFile.Entry e : out) {
                codes.putIfAbsent(lower(e.field(0)), e.field(1));
            }
            for (LexiconFile.Entry e : dir.read("place_names.tsv")) {
                String code = codes.get(lower(e.field(1)));
                if (code != null) {
                    out.add(new LexiconFile.Entry(e.file(), e.lineNumber(), List.of(e.field(0), code)));
                }
            }
        }
        return out;
    }

    private static void loadRuleWords(GlossedLexicon dir, ExtractionLexicon lx) {
        words(dir, "counting_nouns.tsv", lx.countingNouns);
        words(dir, "level_verbs.tsv", lx.levelVerbs);
        for (LexiconFile.Entry e : dir.readVerbs("speech_verbs.tsv")) {
            lx.speechVerbs.add(lower(e.field(0)));
        }
        words(dir, "person_roles.tsv", lx.personRoles);
        for (LexiconFile.Entry e : read(dir, "pronouns.tsv")) {
            String kind = e.field(1);
            if (!Set.of("speaker", "person", "group", "speaker_group").contains(kind)) {
                throw new ConfigException(e.file() + ":" + e.lineNumber()
                        + ": kind must be speaker, person, group or speaker_group");
            }
            lx.pronouns.put(lower(e.field(0)), kind);
        }
        words(dir, "negations.tsv", lx.negations);
        words(dir, "speaker_stopwords.tsv", lx.speakerStopwords);
        words(dir, "unnamed_source_nouns.tsv", lx.unnamedSourceNouns);
        words(dir, "forecast_verbs.tsv", lx.forecastVerbs);
        words(dir, "population_figure_words.tsv", lx.populationFigureWords);
        words(dir, "range_joiners.tsv", lx.rangeJoiners);
        words(dir, "change_verbs.tsv", lx.changeVerbs);
        words(dir, "year_prepositions.tsv", lx.yearPrepositions);
        for (LexiconFile.Entry e : read(dir, "multipliers.tsv")) {
            lx.multipliers.add(lower(e.field(0)));
            switch (e.field(1)) {
                case "yes" -> lx.articleMultipliers.add(lower(e.field(0)));
                case "no" -> { }
                default -> throw new ConfigException(e.file() + ":" + e.lineNumber() + ": second field must be yes or no");
            }
        }
        words(dir, "fraction_determiners.tsv", lx.fractionDeterminers);
        words(dir, "empty_subjects.tsv", lx.emptySubjects);
        loadPopulationAndPlaceWords(dir, lx);
    }

    private static final Set<String> POPULATION_CLASSES = Set.of("civilians", "military", "armed group", "people",
            "children", "other");

    private static void loadPopulationAndPlaceWords(GlossedLexicon dir, ExtractionLexicon lx) {
        for (LexiconFile.Entry e : read(dir, "population_classes.tsv")) {
            if (!POPULATION_CLASSES.contains(e.field(1))) {
                throw new ConfigException(e.file() + ":" + e.lineNumber() + ": class must be one of " + POPULATION_CLASSES);
            }
            lx.populationClasses.put(lower(e.field(0)), e.field(1));
        }
        words(dir, "sufferer_verbs.tsv", lx.suffererVerbs);
        words(dir, "place_nouns.tsv", lx.placeNouns);
        words(dir, "anaphoric_places.tsv", lx.anaphoricPlaces);
        words(dir, "anaphoric_body_nouns.tsv", lx.anaphoricBodyNouns);
        words(dir, "indefinite_articles.tsv", lx.indefiniteArticles);
        words(dir, "function_words.tsv", lx.nameFunctionWords);
        for (LexiconFile.Entry e : read(dir, "locative_prepositions.tsv")) {
            switch (e.field(1)) {
                case "any" -> lx.locativePrepositions.put(lower(e.field(0)), false);
                case "named" -> lx.locativePrepositions.put(lower(e.field(0)), true);
                default -> throw new ConfigException(e.file() + ":" + e.lineNumber() + ": second field must be any or named");
            }
        }
    }

    /** Pronouns of a kind of {@code pronouns.tsv}. */
    boolean isPronoun(String word, String kind) {
        return kind.equals(pronouns.get(word));
    }

    private static List<LexiconFile.Entry> read(GlossedLexicon dir, String name) {
        return dir.read(name);
    }

    private static void words(GlossedLexicon dir, String name, Set<String> into) {
        for (LexiconFile.Entry e : read(dir, name)) {
            into.add(lower(e.field(0)));
        }
    }

    private static double number(LexiconFile.Entry e, int field) {
        try {
            return Double.parseDouble(e.field(field));
        } catch (NumberFormatException ex) {
            throw new ConfigException(e.file() + ":" + e.lineNumber() + ": not a number: " + e.field(field));
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static List<String> tokens(String phrase) {
        return List.of(lower(phrase).trim().split("\\s+"));
    }

    /**
     * True when a capitalized word is a common noun, not a name: in a language that capitalizes its
     * nouns, one with a listed ending ({@code noun_endings.tsv}: "-ung", "-behörde") or a listed
     * compound head. Always false in English, where a capital marks a name.
     */
    boolean isCommonNoun(String lower) {
        if (!language.compoundHead(lower).equals(lower)) {
            return true;
        }
        for (String end : nounEndings) {
            if (lower.endsWith(end) && lower.length() > end.length()) {
                return true;
            }
        }
        return false;
    }

    /** The phrases that make a figure a campaign's cumulative total (for {@code EstimateSeries}). */
    public List<String> cumulativeCues() {
        return List.copyOf(cumulativeCues);
    }
}
