package org.claimtrail.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;

/**
 * The data of one series' chart, for {@code report.js} to draw with ECharts: each source's estimates
 * (a point per timeline row, with its bounds, whether a bound is open and whether it is a
 * projection), one colour per source, the convergence band per day, and whether the y axis is
 * logarithmic. The hover text (figure as written, source, day stated, outlets, sentence) travels
 * with each point.
 */
final class ChartData {

    private ChartData() {
    }

    /** A source's estimates are drawn on a log axis when the values span more than this factor. */
    static final double LOG_SPAN = 10;

    /**
     * Distinct colours for the first sources of a chart (Tableau 10, which stays apart for most
     * colour-blind readers); further sources get hues spaced by the golden angle.
     */
    static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    /** What the chart shows of an assertion beyond its timeline row. */
    record Carried(boolean projected, List<String> outlets, String sentence) {
    }

    /** A chart's data and the two facts a page says about it. */
    record Chart(Map<String, Object> data, int points, boolean logScale) {
    }

    static String colour(int i) {
        if (i < PALETTE.size()) {
            return PALETTE.get(i);
        }
        double hue = (i * 137.508) % 360;
        return String.format("hsl(%.0f, 65%%, 45%%)", hue);
    }

    /**
     * @param timeline    the series' timeline rows (as_of null rows are left out: they have no day)
     * @param convergence the series' convergence rows
     * @param carried     by assertion id, what the evidence rows say about it
     */
    static Chart build(List<Row> timeline, List<Row> convergence, Map<String, Carried> carried) {
        List<String> sources = new ArrayList<>();
        List<Map<String, Object>> points = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Row r : timeline) {
            LocalDate day = r.getAs("as_of");
            if (day == null) {
                continue;
            }
            String source = r.getAs("source_name");
            if (!sources.contains(source)) {
                sources.add(source);
            }
            Double low = r.getAs("value_low");
            Double high = r.getAs("value_high");
            String assertionId = r.getAs("assertion_id");
            Carried c = carried.getOrDefault(assertionId, new Carried(false, List.of(), null));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("s", sources.indexOf(source));
            p.put("day", day.toString());
            p.put("low", low);
            p.put("high", high);
            p.put("y", r.<Double>getAs("value_mid"));
            p.put("open", low != null && high == null ? "up" : low == null && high != null ? "down" : "");
            p.put("projected", c.projected());
            p.put("text", r.<String>getAs("quantity_text"));
            p.put("source", source);
            p.put("stated", dayOrNull(r.getAs("stated_on")));
            p.put("published", dayOrNull(r.getAs("first_published")));
            p.put("outlets", c.outlets());
            p.put("sentence", c.sentence());
            p.put("anchor", PageModels.anchor("a", assertionId));
            points.add(p);
            addValue(values, low);
            addValue(values, high);
        }
        List<Map<String, Object>> band = new ArrayList<>();
        for (Row r : convergence) {
            LocalDate day = r.getAs("day");
            Double low = r.getAs("lowest_low");
            Double high = r.getAs("highest_high");
            if (day == null || low == null || high == null) {
                continue;
            }
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("day", day.toString());
            b.put("low", low);
            b.put("high", high);
            b.put("n", r.<Long>getAs("n_sources"));
            band.add(b);
            addValue(values, low);
            addValue(values, high);
        }
        boolean log = logScale(values);
        List<Map<String, Object>> legend = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            legend.add(Map.of("name", sources.get(i), "color", colour(i)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("log", log);
        data.put("sources", legend);
        data.put("points", points);
        data.put("band", band);
        return new Chart(data, points.size(), log);
    }

    /** Log scale when every value is positive and the largest is more than {@link #LOG_SPAN} times the smallest. */
    static boolean logScale(List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return !values.isEmpty() && min > 0 && max / min > LOG_SPAN;
    }

    private static void addValue(List<Double> values, Double v) {
        if (v != null && !v.isNaN() && !v.isInfinite()) {
            values.add(v);
        }
    }

    private static String dayOrNull(Object day) {
        return day == null ? null : day.toString();
    }
}
