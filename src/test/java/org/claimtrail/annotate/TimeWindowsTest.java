package org.claimtrail.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.claimtrail.annotate.TimeWindows.Span;
import org.claimtrail.config.ConfigException;
import org.claimtrail.ingest.ArticleFactory;
import org.claimtrail.testing.TestAnnotator;
import org.junit.jupiter.api.Test;

/** SUTime over the spans around date cues reads the dates it read over whole sentences. */
class TimeWindowsTest {

    /** Our own sentences, with the date forms news use: weekdays, day and month, years, "ago", ranges, times. */
    static final String TEXT = String.join("\n",
            "Rescuers said on Tuesday that at least 312 people had died in the north of the country since the storm made landfall.",
            "By Sunday evening the regional health office counted 1,045 injured, up from 870 on Friday, a spokeswoman said.",
            "The agency reported on 12 March 2024 that some 4,000 families had fled their villages over the previous two weeks.",
            "Three days ago, officials put the number of missing at 59; on Dec. 19 they said 41 of them were found alive.",
            "Between January and April, more than 2,300 troops were deployed to the border region, the ministry said in a statement at 9 a.m. Monday.",
            "In 2023 the same group claimed 150 fighters had been captured, a figure the army disputed in May.",
            "Hospital staff in the capital treated 64 people overnight, according to a 2024-12-18 report by the city council.",
            "The toll of 27 released by police on Thursday did not include the 5 people later found under rubble near the old market.",
            // the older number rules read both figures as part of a duration ("over the past three days"); SUTime does not
            "The provincial ministry said early Monday that the strikes had claimed the lives of at least 224 residents and left more than 1,000 injured over the past three days.");
    static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 20);

    @Test
    void spansAroundCuesMergeWhereTheyMeet() {
        assertEquals(List.of(new Span(0, 5), new Span(7, 18)), TimeWindows.spans(List.of(1, 10, 14), 3, 20));
        assertEquals(List.of(new Span(0, 5)), TimeWindows.spans(List.of(0, 4), 3, 5));
        assertEquals(List.of(new Span(2, 9), new Span(10, 17)), TimeWindows.spans(List.of(5, 13), 3, 30));
        assertEquals(List.of(), TimeWindows.spans(List.of(), 6, 30));
    }

    @Test
    void windowedSutimeGivesTheWholeSentenceTags() throws Exception {
        AnnotatorConfig windowed = TestAnnotator.CONFIG; // the project's window
        AnnotatorConfig whole = withWindow("0");
        assertTrue(windowed.sutimeWindow() > 0);
        assertEquals(0, whole.sutimeWindow());
        // the same models, and the pipeline SUTime reads whole sentences with, which a project run never builds
        CoreNlpHolder.Pipelines spans = CoreNlpHolder.get(TestAnnotator.CONFIG);
        CoreNlpHolder.Pipelines sentences = new CoreNlpHolder.Pipelines(spans.split(), new StanfordCoreNLP(whole.coreNlp(), false),
                spans.undated(), null, spans.context(), 0);
        String sha = ArticleFactory.sha256(TEXT);
        AnnotatedArticle a = ArticleAnnotator.annotateNow(spans, windowed, "t", sha, TEXT, PUBLISHED);
        AnnotatedArticle b = ArticleAnnotator.annotateNow(sentences, whole, "t", sha, TEXT, PUBLISHED);
        assertEquals(9, a.sentences().size());
        long dates = 0;
        for (int i = 0; i < a.sentences().size(); i++) {
            List<AnnotatedArticle.Token> x = a.sentences().get(i).tokens();
            List<AnnotatedArticle.Token> y = b.sentences().get(i).tokens();
            for (int k = 0; k < x.size(); k++) {
                assertEquals(y.get(k), x.get(k), "sentence " + i + ", token " + k + " '" + x.get(k).word() + "'");
            }
            dates += x.stream().filter(t -> t.ner().equals("DATE")).count();
            assertEquals(b.sentences().get(i).edges(), a.sentences().get(i).edges());
        }
        assertTrue(dates >= 10, "dates found: " + dates);
        AnnotatedArticle.Token tuesday = a.sentences().get(0).tokens().stream().filter(t -> t.word().equals("Tuesday")).findFirst().orElseThrow();
        assertEquals("2024-12-17", tuesday.norm());
        AnnotatedArticle.Token figure = a.sentences().get(8).tokens().stream().filter(t -> t.word().equals("224")).findFirst().orElseThrow();
        assertEquals("NUMBER", figure.ner());
    }

    @Test
    void aWindowThatIsNoCountOfTokensIsAConfigurationError() {
        // where the configuration is made, on the driver: not an annotate_error reject for every article
        assertThrows(ConfigException.class, () -> withWindow("-1"));
        assertThrows(ConfigException.class, () -> withWindow("six"));
    }

    private static AnnotatorConfig withWindow(String tokens) {
        AnnotatorConfig c = TestAnnotator.CONFIG;
        TreeMap<String, String> props = new TreeMap<>(c.properties());
        props.put("claimtrail.sutime.window", tokens);
        return new AnnotatorConfig(props, c.filter(), c.maxChars(), c.maxSentenceTokens(), c.timeoutMillis());
    }
}
