package org.claimtrail.report;

import java.util.List;

import org.apache.spark.sql.Row;

/**
 * Everything the HTML report shows, as rows already collected on the driver: the report tables of
 * {@code jobs/reports} (the same rows as their CSV and Parquet), the stories, and the run's counts.
 * {@link PageModels} turns them into pages without Spark.
 */
record ReportInput(Pages.Run run, List<Pages.Count> tables, List<Pages.Count> rejects, List<Row> stories,
                   List<Row> summary, List<Row> timeline, List<Row> convergence, List<Row> discrepancies,
                   List<Row> evidence) {
}
