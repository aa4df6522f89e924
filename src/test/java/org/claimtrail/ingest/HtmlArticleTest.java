package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimtrail.config.ConfigException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main-content rules on small pages, with the project's conf/lexicon/html.tsv. */
class HtmlArticleTest {

    private static HtmlArticle.Extracted page(String html) {
        return HtmlArticle.extract(Jsoup.parse(html, "https://x.example/"), ArticleFactoryTest.RULES.html());
    }

    private static final String LONG = "Officials said 20 people were killed and 45 wounded in the attack on the town. ".repeat(3);

    @Test
    void metaDateWinsOverJsonLdAndANonIsoDateIsPassedOver() {
        HtmlArticle.Extracted p = page("<html><head><meta name=date content='December 3, 2024'>"
                + "<meta itemprop=datePublished content='2024-12-02T10:00:00Z'>"
                + "<script type='application/ld+json'>{\"datePublished\":\"2024-11-30\"}</script></head>"
                + "<body><article><p>" + LONG + "</p></article></body></html>");
        assertEquals("2024-12-02T10:00:00Z", p.published());
        assertNull(page("<p>" + LONG + "</p>").published());
    }

    @Test
    void linkListsAndSharedFurnitureAreNotText() {
        HtmlArticle.Extracted p = page("<html><body><article><p>" + LONG + "</p>"
                + "<ul><li><a href=/1>Earlier story one</a></li><li><a href=/2>Earlier story two</a></li></ul>"
                + "<div class='related-links'><p>Related coverage you may like to read next</p></div>"
                + "<p>Second paragraph, with <a href=/src>a source</a> linked in it.</p></article></body></html>");
        assertEquals(List.of(LONG.strip(), "Second paragraph, with a source linked in it."), p.paragraphs());
    }

    @Test
    void withoutAContainerTheParagraphRichestElementIsTheBody() {
        HtmlArticle.Extracted p = page("<html><body><div><p>Short teaser.</p></div>"
                + "<div class=x><p>" + LONG + "</p><p>And more.</p></div></body></html>");
        assertEquals(List.of(LONG.strip(), "And more."), p.paragraphs());
    }

    @Test
    void headlineFromMetaThenTitle() {
        assertEquals("Meta headline", page("<html><head><title>Page | Site</title>"
                + "<meta property='og:title' content='Meta headline'></head><body></body></html>").title());
        assertEquals("Page | Site", page("<html><head><title>Page | Site</title></head><body></body></html>").title());
    }

    @Test
    void aBadSelectorInTheRulesIsAConfigError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("html.tsv");
        Files.writeString(f, "drop\tdiv[\n");
        assertThrows(ConfigException.class, () -> HtmlRules.load(f));
        Files.writeString(f, "keep\tdiv\n");
        assertThrows(ConfigException.class, () -> HtmlRules.load(f));
    }
}
