package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimtrail.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusDiscoveryTest {

    @Test
    void excludedNamesInFoldersAreNotCorpusFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "text");
        Files.writeString(dir.resolve("gold.jsonl"), "{\"text\":\"a gold line, not an article\"}");
        Files.writeString(dir.resolve("README.md"), "about this corpus");
        Files.writeString(dir.resolve(".hidden"), "editor state");
        List<InputUnit> units = CorpusDiscovery.discover(List.of(dir.toString()), List.of("gold.jsonl", "README*"));
        assertEquals(1, units.size());
        assertEquals(InputUnit.Kind.TEXT, units.get(0).kind());
    }

    @Test
    void aFileNamedDirectlyTakesItsManifestRow(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), "file,outlet\na.txt,Wire\nb.txt,Post\n");
        Files.writeString(dir.resolve("a.txt"), "text");
        List<InputUnit> units = CorpusDiscovery.discover(List.of(dir.resolve("a.txt").toString()));
        assertEquals(1, units.size());
        assertEquals(Map.of("outlet", "Wire"), units.get(0).given());
    }

    @Test
    void missingInputIsAConfigError(@TempDir Path dir) {
        assertThrows(ConfigException.class, () -> CorpusDiscovery.discover(List.of(dir.resolve("nope").toString())));
    }

    private static List<String> ids(List<InputUnit> units) {
        return units.stream().map(InputUnit::docId).toList();
    }

    @Test
    void topLevelFilesKeepTheirNameAsDocId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("101.txt"), "text");
        Files.writeString(dir.resolve("102.txt"), "text");
        assertEquals(List.of("101", "102"), ids(CorpusDiscovery.discover(List.of(dir.toString()))));
    }

    @Test
    void sameNamedFilesInTwoSubfoldersGetDistinctDocIds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("101.txt"), "top");
        Files.writeString(Files.createDirectories(dir.resolve("wire")).resolve("101.txt"), "wire copy");
        Files.writeString(Files.createDirectories(dir.resolve("post/2024")).resolve("101.txt"), "post copy");
        assertEquals(List.of("101", "post/2024/101", "wire/101"), ids(CorpusDiscovery.discover(List.of(dir.toString()))));
    }

    @Test
    void sameNamedFilesInTwoInputFoldersGetDistinctDocIds(@TempDir Path dir) throws Exception {
        Path dev = Files.createDirectories(dir.resolve("dev"));
        Path extra = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(dev.resolve("101.txt"), "one");
        Files.writeString(dev.resolve("102.txt"), "two");
        Files.writeString(extra.resolve("101.txt"), "another one");
        assertEquals(List.of("dev/101", "102", "extra/101"),
                ids(CorpusDiscovery.discover(List.of(dev.toString(), extra.toString()))));
    }

    @Test
    void aLargeJsonLinesFileIsCutIntoRanges(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("big.jsonl"), "x".repeat(250));
        Files.writeString(dir.resolve("small.jsonl"), "x".repeat(50));
        List<InputUnit> units = CorpusDiscovery.discover(List.of(dir.toString()), List.of(), 100);
        assertEquals(List.of("0-100", "100-200", "200-250", "0-" + Long.MAX_VALUE),
                units.stream().map(u -> u.start() + "-" + u.end()).toList());
        assertEquals(List.of(1L, InputUnit.UNCOUNTED, InputUnit.UNCOUNTED, 1L),
                units.stream().map(InputUnit::firstLine).toList());
    }

    @Test
    void webArchivesByExtension(@TempDir Path dir) throws Exception {
        for (String name : List.of("CC-NEWS-20241220101530-00001.warc.gz", "a.warc", "CC-MAIN-x.warc.wet.gz", "b.wet")) {
            Files.write(dir.resolve(name), new byte[0]);
        }
        assertEquals(List.of(InputUnit.Kind.WARC), CorpusDiscovery.discover(List.of(dir.toString())).stream()
                .map(InputUnit::kind).distinct().toList());
        assertEquals(4, CorpusDiscovery.discover(List.of(dir.toString())).size());
        assertEquals(InputUnit.Kind.WARC, CorpusDiscovery.discover(
                List.of(dir.resolve("CC-NEWS-20241220101530-00001.warc.gz").toString())).get(0).kind());
    }
}
