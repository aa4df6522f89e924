package org.claimtrail.annotate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimtrail.testing.TestAnnotator;
import org.junit.jupiter.api.Test;

/** The warm-up article runs every annotator: dated and undated candidates with trees, and context. */
class ModelPreloadTest {

    @Test
    void theWarmUpArticleGoesThroughEveryAnnotator() {
        AnnotatedArticle a = ModelPreload.warmUp(TestAnnotator.CONFIG, 1);
        assertNotNull(a);
        assertTrue(a.sentences().stream().anyMatch(s -> !s.candidate()), "a context sentence");
        assertTrue(a.sentences().stream().anyMatch(s -> s.candidate() && !s.edges().isEmpty()), "a parsed candidate");
        assertTrue(a.sentences().stream().flatMap(s -> s.tokens().stream())
                .anyMatch(t -> t.ner().equals("DATE") && "2025-03-03".equals(t.norm())), "SUTime: Monday before March 4");
        assertTrue(a.sentences().stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> t.ner().equals("PERSON")), "NER");
    }
}
