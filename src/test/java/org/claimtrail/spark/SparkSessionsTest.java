package org.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.claimtrail.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which settings files a session's configuration takes, by master. */
class SparkSessionsTest {

    @Test
    void localSettingsApplyToALocalMasterOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spark-defaults.conf"), "spark.app.name x\nspark.sql.shuffle.partitions 40\n");
        Files.writeString(dir.resolve("spark-local.conf"), "spark.sql.shuffle.partitions 8\nspark.sql.codegen.wholeStage false\n");
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "spark.defaults.file=" + dir.resolve("spark-defaults.conf") + "\n");

        SparkConf local = SparkSessions.conf(Settings.resolve(file, Map.of(Settings.MASTER, "local[2]"), Map.of()));
        // spark-defaults.conf first: spark-local.conf only fills keys it leaves unset
        assertEquals("40", local.get("spark.sql.shuffle.partitions"));
        assertEquals("false", local.get("spark.sql.codegen.wholeStage"));

        SparkConf cluster = SparkSessions.conf(Settings.resolve(file, Map.of(Settings.MASTER, "spark://host:7077"),
                Map.of("spark.sql.shuffle.partitions", "16")));
        assertEquals("x", cluster.get("spark.app.name"));
        assertEquals("16", cluster.get("spark.sql.shuffle.partitions"));
        assertFalse(cluster.contains("spark.sql.codegen.wholeStage"));
    }

    /** Only a driver that is its own executor loads models ahead of annotate. */
    @Test
    void aLocalMasterIsOneWhoseDriverIsItsExecutor(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "spark.defaults.file=" + dir.resolve("none.conf") + "\n");
        for (String master : new String[] {"local", "local[2]", "local[*]"}) {
            assertTrue(SparkSessions.isLocal(Settings.resolve(file, Map.of(Settings.MASTER, master), Map.of())), master);
        }
        for (String master : new String[] {"local-cluster[2,1,1024]", "spark://host:7077", "yarn"}) {
            assertFalse(SparkSessions.isLocal(Settings.resolve(file, Map.of(Settings.MASTER, master), Map.of())), master);
        }
    }

    @Test
    void theSessionUsesClaimtrailsLocalFilesystem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "spark.defaults.file=" + dir.resolve("none.conf") + "\n");
        SparkConf conf = SparkSessions.conf(Settings.resolve(file, Map.of(Settings.MASTER, "local[2]"), Map.of()));
        assertEquals(org.claimtrail.io.localfs.NioLocalFileSystem.class.getName(), conf.get("spark.hadoop.fs.file.impl"));
        assertEquals(org.claimtrail.io.localfs.NioLocalFs.class.getName(), conf.get("spark.hadoop.fs.AbstractFileSystem.file.impl"));
    }
}
