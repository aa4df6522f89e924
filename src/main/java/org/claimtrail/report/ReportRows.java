package org.claimtrail.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.claimtrail.io.Tables;

/**
 * Collects on the driver what the HTML report shows: the rows of the report tables just written
 * (the pages read the same rows as the CSV and Parquet), the stories, rows per output table and the
 * rejects by reason. The only part of the HTML report that touches Spark.
 */
final class ReportRows {

    private ReportRows() {
    }

    /** The tables whose row counts the index shows, each with the stage that writes it. */
    static final List<String[]> STAGE_TABLES = List.of(
            new String[] {"ingest", Tables.ARTICLES}, new String[] {"ingest", Tables.REJECTS},
            new String[] {"annotate", Tables.ANNOTATIONS}, new String[] {"story", Tables.STORIES},
            new String[] {"extract", Tables.CLAIMS}, new String[] {"consolidate", Tables.SOURCES},
            new String[] {"consolidate", Tables.ASSERTIONS}, new String[] {"consolidate", Tables.ASSERTION_REPORTS});

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static ReportInput collect(SparkSession spark, Tables tables, Map<String, Dataset<Row>> results,
            ReportJob.RunContext context) {
        spark.sparkContext().setJobDescription("report: HTML rows");
        List<Pages.Count> counts = new ArrayList<>();
        for (String[] st : STAGE_TABLES) {
            if (tables.exists(st[1])) {
                counts.add(new Pages.Count(st[0] + ": " + st[1], tables.rows(spark, st[1])));
            }
        }
        List<Pages.Count> rejects = new ArrayList<>();
        if (tables.exists(Tables.REJECTS)) {
            for (Row r : tables.read(spark, Tables.REJECTS).groupBy("stage", "reason").count()
                    .orderBy(functions.col("count").desc(), functions.col("stage"), functions.col("reason")).collectAsList()) {
                rejects.add(new Pages.Count(r.getString(0) + ": " + r.getString(1), r.getLong(2)));
            }
        }
        List<String> inputs = context.inputs();
        if (inputs.isEmpty() && tables.exists(Tables.RUNS)) {
            // a run without ingest shows the inputs of the latest run that read some
            List<Row> last = tables.read(spark, Tables.RUNS).filter("size(inputs) > 0").orderBy(functions.col("started_at").desc())
                    .limit(1).collectAsList();
            inputs = last.isEmpty() ? List.of() : last.get(0).getList(last.get(0).fieldIndex("inputs"));
        }
        Pages.Run run = new Pages.Run(context.runId(), UTC.format(context.started()), inputs, context.stageLines());
        return of(results, tables.read(spark, Tables.STORIES), counts, rejects, run);
    }

    /** The report rows and stories, collected; {@code results} by report name as {@link ReportJob#runQueries} gives them. */
    static ReportInput of(Map<String, Dataset<Row>> results, Dataset<Row> stories, List<Pages.Count> counts,
            List<Pages.Count> rejects, Pages.Run run) {
        return new ReportInput(run, counts, rejects, stories.collectAsList(), rows(results, "summary"),
                rows(results, "timeline"), rows(results, "convergence"), rows(results, "discrepancies"),
                rows(results, "evidence"));
    }

    private static List<Row> rows(Map<String, Dataset<Row>> results, String report) {
        Dataset<Row> rows = results.get(report);
        if (rows == null) {
            throw new IllegalStateException("the HTML report needs the '" + report + "' report of jobs/reports, which did not run");
        }
        return rows.collectAsList();
    }
}
