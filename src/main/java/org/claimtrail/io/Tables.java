package org.claimtrail.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;

/**
 * Where each table lives under the output folder, and the one place that reads and writes them.
 *
 * <p>Two modes. A {@linkplain #forRun run} stages every table it writes under the hidden folder
 * {@code OUTPUT/.runs/RUN_ID/} and makes them all visible together in {@link #commit()}: a run that
 * dies (even by {@code kill -9}) before its commit leaves the previous output as it was. The
 * commit writes a journal of its renames first, so a crash in the middle of the renames is rolled
 * forward by the next command that opens the folder. Without a run ({@link #Tables(Path)}, used by
 * stage-level tests), each write is committed at once.
 *
 * <p>Every committed table holds a marker file, {@value #MARKER}; {@link #read} refuses a table
 * without one (a half-copied folder, a table from another tool). Parquet options that analysts depend
 * on (UTC, microsecond timestamps) are set on the session by {@link #configure(SparkSession)}.
 */
public final class Tables {

    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String ANNOTATIONS = "annotations";
    public static final String CLAIMS = "claims";
    public static final String STORIES = "stories";
    public static final String SOURCES = "sources";
    public static final String ASSERTIONS = "assertions";
    public static final String ASSERTION_REPORTS = "assertion_reports";
    public static final String RUNS = "runs";

    /** Commit marker inside every table; '_'-prefixed so Spark, DuckDB globs and pyarrow skip it. */
    public static final String MARKER = "_claimtrail_commit";
    static final String RUNS_DIR = ".runs";
    static final String JOURNAL = ".commit-journal";

    private final Path output;
    private final String runId;
    /** Staged artifacts of this run: target relative path → staged folder or file. */
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private int versions;

    /** Immediate mode: every write is committed when it is done. */
    public Tables(Path output) {
        this(output, null);
    }

    private Tables(Path output, String runId) {
        this.output = output.toAbsolutePath().normalize();
        this.runId = runId;
    }

    /**
     * Opens the output folder for one run: finishes a commit an earlier run was killed in, removes
     * what killed runs staged, and stages this run's writes until {@link #commit()}.
     */
    public static Tables forRun(Path output, String runId) {
        Tables tables = new Tables(output, runId);
        tables.recover();
        return tables;
    }

    /** Session settings every writer relies on; called once when the session is built. */
    public static void configure(SparkSession spark) {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    }

    /** The committed location of a table (what analysts read). */
    public String path(String table) {
        return output.resolve(table).toString();
    }

    /** Where this run's current version of a table is: staged if the run wrote it, else committed. */
    private String current(String table) {
        Path s = staged.get(table);
        return s != null ? s.toString() : path(table);
    }

    /** Writes a table; in a run it becomes visible at {@link #commit()}. */
    public void write(Dataset<Row> rows, String table, String... partitionBy) {
        Path target = stagingFor(table);
        rows.write().mode(SaveMode.Overwrite).partitionBy(partitionBy).parquet(target.toString());
        writeMarker(target, table);
        land(table, target);
    }

    /**
     * Replaces one stage's rows of the rejects table (column {@code stage}); other stages' rejects
     * stay as they are.
     */
    public void writeRejects(Dataset<Row> rows, String stage) {
        SparkSession spark = rows.sparkSession();
        Dataset<Row> all = rows.withColumn("stage", org.apache.spark.sql.functions.lit(stage));
        if (exists(REJECTS)) {
            // materialized first: the new version is written to a new folder, never over what it reads
            Dataset<Row> others = read(spark, REJECTS).filter(org.apache.spark.sql.functions.col("stage").notEqual(stage));
            all = others.unionByName(all.selectExpr(others.columns()));
        }
        // Not partitioned by stage: an empty table must still hold a file with its schema, for every reader.
        write(all.selectExpr(Schemas.REJECTS.fieldNames()).coalesce(1), REJECTS);
    }

    /**
     * A path for a file or folder that is not a Parquet table (CSV copies, the HTML report); write
     * there, then call {@link #land(String, Path)} with the same relative name.
     */
    public Path stagingFor(String relative) {
        if (runId == null) {
            Path target = output.resolve(relative);
            return target.resolveSibling("." + target.getFileName() + ".staging");
        }
        return output.resolve(RUNS_DIR).resolve(runId).resolve("v" + (versions++) + "-" + relative.replace('/', '~'));
    }

    /** Hands a staged artifact over: committed at once without a run, at {@link #commit()} within one. */
    public void land(String relative, Path stagedPath) {
        if (runId == null) {
            switchAll(Map.of(relative, stagedPath), output.resolve(relative).resolveSibling("." + relative.replace('/', '~') + ".old"));
        } else {
            Path previous = staged.put(relative, stagedPath);
            if (previous != null) {
                deleteTree(previous);
            }
        }
    }

