package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtrail.testing.TestIngest;
import org.junit.jupiter.api.Test;

class ArticleFactoryTest {

    static final IngestRules RULES = TestIngest.RULES;

    private static Article article(String text, Map<String, String> given) {
        IngestOutcome o = ArticleFactory.build(new RawRecord("doc", "/c/doc.txt", null, text, given), RULES);
        return o.article();
    }

    @Test
    void manifestDateWinsOverTextAndUrl() {
        Article a = article("December 20, 2024 at 10:50 JST\nBody with 100 killed.",
                Map.of("published", "2024-12-21", "url", "https://x.org/2024/12/19/a"));
        assertEquals(LocalDate.of(2024, 12, 21), a.published());
        assertEquals("manifest", a.publishedFrom());
    }

    @Test
    void textDateWinsOverUrl() {
        Article a = article("Published December 23, 2024\nBody.", Map.of("url", "https://x.org/2024/12/19/a"));
        assertEquals(LocalDate.of(2024, 12, 23), a.published());
        assertEquals("text", a.publishedFrom());
    }

    @Test
    void urlDateAndOutletWhenNothingElse() {
        Article a = article("Body.", Map.of("url", "https://www.wire.example/2024/12/19/story"));
        assertEquals(LocalDate.of(2024, 12, 19), a.published());
        assertEquals("url", a.publishedFrom());
        assertEquals("wire.example", a.outlet());
        assertEquals("url", a.meta().get("outlet_from"));
    }

    @Test
    void unparseableAndFutureDatesAreIgnoredAndNoted() {
        Article bad = article("Body.", Map.of("published", "yesterday"));
        assertNull(bad.published());
        assertTrue(bad.meta().get("published_ignored").contains("yesterday"));
        Article future = article("Body.", Map.of("published", "2031-01-01"));
        assertNull(future.published());
        assertTrue(future.meta().get("published_ignored").contains("future"));
    }

    @Test
    void extraFieldsGoToMetaAndLineBreaksAreNormalized() {
        Article a = article("Line one.\r\nLine two.\rLine three.", Map.of("outlet", "Wire", "section", "world"));
        assertEquals("Line one.\nLine two.\nLine three.", a.text());
        assertEquals(Map.of("section", "world"), a.meta());
        assertEquals("Wire", a.outlet());
        assertEquals(a.text().length(), a.nChars());
        assertEquals(64, a.sha256().length());
    }

    @Test
    void onlyBoilerplateIsEmpty() {
        for (String text : List.of("", "   \n\t", "ua en ru\nAdvertisement:")) {
            IngestOutcome o = ArticleFactory.build(new RawRecord("d", "/p", null, text, Map.of()), RULES);
            assertEquals("empty", o.reject().reason(), text);
        }
    }

    @Test
    void docIdFromTextHashWhenInputGivesNone() {
        IngestOutcome o = ArticleFactory.build(new RawRecord(null, "/p.jsonl", 3, "Body.", Map.of()), RULES);
        assertEquals(o.article().sha256().substring(0, 16), o.article().docId());
    }
}
