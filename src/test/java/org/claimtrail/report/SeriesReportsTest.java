package org.claimtrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.io.Schemas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real report SQL of jobs/reports, run as {@link ReportJob} runs it, over tiny in-memory tables:
 * two stories that both count the killed, Gaza (a health ministry's 45,300, the UN's 45,000, 12 aid
 * workers) and a border clash (an army's 12, the UN's 10). The same metric in two stories is two
 * estimate series, and no report compares them: not the UN's 45,000 with its 10, not Gaza's 45,300
 * with the clash's 12, and an outlet's 10 in the clash is no discrepancy with the UN's 12 in Gaza.
 */
class SeriesReportsTest {

    static final LocalDate DEC = LocalDate.of(2024, 12, 1);
    static final String GAZA = "st-gaza", BORDER = "st-border";
    static final String GAZA_KILLED = "se-gaza-killed-people", GAZA_AID = "se-gaza-killed-aid",
            BORDER_KILLED = "se-border-killed-military", BORDER_CASUALTIES = "se-border-casualties-military";
    static final Map<String, String> LABEL = Map.of(
            GAZA_KILLED, "killed · people · Gaza story",
            GAZA_AID, "killed · aid workers · Gaza story",
            BORDER_KILLED, "killed · military (XX) · border clash story",
            BORDER_CASUALTIES, "casualties · military (XX) · border clash story");

    /** The assertions table as consolidate writes it, with the story and series columns. */
    static final StructType ASSERTIONS = StructType.fromDDL("assertion_id STRING, source_key STRING, source_name STRING, "
            + "source_country STRING, source_type STRING, metric STRING, value_low DOUBLE, value_high DOUBLE, "
            + "qualifier STRING, population STRING, population_class STRING, population_actor STRING, place STRING, "
            + "place_country STRING, quantity_text STRING, stated_on DATE, first_published DATE, n_articles BIGINT, "
            + "n_outlets BIGINT, n_claims BIGINT, story_id STRING, series_id STRING NOT NULL, series_label STRING NOT NULL");
    static final StructType ASSERTION_REPORTS = StructType.fromDDL("claim_id STRING, assertion_id STRING, doc_id STRING, "
            + "outlet STRING, url STRING, published DATE, stated_on DATE, source_as_written STRING, source_key STRING, "
            + "intermediary STRING, intermediary_key STRING, metric STRING, value_low DOUBLE, value_high DOUBLE, "
            + "qualifier STRING, quantity_text STRING, sentence STRING, copy_of STRING, story_id STRING, "
            + "series_id STRING NOT NULL");
    static final StructType SOURCES = StructType.fromDDL("key STRING, name STRING, country STRING, type STRING, "
            + "aliases_seen ARRAY<STRING>, n_claims BIGINT, n_outlets BIGINT");

    static final List<Row> assertions = new ArrayList<>();
    static final List<Row> reports = new ArrayList<>();
    /** The story of each article, as the story stage gave it. */
    static final Map<String, String> storyOfDoc = new HashMap<>();

    static Map<String, Dataset<Row>> results;
    static Map<String, List<Row>> rows = new HashMap<>();

    /**
     * An assertion and the articles carrying it ({@code docs}: doc_id=outlet, all published on its
     * statement day, so first_published is that day too).
     */
    static void assertion(String id, String story, String series, String sourceKey, String sourceName, String metric,
            double low, Double high, String qualifier, String text, int day, String... docs) {
        String populationClass = series.endsWith("military") ? "military" : series.endsWith("aid") ? "other" : "people";
        LocalDate on = DEC.plusDays(day - 1);
        long outlets = java.util.Arrays.stream(docs).map(d -> d.split("=")[1]).distinct().count();
        assertions.add(RowFactory.create(id, sourceKey, sourceName, null, "other", metric, low, high, qualifier,
                populationClass, populationClass, null, story.equals(GAZA) ? "Gaza" : "border", null, text, on, on,
                (long) docs.length, outlets, (long) docs.length, story, series, LABEL.get(series)));
        for (String d : docs) {
            String doc = d.split("=")[0], outlet = d.split("=")[1];
            storyOfDoc.put(doc, story);
            reports.add(RowFactory.create("c-" + doc + "-" + id, id, doc, outlet, "https://" + outlet + "/" + doc, on, on,
                    sourceName, sourceKey, null, null, metric, low, high, qualifier, text, sourceName + " said " + text + ".",
                    null, story, series));
        }
    }