    /**
     * Makes every table this run wrote visible together. The journal names the renames before any is
     * done, so {@link #recover()} can finish them after a crash.
     */
    public void commit() {
        if (runId == null || staged.isEmpty()) {
            return;
        }
        Path runDir = output.resolve(RUNS_DIR).resolve(runId);
        StringBuilder journal = new StringBuilder(runId).append('\n');
        staged.forEach((rel, path) -> journal.append(rel).append('\t').append(output.relativize(path)).append('\n'));
        Path journalFile = output.resolve(JOURNAL);
        try {
            Path tmp = runDir.resolve("journal.tmp");
            Files.writeString(tmp, journal, StandardCharsets.UTF_8);
            Files.move(tmp, journalFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the commit journal " + journalFile + ": " + e.getMessage(), e);
        }
        switchAll(staged, runDir.resolve("old"));
        staged.clear();
        finish(journalFile, runDir);
    }

    /**
     * Rolls forward a commit that was interrupted (its journal is still there), then deletes what
     * runs that never reached their commit staged. Assumes one writer per output folder.
     */
    public void recover() {
        Path journalFile = output.resolve(JOURNAL);
        if (Files.isRegularFile(journalFile)) {
            try {
                List<String> lines = Files.readAllLines(journalFile, StandardCharsets.UTF_8);
                Path runDir = output.resolve(RUNS_DIR).resolve(lines.get(0));
                Map<String, Path> pairs = new LinkedHashMap<>();
                for (String line : lines.subList(1, lines.size())) {
                    String[] p = line.split("\t", 2);
                    pairs.put(p[0], output.resolve(p[1]));
                }
                switchAll(pairs, runDir.resolve("old"));
                finish(journalFile, runDir);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot finish the interrupted commit in " + journalFile + ": " + e.getMessage(), e);
            }
        }
        Path runs = output.resolve(RUNS_DIR);
        if (Files.isDirectory(runs)) {
            try (Stream<Path> abandoned = Files.list(runs)) {
                abandoned.filter(p -> !p.getFileName().toString().equals(runId)).forEach(Tables::deleteTree);
            } catch (IOException e) {
                throw new IllegalStateException("cannot clean " + runs + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Puts each staged artifact in place, moving the previous one into {@code attic}. Idempotent per
     * pair: a pair whose staged path is gone was switched already (that is how recovery resumes).
     */
    private void switchAll(Map<String, Path> pairs, Path attic) {
        try {
            for (Map.Entry<String, Path> e : pairs.entrySet()) {
                Path target = output.resolve(e.getKey());
                Path stagedPath = e.getValue();
                if (!Files.exists(stagedPath)) {
                    continue;
                }
                if (Files.exists(target)) {
                    Path aside = attic.resolve(e.getKey().replace('/', '~'));
                    deleteTree(aside);
                    Files.createDirectories(aside.getParent());
                    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.createDirectories(target.getParent());
                Files.move(stagedPath, target, StandardCopyOption.ATOMIC_MOVE);
                crashPoint.run();
            }
            deleteTree(attic);
        } catch (IOException e) {
            throw new IllegalStateException("cannot switch in the new tables under " + output + ": " + e.getMessage(), e);
        }
    }

    private static void finish(Path journalFile, Path runDir) {
        try {
            Files.deleteIfExists(journalFile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove " + journalFile + ": " + e.getMessage(), e);
        }
        deleteTree(runDir);
    }

    /** Test hook: runs after each rename of a commit, so a test can stop a commit halfway. */
    static Runnable crashPoint = () -> { };

    private void writeMarker(Path table, String name) {
        String json = "{\"table\":\"" + name + "\",\"run_id\":" + (runId == null ? "null" : "\"" + runId + "\"")
                + ",\"written_at\":\"" + Instant.now() + "\"}\n";
        try {
            Files.writeString(table.resolve(MARKER), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the commit marker of " + table + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path x : all) {
                Files.deleteIfExists(x);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + p + ": " + e.getMessage(), e);
        }
    }

    /** True when a table can be read: staged by this run, or committed with its marker. */
    public boolean exists(String table) {
        return staged.containsKey(table) || Files.isRegularFile(output.resolve(table).resolve(MARKER));
    }

    /**
     * Reads a table: this run's staged version if it wrote one, else the committed table, which must
     * carry its commit marker.
     */
    public Dataset<Row> read(SparkSession spark, String table) {
        if (!staged.containsKey(table)) {
            Path p = output.resolve(table);
            if (!Files.exists(p)) {
                throw new ConfigException("table '" + table + "' not found at " + p + ": run the stage that writes it first");
            }
            if (!Files.isRegularFile(p.resolve(MARKER))) {
                throw new ConfigException("table '" + table + "' at " + p + " has no commit marker (" + MARKER
                        + "): it was not written by a completed claimtrail run; run the stage that writes it again");
            }
        }
        // A partitioned table with no rows has no data files to infer a schema from: give it.
        org.apache.spark.sql.types.StructType schema = switch (table) {
            case REJECTS -> Schemas.REJECTS;
            case CLAIMS -> Schemas.CLAIMS;
            default -> null;
        };
        return (schema == null ? spark.read() : spark.read().schema(schema)).parquet(current(table));
    }

    public String output() {
        return output.toString();
    }

    /** The run this object stages for, or null in immediate mode. */
    public String runId() {
        return runId;
    }
}
