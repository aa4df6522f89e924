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
}
