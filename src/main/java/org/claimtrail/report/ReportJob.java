package org.claimtrail.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.io.SideWrites;
import org.claimtrail.io.TableExport;
import org.claimtrail.io.Tables;
import org.claimtrail.pipeline.Stage;
import org.claimtrail.pipeline.StageOutcome;

/**
 * Runs the analyst-editable reports in {@code jobs/reports/*.sql}, in file-name order, over the
 * output tables (views {@code articles, claims, stories, sources, assertions, assertion_reports}), writes
 * each as Parquet and CSV under {@code OUTPUT/reports/}, then the HTML report.
 */
public final class ReportJob implements Stage {

    public ReportJob() {
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public Result run(org.claimtrail.pipeline.RunContext run) {
        return run(run.spark(), run.settings(), run.tables(),
                new RunContext(run.runId(), run.started(), run.ingestedInputs(), run.linesSoFar()));
    }

    /** What the run tells the user: report row counts and the HTML page, then the summary lines. */
    public record Result(Map<String, Long> rows, String html, List<String> summary) implements StageOutcome {
        @Override
        public String toString() {
            return "report: " + rows + "; HTML report at " + html;
        }

        @Override
        public long units() {
            return rows.size();
        }

        @Override
        public String unit() {
            return null; // a report's time goes to its queries and pages, not per unit of anything
        }
    }

    /** The tables every report may read, each registered as a view of its name. */
    static final List<String> VIEWS = List.of(Tables.ARTICLES, Tables.CLAIMS, Tables.STORIES, Tables.SOURCES,
            Tables.ASSERTIONS, Tables.ASSERTION_REPORTS);

    /** The views most reports read, kept in memory for the stage (the claims' size, not the articles' texts). */
    static final List<String> SHARED = List.of(Tables.ASSERTIONS, Tables.ASSERTION_REPORTS);

    /**
     * The run the report is part of, for the index page: its id and start, the inputs (empty when
     * this run did not ingest: the latest run that did is shown) and the lines its stages printed.
     */
    public record RunContext(String runId, Instant started, List<String> inputs, List<String> stageLines) {
    }

    public static Result run(SparkSession spark, Settings settings, Tables tables, RunContext context) {
        return run(spark, tables, settings.path(Settings.REPORT_SQL_DIR), context);
    }

    public static Result run(SparkSession spark, Tables tables, Path sqlDir, RunContext context) {
        List<Dataset<Row>> held = new ArrayList<>();
        SideWrites writers = new SideWrites("claimtrail-report-writer", WRITERS);
        try {
            for (String view : VIEWS) {
                Dataset<Row> table = tables.read(spark, view);
                if (SHARED.contains(view)) {
                    // read by most reports: once, not a Delta file listing and a scan per report
                    table = table.persist(StorageLevel.MEMORY_AND_DISK());
                    held.add(table);
                }
                table.createOrReplaceTempView(view);
            }
            Map<String, Future<Long>> writes = new LinkedHashMap<>();
            Map<String, Dataset<Row>> results = runQueries(spark, sqlDir, (name, result) -> {
                // computed once, kept for the table, its CSV, the reports after it and the HTML pages:
                // all see the same rows without reading the table back
                Dataset<Row> kept = result.persist(StorageLevel.MEMORY_AND_DISK());
                held.add(kept);
                writes.put(name, writers.submit(() -> write(spark, tables, name, kept)));
                return kept;
            });
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Long>> w : writes.entrySet()) {
                rows.put(w.getKey(), SideWrites.result(w.getValue()));
            }
            spark.sparkContext().setJobDescription("report: HTML");
            String staged = tables.stagingFor("report");
            HtmlReport.write(staged, ReportRows.collect(spark, tables, results, context));
            tables.land("report", staged);
            return new Result(rows, tables.output() + "/report/index.html", ConsoleSummary.lines(results));
        } finally {
            writers.close();
            held.forEach(Dataset::unpersist);
            spark.sparkContext().setJobDescription(null);
        }
    }

    /** Report tables written at once ({@link SideWrites}): two overlap well on two cores. */
    static final int WRITERS = 2;

    /** One report as a table and its CSV copy, in a writer thread; returns the table's rows. */
    private static long write(SparkSession spark, Tables tables, String name, Dataset<Row> kept) {
        spark.sparkContext().setJobDescription("report: " + name);
        String table = "reports/" + name;
        long rows = tables.write(kept, table);
        String csv = tables.stagingFor(table + ".csv");
        TableExport.write(kept, TableExport.Format.CSV, csv);
        tables.land(table + ".csv", csv);
        return rows;
    }

    /**
     * Runs every report of {@code sqlDir} in file-name order over the views already registered, hands
     * each result to {@code keep} (which writes it, or in a test just returns it) and registers what
     * {@code keep} returns as view {@code report_NAME}, for the reports after it. Returns the kept
     * results by report name ({@code 10_timeline.sql} is {@code timeline}).
     */
    static Map<String, Dataset<Row>> runQueries(SparkSession spark, Path sqlDir,
            BiFunction<String, Dataset<Row>, Dataset<Row>> keep) {
        Map<String, Dataset<Row>> results = new LinkedHashMap<>();
        for (Path sql : sqlFiles(sqlDir)) {
            String name = sql.getFileName().toString().replaceFirst("^\\d+_", "").replaceFirst("\\.sql$", "");
            spark.sparkContext().setJobDescription("report: " + name);
            String query;
            try {
                query = Files.readString(sql, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("cannot read report " + sql + ": " + e.getMessage());
            }
            Dataset<Row> result;
            try {
                result = spark.sql(query);
            } catch (Exception e) { // AnalysisException is checked to Java but not declared by Scala
                throw new ConfigException("report " + sql.getFileName() + " does not run: " + e.getMessage());
            }
            Dataset<Row> kept = keep.apply(name, result);
            kept.createOrReplaceTempView("report_" + name);
            results.put(name, kept);
        }
        return results;
    }

    static List<Path> sqlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> out = new ArrayList<>(files.filter(p -> p.toString().endsWith(".sql")).sorted().toList());
            if (out.isEmpty()) {
                throw new ConfigException("no .sql reports in " + dir);
            }
            return out;
        } catch (IOException e) {
            throw new ConfigException("cannot list reports in " + dir + ": " + e.getMessage());
        }
    }
}
