package org.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.HadoopFiles;
import org.claimtrail.io.Tables;
import org.claimtrail.io.WriterLease;
import org.claimtrail.spark.SharedSpark;
import org.claimtrail.testing.S3Server;
import org.claimtrail.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with its output on HDFS (a MiniDFSCluster the test starts) and on S3 (an S3
 * server the test starts, through S3A): every table reads back as a local run's does, and the HTML
 * report, the report CSVs and an export are there on the same filesystem. Five of the sample's
 * articles, to keep it short.
 */
class RemoteOutputsTest {

    /** The tables compared with the local run's, row for row. */
    static final List<String> TABLES = List.of(Tables.ARTICLES, Tables.ANNOTATIONS, Tables.CLAIMS, Tables.STORIES,
            Tables.SOURCES, Tables.ASSERTIONS, Tables.ASSERTION_REPORTS, Tables.REJECTS);

    @TempDir
    static Path dir;
    static Path corpus;
    static Tables local;

    private final SparkSession spark = SharedSpark.get();

    @BeforeAll
    static void localRun() {
        SharedSpark.get();
        corpus = SampleCorpus.copy(dir.resolve("corpus"), 0, 5);
        long t = System.nanoTime();
        assertEquals(0, ClaimtrailCli.execute("run", "--input", corpus.toString(), "--output", dir.resolve("local").toString()));
        System.out.printf("RemoteOutputsTest: local run %.1f s%n", (System.nanoTime() - t) / 1e9);
        local = new Tables(dir.resolve("local"));
    }

    @Test
    void aRunOnHdfsWritesWhatALocalRunWrites() throws Exception {
        Configuration conf = new Configuration();
        MiniDFSCluster hdfs = new MiniDFSCluster.Builder(conf, dir.resolve("dfs").toFile()).numDataNodes(1).build();
        try {
            hdfs.waitActive();
            String output = "hdfs://127.0.0.1:" + hdfs.getNameNodePort() + "/lake/claimtrail";
            runAndCompare(output, Map.of());
        } finally {
            hdfs.shutdown();
        }
    }

    @Test
    void aRunOnS3WritesWhatALocalRunWrites() throws Exception {
        Files.createDirectories(dir.resolve("s3"));
        try (S3Server s3 = S3Server.start(dir.resolve("s3"), "lake")) {
            Configuration hadoop = spark.sparkContext().hadoopConfiguration();
            s3.s3aSettings().forEach(hadoop::set);
            runAndCompare("s3a://lake/claimtrail", s3.s3aSettings());
            readsItsInputFromS3(s3.s3aSettings());
        }
    }

    /** The corpus itself on S3, listed on the driver and read in tasks with the session's S3A settings. */
    private void readsItsInputFromS3(Map<String, String> hadoopSettings) throws Exception {
        try (var files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                HadoopFiles.writeText("s3a://lake/corpus/" + f.getFileName(), Files.readString(f));
            }
        }
        Path out = dir.resolve("from-s3");
        List<String> args = new ArrayList<>(List.of("run", "--stages", "ingest", "--input", "s3a://lake/corpus",
                "--output", out.toString()));
        hadoopSettings.forEach((k, v) -> args.addAll(List.of("--conf", "spark.hadoop." + k + "=" + v)));
        assertEquals(0, ClaimtrailCli.execute(args.toArray(String[]::new)), "ingest from s3a://lake/corpus");
        assertEquals(texts(local), texts(new Tables(out)), "the same articles, read from S3");
    }

    private List<String> texts(Tables tables) {
        return tables.read(spark, Tables.ARTICLES).select("doc_id", "outlet", "published", "text").collectAsList()
                .stream().map(Row::toString).sorted().toList();
    }

    private void runAndCompare(String output, Map<String, String> hadoopSettings) {
        List<String> args = new ArrayList<>(List.of("run", "--input", corpus.toString(), "--output", output));
        hadoopSettings.forEach((k, v) -> args.addAll(List.of("--conf", "spark.hadoop." + k + "=" + v)));
        long t = System.nanoTime();
        assertEquals(0, ClaimtrailCli.execute(args.toArray(String[]::new)), "the run on " + output);
        System.out.printf("RemoteOutputsTest: run on %s %.1f s%n", output, (System.nanoTime() - t) / 1e9);

        Tables remote = new Tables(output);
        for (String table : TABLES) {
            assertSameRows(rows(local, table), rows(remote, table), table + " on " + output);
        }
        assertTrue(rows(remote, Tables.CLAIMS).size() > 5, "claims were made");
        assertTrue(HadoopFiles.readText(output + "/report/index.html").contains("<html"), "the HTML report is there");
        assertTrue(HadoopFiles.exists(output + "/reports/timeline.csv"), "the report CSVs are there");
        assertFalse(HadoopFiles.exists(output + "/" + WriterLease.FILE), "the lease is released");

        List<String> exportArgs = new ArrayList<>(List.of("export", "--output", output, "--table", "claims"));
        hadoopSettings.forEach((k, v) -> exportArgs.addAll(List.of("--conf", "spark.hadoop." + k + "=" + v)));
        assertEquals(0, ClaimtrailCli.execute(exportArgs.toArray(String[]::new)));
        String exported = HadoopFiles.readText(output + "/export/claims.jsonl");
        assertEquals(rows(local, Tables.CLAIMS).size(), exported.lines().count(), "one line per claim");
    }

    /** The table's rows as text, sorted; an annotation's time taken differs from run to run. */
    private List<String> rows(Tables tables, String table) {
        return tables.read(spark, table).drop("annotate_ms").collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** Equal lists, or a failure that names the first row that differs (rows of annotations are long). */
    private static void assertSameRows(List<String> expected, List<String> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": row count");
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail(what + ": row " + i + " differs:\n  local  " + clip(expected.get(i)) + "\n  remote " + clip(actual.get(i)));
            }
        }
    }

    private static String clip(String row) {
        return row.length() > 400 ? row.substring(0, 400) + "..." : row;
    }
}
