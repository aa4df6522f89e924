package org.claimtrail.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimtrail.ingest.ArticleFactory;
import org.claimtrail.testing.ProjectFiles;
import org.claimtrail.testing.TestAnnotator;
import org.junit.jupiter.api.Test;

/** Two-pass annotation of single articles, on the project's CoreNLP configuration. */
class ArticleAnnotatorTest {

    static final String TEXT = String.join("\n",
            "Ceasefire talks stall as shelling resumes",
            "The defence ministry spokesman, Colonel Ana Petrova, met reporters in the capital.",
            "At least 40 soldiers were killed and dozens wounded on Tuesday, she said.",
            "Talks are expected to resume after the holidays.",
            "The ministry declined to give further details.",
            "Some 3,000 troops have been deployed to the border since December.");
    static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 20);

    @Test
    void onlyCandidatesAndTheirContextAreAnnotated() {
        AnnotatedArticle a = TestAnnotator.annotate(TEXT, PUBLISHED);
        assertEquals(6, a.sentenceCount());
        assertEquals(List.of(1, 2, 4, 5), a.sentences().stream().map(AnnotatedArticle.Sentence::index).toList());
        assertEquals(List.of(false, true, false, true),
                a.sentences().stream().map(AnnotatedArticle.Sentence::candidate).toList());
    }

    @Test
    void contextSentencesHaveNamesButNoTree() {
        AnnotatedArticle.Sentence context = TestAnnotator.annotate(TEXT, PUBLISHED).sentences().get(0);
        assertEquals(List.of(), context.edges());
        assertTrue(context.tokens().stream().anyMatch(t -> t.word().equals("Petrova") && t.ner().equals("PERSON")));
    }

    @Test
    void offsetsIndexTheArticleText() {
        AnnotatedArticle a = TestAnnotator.annotate(TEXT, PUBLISHED);
        for (AnnotatedArticle.Sentence s : a.sentences()) {
            assertTrue(TEXT.substring(s.charBegin(), s.charEnd()).startsWith(s.tokens().get(0).word()));
            for (AnnotatedArticle.Token t : s.tokens()) {
                if (t.word().chars().allMatch(Character::isLetterOrDigit)) {
                    assertEquals(t.word(), TEXT.substring(t.begin(), t.end()));
                }
            }
        }
    }

    @Test
    void publishedDateResolvesWeekdays() {
        AnnotatedArticle a = TestAnnotator.annotate(TEXT, PUBLISHED);
        AnnotatedArticle.Token tuesday = a.sentences().get(1).tokens().stream()
                .filter(t -> t.word().equals("Tuesday")).findFirst().orElseThrow();
        assertEquals("DATE", tuesday.ner());
        assertEquals("2024-12-17", tuesday.norm());
    }

    @Test
    void numbersCarryNormalizedBoundsAndSentencesHaveTrees() {
        AnnotatedArticle.Sentence s = TestAnnotator.annotate(TEXT, PUBLISHED).sentences().get(1);
        AnnotatedArticle.Token forty = s.tokens().stream().filter(t -> t.word().equals("40")).findFirst().orElseThrow();
        assertEquals(">=40.0", forty.norm());
        assertEquals(1, s.edges().stream().filter(e -> e.gov() == -1).count());
        assertTrue(s.edges().stream().anyMatch(e -> e.rel().equals("nummod") && e.dep() == s.tokens().indexOf(forty)));
    }

    @Test
    void annotatingOnlySomeSentencesChangesNothingInThem() throws Exception {
        AnnotatorConfig everything = new AnnotatorConfig(TestAnnotator.CONFIG.properties(),
                CandidateFilter.load(ProjectFiles.home().resolve("conf/lexicon"), 100),
                TestAnnotator.CONFIG.maxChars(), TestAnnotator.CONFIG.maxSentenceTokens(), TestAnnotator.CONFIG.timeoutMillis());
        AnnotatedArticle all = ArticleAnnotator.annotate(everything, "t", ArticleFactory.sha256(TEXT), TEXT, PUBLISHED);
        AnnotatedArticle some = TestAnnotator.annotate(TEXT, PUBLISHED);
        assertEquals(6, all.sentences().size());
        for (AnnotatedArticle.Sentence s : some.sentences()) {
            assertEquals(all.sentences().get(s.index()), s);
        }
    }

    @Test
    void budgetsRejectWithAReason() {
        AnnotatorConfig tight = new AnnotatorConfig(TestAnnotator.CONFIG.properties(), TestAnnotator.CONFIG.filter(),
                100, 12, 60_000);
        ArticleAnnotator.AnnotateFailure tooLong = assertThrows(ArticleAnnotator.AnnotateFailure.class,
                () -> ArticleAnnotator.annotate(tight, "t", "h", TEXT, PUBLISHED));
        assertEquals("too_long", tooLong.reason());
        String longSentence = "Some 12 people " + "and their neighbours ".repeat(10) + "were hurt.";
        ArticleAnnotator.AnnotateFailure tooManyTokens = assertThrows(ArticleAnnotator.AnnotateFailure.class,
                () -> ArticleAnnotator.annotate(tight, "t", "h", longSentence.substring(0, 99), PUBLISHED));
        assertEquals("sentence_too_long", tooManyTokens.reason());
    }

    @Test
    void onePipelinePerJvmSharedByConcurrentThreads() throws Exception {
        AnnotatedArticle single = TestAnnotator.annotate(TEXT, PUBLISHED);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> TestAnnotator.annotate(TEXT, PUBLISHED)));
            }
            for (Future<AnnotatedArticle> f : futures) {
                assertEquals(single.sentences(), f.get().sentences());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, CoreNlpHolder.loads());
    }
}
