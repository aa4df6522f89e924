package org.claimtrail.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The few lines a run prints about the reports: the summary report's series with the most sources. */
final class ConsoleSummary {

    private ConsoleSummary() {
    }

    /** Series shown at most, those with the most sources first. */
    static final int MAX_LINES = 10;

    private static final Comparator<String> LABELS = Comparator.nullsLast(Comparator.naturalOrder());

    static List<String> lines(Map<String, Dataset<Row>> reports) {
        List<String> out = new ArrayList<>();
        Dataset<Row> summary = reports.get("summary");
        if (summary != null) {
            List<Row> rows = new ArrayList<>(summary.collectAsList());
            rows.sort(Comparator.comparing((Row r) -> -sources(r)).thenComparing(r -> r.<String>getAs("series_label"), LABELS));
            for (Row r : rows.subList(0, Math.min(MAX_LINES, rows.size()))) {
                out.add(String.format("  %s: first %s (%s), latest %s (%s); %s sources, %s outlets",
                        r.getAs("series_label"), r.getAs("first_estimate"), r.getAs("first_date"), r.getAs("latest_estimate"),
                        r.getAs("latest_date"), r.getAs("n_sources"), r.getAs("n_outlets")));
            }
            if (rows.size() > MAX_LINES) {
                out.add("  ... and " + (rows.size() - MAX_LINES) + " more series in reports/summary");
            }
        }
        return out;
    }

    private static long sources(Row summaryRow) {
        Long n = summaryRow.getAs("n_sources");
        return n == null ? 0 : n;
    }
}