    @BeforeAll
    static void runReports(@TempDir Path html) {
        assertion("a-moh-1", GAZA, GAZA_KILLED, "PS-health", "Gaza Health Ministry", "killed", 45300, 45300.0, "exact",
                "45,300", 20, "g1=wire", "g2=daily", "g3=daily");
        assertion("a-un-gaza", GAZA, GAZA_KILLED, "UN", "United Nations", "killed", 45000, 45000.0, "approx",
                "about 45,000", 22, "g4=times");
        assertion("a-moh-2", GAZA, GAZA_KILLED, "PS-health", "Gaza Health Ministry", "killed", 45500, 45500.0, "exact",
                "45,500", 23, "g5=wire");
        assertion("a-un-aid", GAZA, GAZA_AID, "UN", "United Nations", "killed", 12, 12.0, "exact",
                "12", 23, "g6=times", "g7=post");
        assertion("b-army-killed", BORDER, BORDER_KILLED, "XX-military", "Army", "killed", 12, 12.0, "exact",
                "12", 21, "c1=gazette");
        assertion("b-army-casualties", BORDER, BORDER_CASUALTIES, "XX-military", "Army", "casualties", 12, 12.0, "exact",
                "12", 21, "c2=wire", "c3=gazette", "c4=herald");
        assertion("b-un", BORDER, BORDER_KILLED, "UN", "United Nations", "killed", 10, 10.0, "exact",
                "10", 23, "c5=herald");

        SparkSession spark = SharedSpark.get().newSession(); // its own temp views
        Tables.configure(spark);
        spark.createDataFrame(assertions, ASSERTIONS).createOrReplaceTempView(Tables.ASSERTIONS);
        spark.createDataFrame(reports, ASSERTION_REPORTS).createOrReplaceTempView(Tables.ASSERTION_REPORTS);
        spark.createDataFrame(List.of(
                RowFactory.create(GAZA, "Gaza · Israel", DEC.plusDays(19), DEC.plusDays(22), 7, 5),
                RowFactory.create(BORDER, "border clash", DEC.plusDays(20), DEC.plusDays(22), 5, 3)), Schemas.STORIES)
                .createOrReplaceTempView(Tables.STORIES);
        // the other views ReportJob registers, empty: a report may read them
        spark.createDataFrame(List.of(), Schemas.ARTICLES).createOrReplaceTempView(Tables.ARTICLES);
        spark.createDataFrame(List.of(), Schemas.CLAIMS).createOrReplaceTempView(Tables.CLAIMS);
        spark.createDataFrame(List.of(), SOURCES).createOrReplaceTempView(Tables.SOURCES);

        results = ReportJob.runQueries(spark, ProjectFiles.home().resolve("jobs/reports"), (name, result) -> result.cache());
        results.forEach((name, result) -> rows.put(name, result.collectAsList()));
        spark.sparkContext().setJobDescription(null);
        HtmlReport.write(html.toString(), ReportRows.of(results, spark.table(Tables.STORIES), List.of(), List.of(),
                new Pages.Run("test", "2024-12-24 00:00 UTC", List.of(), List.of())));
        index = parse(html.resolve("index.html"));
        gazaPage = parse(html.resolve("story/st-gaza.html"));
        borderPage = parse(html.resolve("story/st-border.html"));
    }

    static Document index, gazaPage, borderPage;

