package org.claimtrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.io.Schemas;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.claimtrail.testing.ProjectFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story whose headline, source name, sentence and URL were written to break the page: markup,
 * quotes, a script end inside the chart JSON, U+2028, a javascript: link. The real report SQL and
 * HTML report run over them (as in {@link SeriesReportsTest}); every one must show as text.
 */
class HostileReportTest {

    static final String HEADLINE = "Breaking: <script>document.body.setAttribute('data-pwned','headline')</script> \"quoted\" & 'single'";
    static final String SOURCE = "Ministry \"of <b>Truth</b>\" <img src=x onerror=\"document.body.setAttribute('data-pwned','source')\">";
    static final String SENTENCE = "It said </script><script>document.body.setAttribute('data-pwned','json')</script>"
            + " at least 100\u2028people died <!-- and \u2029 more.";
    static final LocalDate DAY = LocalDate.of(2024, 12, 20);

    static Path storyPage, indexPage;

    @BeforeAll
    static void writeReport(@TempDir Path dir) {
        SparkSession spark = SharedSpark.get().newSession();
        Tables.configure(spark);
        String story = "st-<x>\"", series = "se-hostile";
        String label = "killed · people · " + HEADLINE;
        spark.createDataFrame(List.of(
                RowFactory.create("a1", "ministry", SOURCE, null, "government", "killed", 100.0, null, "at_least", "people",
                        "people", null, null, null, "at least 100", DAY, DAY, 1L, 1L, 1L, story, series, label),
                RowFactory.create("a2", "ngo", "Relief <i>NGO</i>", null, "other", "killed", 1500.0, 2000.0, "range", "people",
                        "people", null, null, null, "1,500 to 2,000", DAY.plusDays(2), DAY.plusDays(2), 1L, 1L, 1L, story,
                        series, label)), SeriesReportsTest.ASSERTIONS).createOrReplaceTempView(Tables.ASSERTIONS);
        spark.createDataFrame(List.of(
                RowFactory.create("c1", "a1", "d1", "Outlet \"<One>\"", "javascript:document.body.setAttribute('data-pwned','url')",
                        DAY, DAY, SOURCE, "ministry", null, null, "killed", 100.0, null, "at_least", "at least 100", SENTENCE,
                        null, story, series),
                RowFactory.create("c2", "a2", "d2", "Second Outlet", "https://example.org/a?b=1&c=\"2\"", DAY.plusDays(2),
                        DAY.plusDays(2), "Relief NGO", "ngo", null, null, "killed", 1500.0, 2000.0, "range", "1,500 to 2,000",
                        "Relief NGO counted 1,500 to 2,000 dead.", null, story, series)),
                SeriesReportsTest.ASSERTION_REPORTS).createOrReplaceTempView(Tables.ASSERTION_REPORTS);
        spark.createDataFrame(List.of(RowFactory.create(story, HEADLINE, DAY, DAY.plusDays(2), 2, 2)), Schemas.STORIES)
                .createOrReplaceTempView(Tables.STORIES);
        spark.createDataFrame(List.of(RowFactory.create("d1", HEADLINE, "en"), RowFactory.create("d2", "<b>title</b>", "<de>")),
                StructType.fromDDL("doc_id STRING, title STRING, lang STRING")).createOrReplaceTempView(Tables.ARTICLES);
        spark.createDataFrame(List.of(RowFactory.create("c1", "asserted"), RowFactory.create("c2", "projected")),
                StructType.fromDDL("claim_id STRING, modality STRING")).createOrReplaceTempView(Tables.CLAIMS);
        spark.createDataFrame(List.<Row>of(), SeriesReportsTest.SOURCES).createOrReplaceTempView(Tables.SOURCES);
        var results = ReportJob.runQueries(spark, ProjectFiles.home().resolve("jobs/reports"), (name, result) -> result.cache());
        indexPage = Path.of(HtmlReport.write(dir.toString(), ReportRows.of(results, spark.table(Tables.STORIES), List.of(),
                List.of(new Pages.Count("ingest: <bad_json>", 1)),
                new Pages.Run("run-\"<1>\"", "2024-12-24 00:00 UTC", List.of("/in/<dir>"), List.of("ingest: read 1 </pre>")))));
        storyPage = dir.resolve("story/st-_x__.html");
    }

    @Test
    void headlineAndSourceShowAsText() throws Exception {
        Document index = Jsoup.parse(indexPage.toFile(), "UTF-8");
        assertEquals(HEADLINE, index.select("article.story-card h3").text());
        assertEquals(0, index.select("script, img, b, i").size(), "no element came from the data");
        assertTrue(index.text().contains("ingest: <bad_json>") && index.text().contains("/in/<dir>"));
        Document story = Jsoup.parse(storyPage.toFile(), "UTF-8");
        assertEquals(HEADLINE, story.select("h1").text());
        assertEquals(HEADLINE + " · claimtrail", story.title());
        assertEquals(SOURCE, story.select("table.evidence tbody tr").get(0).select("td").get(1).text());
        // scripts: the chart's JSON and the inlined ECharts + report.js, nothing else
        assertEquals(2, story.select("script").size(), story.select("script").toString().substring(0, 300));
        assertEquals(0, story.select("img, b, i").size());
        // the javascript: URL is no link; the https one keeps its query
        assertEquals(List.of("https://example.org/a?b=1&c=\"2\""), story.select("td.outlets a").eachAttr("href"));
        assertTrue(story.select("td.outlets").text().contains("Outlet \"<One>\""));
        // each outlet's language, shown as text
        assertEquals(java.util.Set.of("en", "<de>"), new java.util.HashSet<>(story.select("td.outlets span.lang").eachText()));
        String json = story.select("script[type=application/json]").get(0).data();
        assertFalse(json.contains("</") || json.contains("<!--") || json.contains("\u2028"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
    }

    @Test
    void inChromiumNothingRunsButTheChart() throws Exception {
        assumeTrue(Chromium.available(), "chromium not installed (jobs/install-chromium installs it; .ci/run does)");
        for (Path page : List.of(indexPage, storyPage)) {
            Chromium.Loaded loaded = Chromium.load(page.toUri().toString());
            assertEquals(List.of(), ReportInBrowser.problems(page, loaded));
            assertFalse(ReportInBrowser.dom(loaded, page).body().hasAttr("data-pwned"), loaded.dom());
        }
        Document tip = Jsoup.parse(Chromium.load(storyPage.toUri() + "#tip").dom());
        assertNull(tip.body().attribute("data-pwned"));
        String tooltip = tip.select("div.tip").text();
        assertTrue(tooltip.contains(SOURCE) && tooltip.contains("</script><script>"), tooltip);
        Chromium.screenshot(storyPage.toUri() + "#tip", ProjectFiles.home().resolve("target/report-screenshots/hostile-story.png"), 1200);
        assertTrue(Files.exists(ProjectFiles.home().resolve("target/report-screenshots/hostile-story.png")));
    }
}
