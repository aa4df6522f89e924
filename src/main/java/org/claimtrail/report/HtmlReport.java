package org.claimtrail.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The static HTML report: per estimate series (one quantity in one story), a chart of each source's
 * estimate ranges over time (PNG, drawn with XChart beside the page) and the report tables. No server
 * and no internet needed.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Rows shown per table; the CSV and Parquet beside the page hold them all. */
    static final int MAX_ROWS = 300;

    /** Series charted at most, those with the most sources first: a day of news holds hundreds. */
    static final int MAX_CHARTS = 100;

    public static Path write(Path dir, Map<String, Dataset<Row>> reports) {
        try {
            Files.createDirectories(dir);
            StringBuilder html = new StringBuilder();
            List<String> charts = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            int series = 0;
            Dataset<Row> timeline = reports.get("timeline");
            if (timeline != null) {
                List<List<Row>> bySeries = bySeries(timeline.collectAsList());
                series = bySeries.size();
                for (List<Row> rows : bySeries.subList(0, Math.min(MAX_CHARTS, series))) {
                    String file = chartFile(rows.get(0).getAs("series_id"), charts);
                    String title = Objects.requireNonNullElse(rows.get(0).getAs("series_label"), rows.get(0).getAs("series_id"));
                    chart(title, rows.get(0).getAs("metric"), rows, dir.resolve(file));
                    charts.add(file);
                    titles.add(title);
                }
            }
            html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                    .append("<title>claimtrail report</title><style>")
                    .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0;font-size:13px}")
                    .append("td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}th{background:#eee}")
                    .append("img{max-width:100%;border:1px solid #ddd;margin:0.5em 0}</style></head>\n")
                    .append("<body data-charts=\"").append(charts.size()).append("\">\n")
                    .append("<h1>claimtrail report</h1>\n<p>Generated ").append(java.time.Instant.now())
                    .append(". Each chart shows every source's estimates of one series (one quantity in one story) over time:")
                    .append(" a point at the middle of the estimate's range, a bar from its low to its high bound.")
                    .append(" Tables are also in ../reports/ as CSV and Parquet.</p>\n");
            html.append("<h2>Estimates over time</h2>\n");
            if (series > charts.size()) {
                html.append("<p>").append(charts.size()).append(" of ").append(series)
                        .append(" series charted, those with the most sources; the timeline table has them all.</p>\n");
            }
            for (int i = 0; i < charts.size(); i++) {
                html.append("<img class=\"chart\" alt=\"").append(esc(titles.get(i))).append("\" src=\"")
                        .append(esc(charts.get(i))).append("\">\n");
            }
            for (Map.Entry<String, Dataset<Row>> e : reports.entrySet()) {
                html.append("<h2>").append(esc(e.getKey())).append("</h2>\n");
                table(html, e.getValue());
            }
            // Lets a headless browser (and a test) see that every chart image decoded.
            html.append("<script>window.addEventListener('load',function(){var n=0;")
                    .append("document.querySelectorAll('img.chart').forEach(function(i){if(i.complete&&i.naturalWidth>0)n++;});")
                    .append("document.body.setAttribute('data-charts-loaded',n);});</script>\n</body></html>\n");
            Path index = dir.resolve("index.html");
            Files.writeString(index, html, StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the HTML report in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static final Comparator<String> LABELS = Comparator.nullsLast(Comparator.naturalOrder());

    /** Series the console summary shows at most, those with the most sources first. */
    static final int MAX_SUMMARY_LINES = 10;

    /** A few lines for the console: the summary report's series with the most sources. */
    static List<String> summaryLines(Map<String, Dataset<Row>> reports) {
        List<String> out = new ArrayList<>();
        Dataset<Row> summary = reports.get("summary");
        if (summary != null) {
            List<Row> rows = new ArrayList<>(summary.collectAsList());
            rows.sort(Comparator.comparing((Row r) -> -sources(r)).thenComparing(r -> r.<String>getAs("series_label"), LABELS));
            for (Row r : rows.subList(0, Math.min(MAX_SUMMARY_LINES, rows.size()))) {
                out.add(String.format("  %s: first %s (%s), latest %s (%s); %s sources, %s outlets",
                        r.getAs("series_label"), r.getAs("first_estimate"), r.getAs("first_date"), r.getAs("latest_estimate"),
                        r.getAs("latest_date"), r.getAs("n_sources"), r.getAs("n_outlets")));
            }
            if (rows.size() > MAX_SUMMARY_LINES) {
                out.add("  ... and " + (rows.size() - MAX_SUMMARY_LINES) + " more series in reports/summary");
            }
        }
        return out;
    }

    private static long sources(Row summaryRow) {
        Long n = summaryRow.getAs("n_sources");
        return n == null ? 0 : n;
    }

    /**
     * The dated timeline rows of each series (rows keep the timeline's order), the series with the
     * most sources first, then by label.
     */
    static List<List<Row>> bySeries(List<Row> rows) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.getAs("as_of") != null) {
                out.computeIfAbsent(r.getAs("series_id"), k -> new ArrayList<>()).add(r);
            }
        }
        List<List<Row>> series = new ArrayList<>(out.values());
        series.sort(Comparator.comparing((List<Row> s) -> -s.stream().map(r -> r.getAs("source_key")).distinct().count())
                .thenComparing(s -> s.get(0).<String>getAs("series_label"), LABELS));
        return series;
    }

    /** A file name from the series id: letters, digits, '-' and '_' only, unique among {@code taken}. */
    static String chartFile(String seriesId, List<String> taken) {
        String base = "chart-" + seriesId.replaceAll("[^A-Za-z0-9_-]", "_");
        base = base.length() > 100 ? base.substring(0, 100) : base;
        String file = base + ".png";
        for (int i = 2; taken.contains(file); i++) {
            file = base + "-" + i + ".png";
        }
        return file;
    }

    private static void chart(String title, String metric, List<Row> rows, Path png) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(420).title(title)
                .xAxisTitle("statement date").yAxisTitle(metric).build();
        chart.getStyler().setDatePattern("yyyy-MM-dd");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        Map<String, List<Row>> bySource = new LinkedHashMap<>();
        for (Row r : rows) {
            bySource.computeIfAbsent(r.getAs("source_name"), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Row>> e : bySource.entrySet()) {
            List<Date> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<Double> err = new ArrayList<>();
            for (Row r : e.getValue()) {
                LocalDate d = r.getAs("as_of");
                Double low = r.getAs("value_low");
                Double high = r.getAs("value_high");
                Double mid = r.getAs("value_mid");
                x.add(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
                y.add(mid);
                err.add(low != null && high != null ? (high - low) / 2 : 0.0);
            }
            String name = e.getKey().length() > 40 ? e.getKey().substring(0, 37) + "..." : e.getKey();
            while (chart.getSeriesMap().containsKey(name)) {
                name = name + " ";
            }
            XYSeries s = chart.addSeries(name, x, y, err);
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void table(StringBuilder html, Dataset<Row> rows) {
        String[] cols = rows.columns();
        html.append("<table><tr>");
        for (String c : cols) {
            html.append("<th>").append(esc(c)).append("</th>");
        }
        html.append("</tr>\n");
        for (Row r : rows.limit(MAX_ROWS).collectAsList()) {
            html.append("<tr>");
            for (int i = 0; i < cols.length; i++) {
                Object v = r.get(i);
                html.append("<td>").append(v == null ? "" : esc(v.toString())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
