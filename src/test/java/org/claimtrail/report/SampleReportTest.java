package org.claimtrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.claimtrail.io.Tables;
import org.claimtrail.testing.PipelineRun;
import org.claimtrail.testing.ProjectFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /** The report's pages: the index first, then every story page. */
    static List<Path> reportPages() throws Exception {
        Path report = run.output().resolve("report");
        List<Path> pages = new ArrayList<>(List.of(report.resolve("index.html")));
        try (var files = Files.list(report.resolve("story"))) {
            pages.addAll(files.sorted().toList());
        }
        return pages;
    }

    @Test
    void theReportFolderHoldsPagesOnly() throws Exception {
        try (var files = Files.walk(run.output().resolve("report"))) {
            List<Path> other = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".html")).toList();
            assertEquals(List.of(), other, "no checksum or staging files among the pages");
        }
    }

    static Path elFasherPage() throws Exception {
        for (Path p : reportPages().subList(1, reportPages().size())) {
            if (Jsoup.parse(p.toFile(), "UTF-8").select("h1").text().contains("El Fasher")) {
                return p;
            }
        }
        throw new AssertionError("no story page about El Fasher");
    }

    @Test
    void theIndexLinksAPagePerStoryWithEstimates() throws Exception {
        List<Path> pages = reportPages();
        Document index = Jsoup.parse(pages.get(0).toFile(), "UTF-8");
        Set<String> linked = Set.copyOf(index.select("article.story-card h3 a").eachAttr("href"));
        long stories = run.tables.read(run.spark, "reports/evidence").select("story_id").distinct().count();
        assertEquals(stories, pages.size() - 1, "a page per story with estimates");
        for (Path p : pages.subList(1, pages.size())) {
            assertTrue(linked.contains("story/" + p.getFileName()), p + " not linked from the index");
        }
        List<String> days = index.select("article.story-card p.meta").eachText().stream()
                .map(t -> t.replaceAll("^.*?(\\d{4}-\\d\\d-\\d\\d) ·.*$", "$1")).toList();
        List<String> sorted = new ArrayList<>(days);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, days, "stories most recent first (by their last day)");
        assertTrue(index.text().contains("ingest: articles 17"), index.select("table.counts").text());
    }

    @Test
    void theElFasherPageShowsTheEvidenceWithLinksAndFlags() throws Exception {
        Document page = Jsoup.parse(elFasherPage().toFile(), "UTF-8");
        Element row = page.select("table.evidence tr").stream()
                .filter(r -> r.select("td.figure").text().equalsIgnoreCase("at least 782") && r.select("td.outlets a").size() == 3)
                .findFirst().orElseThrow(() -> new AssertionError(page.select("table.evidence").text()));
        assertTrue(row.select("td.outlets a").eachAttr("href").stream().allMatch(h -> h.startsWith("https://")));
        assertTrue(row.text().contains("wire copy"), row.text());
        assertEquals("at least 782", row.select("td.sentence mark").text().toLowerCase());
        assertTrue(row.hasClass("flagged") && row.text().contains("Desert Ledger wrote \u201c782\u201d: dropped the hedge"), row.text());
    }

    /**
     * Every page in headless Chromium: no console message, every chart rendered with something
     * drawn, every internal link leads somewhere. Screenshots of every page, and of a tooltip, go to
     * target/report-screenshots/.
     */
    @Test
    void everyPageRendersItsChartsInChromium() throws Exception {
        List<Path> pages = reportPages();
        assumeTrue(Chromium.available(), "chromium not installed (jobs/install-chromium installs it; .ci/run does)");
        Path shots = ProjectFiles.home().resolve("target/report-screenshots");
        List<String> problems = new ArrayList<>();
        int charts = 0;
        for (Path page : pages) {
            Chromium.Loaded loaded = Chromium.load(page.toUri().toString());
            problems.addAll(ReportInBrowser.problems(page, loaded));
            charts += ReportInBrowser.dom(loaded, page).select("div.chart").size();
            Chromium.screenshot(page.toUri().toString(), shots.resolve(page.getFileName().toString().replace(".html", ".png")), 2400);
        }
        assertEquals(List.of(), problems);
        assertTrue(charts >= 10, "a chart per dated series, found " + charts);
        // hovering the first estimate of a chart: the figure as written, source, day, outlets, sentence
        String tip = elFasherPage().toUri() + "#tip";
        Document dom = Jsoup.parse(Chromium.load(tip).dom());
        String tooltip = dom.select("div.tip").text();
        assertTrue(tooltip.contains("carried by") && tooltip.contains("stated 2024-12-16"), tooltip);
        Chromium.screenshot(tip, shots.resolve("tooltip-el-fasher.png"), 900);
        assertTrue(Files.size(shots.resolve("index.png")) > 10_000);
    }
}
