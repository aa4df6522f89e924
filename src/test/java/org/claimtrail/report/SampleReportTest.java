package org.claimtrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.sql.Row;
import org.claimtrail.io.Tables;
import org.claimtrail.testing.PipelineRun;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on data/sample, then what consolidation and the reports say about it: the
 * Darfur Medical Alliance's toll carried by three outlets (one a wire copy), and the outlet that
 * dropped its "at least".
 */
class SampleReportTest {

    static PipelineRun run;

    @BeforeAll
    static void runPipeline() {
        run = PipelineRun.sample();
    }

    private static List<Row> rows(String table, String where) {
        return run.rows(table, where);
    }

    @Test
    void oneStatementCarriedByThreeOutlets() {
        List<Row> a = rows(Tables.ASSERTIONS, "metric = 'killed' AND value_low = 782 AND value_high IS NULL AND source_name LIKE '%Darfur Medical Alliance%'");
        assertEquals(1, a.size());
        assertEquals(3L, (long) a.get(0).getAs("n_outlets"));
        assertEquals("2024-12-16", a.get(0).getAs("stated_on").toString());
        assertTrue(a.get(0).<String>getAs("source_name").contains("Darfur Medical Alliance"));
    }

    @Test
    void theWireCopyIsFlagged() {
        List<Row> r = rows(Tables.ASSERTION_REPORTS, "doc_id = '016_el_fasher_wire_copy' AND value_low = 782");
        assertEquals("015_el_fasher_wire", r.get(0).getAs("copy_of"));
    }

    @Test
    void theOutletThatDroppedTheHedgeIsADiscrepancy() {
        List<Row> d = rows("reports/discrepancies", "doc_id = '017_el_fasher_recap' AND kind = 'bounds'");
        assertTrue(d.stream().anyMatch(r -> r.<String>getAs("article_text").startsWith("782")
                && r.<String>getAs("assertion_text").toLowerCase().startsWith("at least 782")), d.toString());
    }

    @Test
    void timelineAndSummaryCoverTheSourcesFigures() {
        List<Row> t = rows("reports/timeline", "source_name LIKE '%Darfur Medical Alliance%'");
        assertTrue(t.size() >= 2, t.toString());
        assertTrue(t.stream().allMatch(r -> r.getAs("as_of") != null));
        String series = rows(Tables.ASSERTION_REPORTS, "doc_id = '015_el_fasher_wire' AND value_low = 782").get(0).getAs("series_id");
        List<Row> summary = rows("reports/summary", "series_id = '" + series + "'");
        assertEquals(1, summary.size(), "one summary row per series");
        assertTrue(summary.get(0).<Long>getAs("n_outlets") >= 3, summary.toString());
        assertTrue(summary.get(0).getAs("story_label") != null, summary.toString());
        assertTrue(Files.exists(Path.of(run.tables.path("reports/timeline") + ".csv")));
    }

    /** Issue 11: the sample's convergence no longer compares Gaza's 45,300 with the border clash's 12. */
    @Test
    void gazaAndTheBorderClashAreNeverCompared() {
        Row gaza = rows(Tables.ASSERTION_REPORTS, "doc_id = '003_gaza_shelters' AND quantity_text LIKE '%45,300%'").get(0);
        Row clash = rows(Tables.ASSERTION_REPORTS, "doc_id = '006_border_clash' AND metric = 'killed' AND quantity_text LIKE '%12%'").get(0);
        assertTrue(!java.util.Objects.equals(gaza.getAs("story_id"), clash.getAs("story_id")), gaza + " / " + clash);
        assertTrue(!gaza.getAs("series_id").equals(clash.getAs("series_id")));
        List<Row> mixed = rows("reports/convergence", "lowest_low <= 12 AND highest_high >= 45000");
        assertTrue(mixed.isEmpty(), mixed.toString());
        for (String report : List.of("reports/timeline", "reports/convergence", "reports/summary")) {
            long series = run.tables.read(run.spark, report).select("series_id").distinct().count();
            long seriesStories = run.tables.read(run.spark, report).select("series_id", "story_id").distinct().count();
            assertEquals(series, seriesStories, report + ": a series in more than one story");
        }
    }

    @Test
    void canonicalSourcesCollectTheirAliases() {
        List<Row> s = rows(Tables.SOURCES, "name LIKE '%Darfur Medical Alliance%'");
        assertEquals(1, s.size(), s.toString());
        assertTrue((long) s.get(0).getAs("n_outlets") >= 3);
    }

    @Test
    void theHtmlReportRendersItsChartsInChromium() throws Exception {
        Path html = run.output().resolve("report/index.html");
        String page = Files.readString(html);
        Matcher m = Pattern.compile("data-charts=\"(\\d+)\"").matcher(page);
        assertTrue(m.find());
        int charts = Integer.parseInt(m.group(1));
        assertTrue(charts >= 5, "a chart per series, found " + charts);
        try (var pngs = Files.list(html.getParent())) {
            assertEquals(charts, pngs.filter(p -> p.toString().endsWith(".png")).count());
        }
        assumeTrue(Chromium.available(), "chromium not installed (jobs/install-chromium installs it; .ci/run does)");
        String dom = Chromium.dumpDom(html);
        assertTrue(dom.contains("data-charts-loaded=\"" + charts + "\""), "charts decoded in the browser");
        Path shot = ProjectFiles.home().resolve("target/report-screenshot.png");
        Chromium.screenshot(html, shot);
        assertTrue(Files.size(shot) > 10_000);
    }
}
