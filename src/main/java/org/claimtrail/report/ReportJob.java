package org.claimtrail.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.io.TableExport;
import org.claimtrail.io.Tables;

/**
 * Runs the analyst-editable reports in {@code jobs/reports/*.sql}, in file-name order, over the
 * output tables (views {@code articles, claims, sources, assertions, assertion_reports}), writes
 * each as Parquet and CSV under {@code OUTPUT/reports/}, then the HTML report.
 */
public final class ReportJob {

    private ReportJob() {
    }

    /** What the run tells the user: report row counts and the HTML page. */
    public record Result(Map<String, Long> rows, Path html, List<String> summary) {
        @Override
        public String toString() {
            return "report: " + rows + "; HTML report at " + html;
        }
    }

    static final List<String> VIEWS = List.of(Tables.ARTICLES, Tables.CLAIMS, Tables.SOURCES, Tables.ASSERTIONS,
            Tables.ASSERTION_REPORTS);

    public static Result run(SparkSession spark, Settings settings, Tables tables) {
        return run(spark, tables, settings.path(Settings.REPORT_SQL_DIR));
    }

    public static Result run(SparkSession spark, Tables tables, Path sqlDir) {
        try {
            for (String view : VIEWS) {
                tables.read(spark, view).createOrReplaceTempView(view);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, Dataset<Row>> results = new LinkedHashMap<>();
            for (Path sql : sqlFiles(sqlDir)) {
                String name = sql.getFileName().toString().replaceFirst("^\\d+_", "").replaceFirst("\\.sql$", "");
                spark.sparkContext().setJobDescription("report: " + name);
                Dataset<Row> result;
                String query;
                try {
                    query = Files.readString(sql, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ConfigException("cannot read report " + sql + ": " + e.getMessage());
                }
                try {
                    result = spark.sql(query);
                } catch (Exception e) { // AnalysisException is checked to Java but not declared by Scala
                    throw new ConfigException("report " + sql.getFileName() + " does not run: " + e.getMessage());
                }
                String table = "reports/" + name;
                tables.write(result, table);
                Dataset<Row> written = tables.read(spark, table);
                written.createOrReplaceTempView("report_" + name);
                java.nio.file.Path csv = tables.stagingFor(table + ".csv");
                rows.put(name, TableExport.export(written, TableExport.Format.CSV, csv.toString()));
                tables.land(table + ".csv", csv);
                results.put(name, written);
            }
            spark.sparkContext().setJobDescription("report: HTML");
            Path staged = tables.stagingFor("report");
            HtmlReport.write(staged, results);
            tables.land("report", staged);
            return new Result(rows, Path.of(tables.output(), "report", "index.html"), HtmlReport.summaryLines(results));
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
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