    static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, List<Row>> bySeries(String report) {
        return rows.get(report).stream().collect(Collectors.groupingBy(r -> r.getAs("series_id")));
    }

    /** Every report row says its story, series and label, and they agree with each other. */
    @Test
    void everyRowCarriesItsSeries() {
        for (var e : rows.entrySet()) {
            assertTrue(!e.getValue().isEmpty(), e.getKey() + " is empty");
            for (Row r : e.getValue()) {
                String series = r.getAs("series_id");
                assertEquals(LABEL.get(series), r.getAs("series_label"), e.getKey() + ": " + r);
                assertEquals(series.startsWith("se-gaza") ? GAZA : BORDER, r.getAs("story_id"), e.getKey() + ": " + r);
            }
        }
    }

    @Test
    void timelineComparesASourceWithItselfInOneSeriesOnly() {
        Map<String, Row> byAssertion = rows.get("timeline").stream()
                .collect(Collectors.toMap(r -> r.getAs("assertion_id"), r -> r));
        assertEquals(7, byAssertion.size());
        // the UN's 45,000, 12 and 10 are three series: each is the UN's first estimate there
        for (String id : List.of("a-un-gaza", "a-un-aid", "b-un")) {
            assertEquals("first", byAssertion.get(id).getAs("revision"), byAssertion.get(id).toString());
            assertNull(byAssertion.get(id).getAs("previous_value"));
        }
        Row revised = byAssertion.get("a-moh-2");
        assertEquals(45300.0, (Double) revised.getAs("previous_value"));
        assertEquals("up", revised.getAs("revision"));
    }

