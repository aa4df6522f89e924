package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One JSON Lines line at a time. */
class CorpusReaderTest {

    private static IngestOutcome line(String json) {
        return CorpusReader.jsonRecord("/c/a.jsonl", 7, json.getBytes(StandardCharsets.UTF_8), ArticleFactoryTest.RULES);
    }

    @Test
    void fieldsByTheirUsualNames() {
        Article a = line("{\"id\":42,\"body\":\"Some 300 troops were deployed.\",\"source\":\"Wire\","
                + "\"date\":\"2024-12-20T08:00:00Z\",\"link\":\"https://w.example/a\",\"headline\":\"H\",\"section\":\"world\"}").article();
        assertEquals("42", a.docId());
        assertEquals("Wire", a.outlet());
        assertEquals(LocalDate.of(2024, 12, 20), a.published());
        assertEquals("https://w.example/a", a.url());
        assertEquals("H", a.title());
        assertEquals(Map.of("section", "world"), a.meta());
        assertEquals(7, a.line());
    }

    @Test
    void textKeyIsPreferredAndContentIsAccepted() {
        assertEquals("T", line("{\"text\":\"T\",\"body\":\"B\"}").article().text());
        assertEquals("C", line("{\"content\":\"C\"}").article().text());
    }

    @Test
    void rejectReasons() {
        assertEquals("bad_json", line("{\"text\": \"unterminated").reject().reason());
        assertEquals("bad_json", line("[1,2,3]").reject().reason());
        assertEquals("no_text_field", line("{\"id\":\"x\",\"title\":\"only a title\"}").reject().reason());
        assertEquals("no_text_field", line("{\"text\":17}").reject().reason());
        assertEquals("empty", line("{\"text\":\"   \"}").reject().reason());
        assertEquals(7, line("{oops}").reject().line());
    }

    @Test
    void blankLineIsNotARecord() {
        assertNull(line("   "));
    }

    @Test
    void aFileThatVanishedIsUnreadableNotACrash() {
        InputUnit gone = InputUnit.text("/nonexistent/claimtrail/gone.txt", Map.of());
        java.util.List<IngestOutcome> out = CorpusReader.read(gone, ArticleFactoryTest.RULES);
        assertEquals(1, out.size());
        assertEquals("unreadable", out.get(0).reject().reason());
        assertEquals("gone", out.get(0).reject().docId());
        java.util.List<IngestOutcome> jsonl = CorpusReader.read(InputUnit.jsonl("/nonexistent/claimtrail/feed.jsonl"),
                ArticleFactoryTest.RULES);
        assertEquals("unreadable", jsonl.get(0).reject().reason());
    }
}
