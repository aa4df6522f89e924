package org.claimtrail.extract;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.config.ByLanguage;
import org.claimtrail.config.LexiconFolder;
import org.claimtrail.ingest.ArticleFactory;

/**
 * The claim rules: from one article's annotated sentences to its claims. Pure Java over
 * {@link AnnotatedArticle}, so it is tested without Spark and runs inside a Spark map unchanged.
 *
 * <p>Per figure ({@link QuantityFinder}): what it counts ({@link CountedNouns}, {@link Population}) and
 * where ({@link Places}), what happened to them ({@link MetricTyping}), who says so
 * ({@link SourceResolver}), when they said it ({@link StatementDates}), and whether it is negated or a forecast ({@link Modality}). Per article
 * ({@link Discourse}): pronouns and descriptions resolve to earlier sources, a statement's date
 * carries to the same speaker's undated figures, and the same claim made twice becomes one claim with
 * two mentions ({@link MentionMerging}).
 */
public final class ClaimExtractor implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Written to every claim, so a table says which rules made it. */
    public static final String VERSION = "rules-1";

    private final QuantityFinder finder;
    private final Attribution attribution;
    private final CountedNouns nouns;
    private final MetricTyping metrics;
    private final Modality modality;
    private final SourcePhrases phrases;
    private final StatementDates dates;
    private final SourceResolver sources;
    private final MentionMerging merging;
    private final NamedLater namedLater;
    private final Population population;
    private final Places places;
    private final ExtractionLexicon lexicon;

    public ClaimExtractor(ExtractionLexicon lx) {
        this.lexicon = lx;
        this.finder = new QuantityFinder(lx);
        this.attribution = new Attribution(lx);
        this.nouns = new CountedNouns(lx);
        this.metrics = new MetricTyping(lx, nouns);
        this.modality = new Modality(lx);
        this.phrases = new SourcePhrases(lx);
        this.dates = new StatementDates(lx, attribution, phrases);
        this.sources = new SourceResolver(lx, attribution, dates, phrases);
        this.merging = new MentionMerging(phrases);
        this.namedLater = new NamedLater(lx, phrases);
        CountryNames countries = new CountryNames(lx);
        this.population = new Population(lx, nouns, countries);
        this.places = new Places(lx, countries);
    }

    /** One extractor per language read, each on its language's lexicon folder: same rules, the language's words. */
    public static ByLanguage<ClaimExtractor> load(Path lexiconDir, Set<String> languages) {
        TreeMap<String, ClaimExtractor> m = new TreeMap<>();
        m.put(LexiconFolder.ROOT_LANGUAGE, new ClaimExtractor(ExtractionLexicon.load(LexiconFolder.english(lexiconDir))));
        for (String lang : languages) {
            m.computeIfAbsent(lang, l -> new ClaimExtractor(ExtractionLexicon.load(new LexiconFolder(lexiconDir, l))));
        }
        return new ByLanguage<>(m);
    }

    /** The word lists the rules use (the series step needs the campaign cues). */
    public ExtractionLexicon lexicon() {
        return lexicon;
    }

    public List<Claim> extract(String docId, String text, LocalDate published, List<AnnotatedArticle.Sentence> sentences) {
        Discourse d = new Discourse();
        d.published = published;
        Places.Place mainPlace = places.main(text, sentences);
        Places.Place placeBefore = null; // the place the sentence before named, if any
        List<Claim> found = new ArrayList<>();
        for (AnnotatedArticle.Sentence sentence : sentences) {
            SentenceView s = new SentenceView(sentence, lexicon.language, published);
            if (sentence.candidate() && !s.isQuestion()) {
                for (Quantity q : finder.find(s)) {
                    Claim c = claim(docId, text, published, s, q, d, found, placeBefore, mainPlace);
                    if (c != null) {
                        found.add(c);
                    }
                }
                sources.recordStatements(text, published, s, d);
            }
            d.recordNames(text, s);
            d.recordEntryStart(text, sentence);
            placeBefore = places.firstNamed(text, s);
        }
        return merging.merge(dates.carryToSameSpeaker(namedLater.apply(
                AttributionCarryOver.apply(found, d.speakers, d.ownVoice, d.continues, d.entryStarts), d, text), d));
    }

    /** One figure's claim, or null when it is not one (a count of sources, no metric, negated, denied). */
    private Claim claim(String docId, String text, LocalDate published, SentenceView s, Quantity q, Discourse d,
                        List<Claim> before, Places.Place placeBefore, Places.Place mainPlace) {
        int noun = nouns.nounOf(s, q);
        int x = noun >= 0 ? noun : q.head();
        if (nouns.isSourcePhrase(s, x)) {
            return null; // "two security sources said"
        }
        MetricTyping.Typed typed = metrics.metric(s, q, noun);
        if (typed == null) {
            return null;
        }
        String metric = typed.metric();
        Claim continued = null;
        if (metric.equals(MetricTyping.PREVIOUS)) {
            continued = previousFigure(before, s.sentence.index());
            if (continued == null) {
                return null;
            }
            metric = continued.metric();
        }
        int anchor = typed.predicate();
        if (modality.negated(s, x, q) || modality.negated(s, anchor, q)) {
            return null;
        }
        // from the counted noun up: reporting nouns on the way count ("estimates by U.S. officials of ...")
        List<Attribution.Reporter> reporters = attribution.reporters(s, x, q.first(), q.last());
        SourceResolver.Sourced sourced = sources.attribute(text, published, s, q, reporters, d);
        if (sourced == null || modality.negatedReporting(s, reporters)) {
            return null;
        }
        String source = sourced.source();
        LocalDate statedOn = sourced.statedOn();
        if (source != null && statedOn == null) {
            // "14 were killed Wednesday, the ministry said": a toll reported with the day it happened
            statedOn = EventDay.of(s, anchor, published, lexicon.periodPrepositions);
        }
        int first = q.first();
        int last = q.last();
        String quantityText = text.substring(s.begin(first), s.end(last));
        Population.Counted counted = population.of(text, s, q, noun, anchor);
        Places.Place place = places.of(text, s, q, noun, anchor, placeBefore, mainPlace);
        String sentenceText = text.substring(s.sentence.charBegin(), s.sentence.charEnd());
        String id = ArticleFactory.sha256(docId + "|" + s.sentence.index() + "|" + s.begin(first) + "|" + metric)
                .substring(0, 20);
        if (continued != null) {
            d.continues.put(id, continued.claimId()); // a breakdown speaks with its total's voice
        }
        if (source == null && (modality.hedgedWithoutAgent(s, reporters) || nouns.narratedAction(s, anchor, x, metric))) {
            d.ownVoice.add(id); // "are believed to have been deployed", "the mission has deployed 400"
        }
        return new Claim(id, docId, s.sentence.index(), s.begin(first), s.end(last), sentenceText, quantityText,
                metric, counted.phrase(), counted.populationClass(), counted.actor(),
                place == null ? null : place.name(), place == null ? null : place.country(),
                q.low(), q.high(), q.qualifier().code(), source,
                source == null ? null : phrases.sourceType(s, sourced.sourceHead(), source),
                source == null ? null : phrases.countryOf(source), sourced.intermediary(), statedOn,
                modality.of(s, anchor, reporters), 1);
    }

    /** The last figure in this sentence or the three before it (a list header between), which a breakdown continues. */
    private static Claim previousFigure(List<Claim> before, int sentence) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Claim c = before.get(i);
            if (c.sentenceIndex() < sentence - 3) {
                return null;
            }
            if (!c.metric().equals(Metric.OTHER) && !c.metric().equals(Metric.DEPLOYED)) {
                return c;
            }
        }
        return null;
    }
}
