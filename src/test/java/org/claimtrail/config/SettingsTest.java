package org.claimtrail.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void flagBeatsFileBeatsDefault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "output=from-file\nmaster=local[1]\nspark.sql.shuffle.partitions=3\n");
        Map<String, String> flags = new HashMap<>();
        flags.put(Settings.OUTPUT, "/tmp/from-flag");
        Settings s = Settings.resolve(file, flags, Map.of("spark.sql.shuffle.partitions", "5"));
        assertEquals("/tmp/from-flag", s.get(Settings.OUTPUT));
        assertEquals("local[1]", s.get(Settings.MASTER));
        assertEquals(Settings.DEFAULTS.get(Settings.INGEST_MAX_BYTES), s.get(Settings.INGEST_MAX_BYTES));
        assertEquals("5", s.sparkConf().get("spark.sql.shuffle.partitions"));
        assertTrue(s.isExplicit(Settings.MASTER));
        assertFalse(s.isExplicit(Settings.INGEST_MAX_BYTES));
    }

    @Test
    void fileValuesResolveAgainstHomeAndFlagValuesAgainstTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "input=data/a,data/b\n");
        Settings fromFile = Settings.resolve(file, Map.of(), Map.of());
        assertEquals(List.of(Settings.projectHome().resolve("data/a").toString(),
                Settings.projectHome().resolve("data/b").toString()), fromFile.inputs());
        Settings fromFlag = Settings.resolve(file, Map.of(Settings.INPUT, "x"), Map.of());
        assertEquals(List.of(Path.of("x").toAbsolutePath().toString()), fromFlag.inputs());
        Settings uri = Settings.resolve(file, Map.of(Settings.INPUT, "hdfs://nn/corpus"), Map.of());
        assertEquals(List.of("hdfs://nn/corpus"), uri.inputs());
    }

    @Test
    void unknownKeysAndBadValuesAreClearErrors(@TempDir Path dir) {
        assertThrows(ConfigException.class, () -> Settings.resolve(null, Map.of(), Map.of("outptu", "x")));
        assertThrows(ConfigException.class, () -> Settings.resolve(dir.resolve("missing.properties"), Map.of(), Map.of()));
        Settings s = Settings.resolve(null, Map.of(), Map.of(Settings.INGEST_MAX_BYTES, "lots"));
        ConfigException e = assertThrows(ConfigException.class, () -> s.getLong(Settings.INGEST_MAX_BYTES));
        assertTrue(e.getMessage().contains("ingest.max_bytes"));
    }

    @Test
    void secondsMayHaveDecimalsButMustBeAboveZero() {
        assertEquals(500, Settings.resolve(null, Map.of(), Map.of(Settings.ANNOTATE_PROGRESS_SECONDS, "0.5"))
                .getMillis(Settings.ANNOTATE_PROGRESS_SECONDS));
        assertEquals(10_000, Settings.resolve(null, Map.of(), Map.of()).getMillis(Settings.ANNOTATE_PROGRESS_SECONDS));
        for (String bad : List.of("0", "-1", "soon")) {
            Settings s = Settings.resolve(null, Map.of(), Map.of(Settings.ANNOTATE_PROGRESS_SECONDS, bad));
            ConfigException e = assertThrows(ConfigException.class, () -> s.getMillis(Settings.ANNOTATE_PROGRESS_SECONDS));
            assertTrue(e.getMessage().contains("annotate.progress_seconds"), e.getMessage());
        }
    }
}