    @Test
    void convergenceSpreadsComeFromTheSeriesOwnSources() {
        Map<String, List<Row>> series = bySeries("convergence");
        assertEquals(Map.of(GAZA_KILLED, 4, GAZA_AID, 1, BORDER_KILLED, 3, BORDER_CASUALTIES, 1),
                series.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())),
                "days per series, from the series' first estimate to its last");
        Row gaza = day(series.get(GAZA_KILLED), 23);
        assertEquals(2L, (Long) gaza.getAs("n_sources"));
        assertEquals(45000.0, (Double) gaza.getAs("lowest_low"));
        assertEquals(45500.0, (Double) gaza.getAs("highest_high"));
        Row border = day(series.get(BORDER_KILLED), 23);
        assertEquals(2L, (Long) border.getAs("n_sources"));
        assertEquals(10.0, (Double) border.getAs("lowest_low"));
        assertEquals(12.0, (Double) border.getAs("highest_high"));
        assertEquals(1.2, (Double) border.getAs("spread_ratio"));
        for (Row r : rows.get("convergence")) {
            assertTrue((Double) r.getAs("highest_high") / (Double) r.getAs("lowest_low") < 2, "mixed series: " + r);
        }
    }

    private static Row day(List<Row> rows, int day) {
        return rows.stream().filter(r -> DEC.plusDays(day - 1).equals(r.getAs("day"))).findFirst().orElseThrow();
    }

    @Test
    void summaryHasOneRowPerSeriesWithItsOwnSourcesAndOutlets() {
        Map<String, List<Row>> series = bySeries("summary");
        assertEquals(LABEL.keySet(), series.keySet());
        series.values().forEach(s -> assertEquals(1, s.size(), s.toString()));
        Row gaza = series.get(GAZA_KILLED).get(0);
        assertEquals("Gaza Health Ministry: 45,300", gaza.getAs("first_estimate"));
        assertEquals("Gaza Health Ministry: 45,500", gaza.getAs("latest_estimate"));
        assertEquals(2L, (Long) gaza.getAs("n_sources"));
        assertEquals(3L, (Long) gaza.getAs("n_outlets"), "wire, daily, times");
        assertEquals("Gaza · Israel", gaza.getAs("story_label"));
        Row border = series.get(BORDER_KILLED).get(0);
        assertEquals("Army: 12", border.getAs("first_estimate"));
        assertEquals("United Nations: 10", border.getAs("latest_estimate"));
        assertEquals(2L, (Long) border.getAs("n_outlets"), "gazette, herald");
        assertEquals("border clash", border.getAs("story_label"));
        assertTrue(ConsoleSummary.lines(results).stream().anyMatch(l -> l.contains(LABEL.get(GAZA_KILLED))));
    }

    @Test
    void coverageRowsAreTheirAssertionsSeries() {
        Map<String, String> seriesOf = new HashMap<>();
        assertions.forEach(a -> seriesOf.put(a.getAs(0), a.getAs(ASSERTIONS.fieldIndex("series_id"))));
        long assertionOutlets = reports.stream().map(r -> r.getAs(1) + "|" + r.getAs(3)).distinct().count();
        assertEquals(assertionOutlets, rows.get("coverage").size(), "one row per assertion and outlet");
        for (Row r : rows.get("coverage")) {
            assertEquals(seriesOf.get(r.<String>getAs("assertion_id")), r.getAs("series_id"), r.toString());
        }
    }

    @Test
    void discrepanciesStayInTheirStory() {
        List<Row> d = rows.get("discrepancies");
        for (Row r : d) {
            assertEquals(storyOfDoc.get(r.<String>getAs("doc_id")), r.getAs("story_id"), "across stories: " + r);
        }
        // the army's 12 casualties reported as 12 dead: another series of the same story, reported
        assertTrue(d.stream().anyMatch(r -> "c1".equals(r.getAs("doc_id")) && "metric".equals(r.getAs("kind"))
                && BORDER_CASUALTIES.equals(r.getAs("series_id"))), d.toString());
        // the UN's 10 killed in the clash is not a misreported 12 aid workers killed in Gaza
        assertTrue(d.stream().noneMatch(r -> "c5".equals(r.getAs("doc_id"))), d.toString());
        assertEquals(1, d.size(), d.toString());
    }

    @Test
    void theHtmlReportHasAPagePerStoryWithAChartPerSeries() {
        assertEquals(List.of("story/st-border.html", "story/st-gaza.html"), index.select("article.story-card h3 a").eachAttr("href"),
                "most recent first: both end on the 23rd, the clash began later");
        assertEquals(Set.of("chart-" + GAZA_KILLED, "chart-" + GAZA_AID), Set.copyOf(gazaPage.select("div.chart").eachAttr("id")));
        assertEquals(Set.of("chart-" + BORDER_KILLED, "chart-" + BORDER_CASUALTIES),
                Set.copyOf(borderPage.select("div.chart").eachAttr("id")));
        // the latest estimate of each series on the index, with its source and day
        String gazaCard = index.select("article.story-card").get(1).text();
        assertTrue(gazaCard.contains("45,500") && gazaCard.contains("Gaza Health Ministry") && gazaCard.contains("2024-12-23"), gazaCard);
        // Gaza's chart holds Gaza's figures only, one colour per source
        String json = gazaPage.getElementById("chart-" + GAZA_KILLED + "-data").data();
        assertTrue(json.contains("45300") && !json.contains("\"source\":\"Army\""), json);
        assertEquals("3", gazaPage.getElementById("chart-" + GAZA_KILLED).attr("data-points"));
        // evidence: one row per assertion, outlets linked to their articles
        var rows = gazaPage.select("#s-" + GAZA_KILLED + " table.evidence tbody tr");
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(List.of("https://daily/g2", "https://daily/g3", "https://wire/g1"), // same day: by outlet
                rows.get(0).select("td.outlets a").eachAttr("href"));
        assertEquals("45,300", rows.get(0).select("mark").text());
        // the army's 12 casualties reported as 12 dead by the gazette: flagged on both rows
        assertTrue(borderPage.select("tr.flagged .discrepancy").size() >= 2, borderPage.select("tr.flagged").toString());
    }
}
