package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MetadataRulesTest {

    private static Optional<LocalDate> day(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    @Test
    void leadingDateMarkerBeforeACaption() {
        assertEquals(day("2024-12-18"), MetadataRules.leadingDateMarker(" date 2024-12-18 Soldiers at a parade. (AP)\n\nBody."));
        assertEquals(Optional.empty(), MetadataRules.leadingDateMarker("The date 2024-12-18 was chosen."));
        assertEquals(Optional.empty(), MetadataRules.leadingDateMarker("date 2024-13-45 broken"));
    }

    @Test
    void datelineWithTimeAndZone() {
        assertEquals(day("2024-12-20"), MetadataRules.dateline("WIRE\nDecember 20, 2024 at 10:50 JST\nSEOUL -- Text."));
    }

    @Test
    void datelineWithPublishedPrefixAndOtherForms() {
        assertEquals(day("2024-12-23"), MetadataRules.dateline("Published December 23, 2024\nBody text."));
        assertEquals(day("2024-12-23"), MetadataRules.dateline("Updated: 23 December 2024, 14:03\nBody."));
        assertEquals(day("2024-12-05"), MetadataRules.dateline("Headline\nDec. 5, 2024\nBody."));
    }

    @Test
    void bodySentenceWithADateIsNotADateline() {
        assertEquals(Optional.empty(),
                MetadataRules.dateline("On December 18, 2024 officials said 100 soldiers were killed.\nMore."));
    }

    @Test
    void datelineOnlyInTheHeader() {
        String late = "x".repeat(2000) + "\nDecember 20, 2024\n";
        assertEquals(Optional.empty(), MetadataRules.dateline(late));
    }

    @Test
    void urlDates() {
        assertEquals(day("2024-12-19"), MetadataRules.urlDate("https://www.example.com/2024/12/19/some-story-a87399"));
        assertEquals(day("2024-12-18"), MetadataRules.urlDate("https://www.example.co.kr/view.php?ud=20241218050036"));
        assertEquals(day("2024-12-20"), MetadataRules.urlDate("https://news.example.ua/news/pentagon-expects-1734663799.html"));
        assertEquals(day("2024-03-07"), MetadataRules.urlDate("https://example.org/world/2024-03-07/story"));
        assertEquals(Optional.empty(), MetadataRules.urlDate("https://example.org/ajw/articles/15558015"));
        assertEquals(Optional.empty(), MetadataRules.urlDate(null));
    }

    @Test
    void outletFromHost() {
        assertEquals(Optional.of("themoscowtimes.com"), MetadataRules.outletFromUrl("https://www.themoscowtimes.com/2024/12/19/x"));
        assertEquals(Optional.of("newsukraine.rbc.ua"), MetadataRules.outletFromUrl("https://newsukraine.rbc.ua/news/x.html"));
        assertEquals(Optional.of("bbc.co.uk"), MetadataRules.outletFromUrl("https://m.bbc.co.uk/news"));
        assertEquals(Optional.empty(), MetadataRules.outletFromUrl("not a url"));
    }

    @Test
    void isoDatesFromMetadata() {
        assertEquals(day("2024-12-20"), MetadataRules.parseIso("2024-12-20"));
        assertEquals(day("2024-12-20"), MetadataRules.parseIso("2024-12-20T23:10:00+09:00"));
        assertEquals(Optional.empty(), MetadataRules.parseIso("20/12/2024"));
        assertEquals(Optional.empty(), MetadataRules.parseIso("2024-02-30"));
    }
}
