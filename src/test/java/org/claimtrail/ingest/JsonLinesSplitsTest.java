package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines file cut into byte ranges reads to the same records, with the same line numbers, as
 * the file read whole: no line lost at a cut, none read twice.
 */
class JsonLinesSplitsTest {

    @TempDir
    Path dir;

    @Test
    void rangesReadLikeTheWholeFile() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            // lines of varied length, blank lines and bad ones, so cuts fall anywhere
            lines.add(i % 7 == 0 ? "" : i % 11 == 0 ? "{\"id\":\"bad" + i
                    : "{\"id\":\"n" + i + "\",\"text\":\"Article " + i + ": " + "some words ".repeat(i % 5) + "were said.\"}");
        }
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        long size = Files.size(file);

        List<InputUnit> whole = CorpusDiscovery.discover(List.of(file.toString()));
        assertEquals(1, whole.size());
        List<String> expected = new ArrayList<>();
        for (IngestOutcome o : CorpusReader.read(whole.get(0), ArticleFactoryTest.RULES)) {
            expected.add(o.article() != null ? o.article().line() + " " + o.article().docId()
                    : o.reject().line() + " " + o.reject().reason());
        }
        assertEquals(40 - 5, expected.size()); // 5 blank lines are not records

        for (long split : new long[] {37, 64, 100, size - 1}) {
            List<InputUnit> ranges = CorpusDiscovery.discover(List.of(file.toString()), List.of(), split);
            assertTrue(ranges.size() > 1);
            List<String> got = new ArrayList<>();
            for (Row r : IngestStage.read(SharedSpark.get(), ranges, ArticleFactoryTest.RULES, 3).collectAsList()) {
                got.add(r.<Integer>getAs("line") + " " + (r.getAs("reason") == null ? r.getAs("doc_id") : r.getAs("reason")));
            }
            got.sort((a, b) -> Integer.compare(Integer.parseInt(a.split(" ")[0]), Integer.parseInt(b.split(" ")[0])));
            assertEquals(expected, got, "split every " + split + " bytes");
        }
    }

    @Test
    void newlinesAreCountedInTheirRangeOnly() throws Exception {
        Path file = dir.resolve("n.jsonl");
        Files.writeString(file, "a\nbb\n\nccc\n");
        assertEquals(2, JsonLinesSplits.newlines(file.toString(), 0, 5));
        assertEquals(2, JsonLinesSplits.newlines(file.toString(), 5, 10));
        assertEquals(0, JsonLinesSplits.newlines(dir.resolve("gone.jsonl").toString(), 0, 10));
    }
}
