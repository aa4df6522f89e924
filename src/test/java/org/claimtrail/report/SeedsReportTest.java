package org.claimtrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.claimtrail.io.Tables;
import org.claimtrail.testing.PipelineRun;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the shared real dev articles (../shared/corpus/seeds), when they are there: the
 * NIS statement as one assertion across outlets, the sources' timeline, and the outlet that turned
 * casualties into dead. Skips on a clone without ../shared.
 */
class SeedsReportTest {

    static final Path SEEDS = ProjectFiles.home().resolve("../shared/corpus/seeds").normalize();

    @TempDir
    static Path dir;
    static PipelineRun run;

    @BeforeAll
    static void runPipeline() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/corpus/seeds is not here");
        run = new PipelineRun(SEEDS, dir.resolve("out"));
    }

    private static List<Row> rows(String table, String where) {
        return run.rows(table, where);
    }

    @Test
    void theNisStatementIsOneAssertionAcrossOutlets() {
        List<Row> a = rows(Tables.ASSERTIONS, "metric = 'killed' AND value_low = 100 AND value_high IS NULL");
        assertEquals(1, a.size(), a.toString());
        assertEquals("KR-intelligence", a.get(0).getAs("source_key"));
        assertTrue((long) a.get(0).getAs("n_articles") >= 4, a.toString());
        List<Row> wounded = rows(Tables.ASSERTIONS, "metric = 'wounded' AND value_low = 1000 AND value_high = 1000");
        assertEquals(1, wounded.size());
        assertTrue((long) wounded.get(0).getAs("n_articles") >= 3);
    }

    @Test
    void timelineHasEachSourcesFigureOnItsDay() {
        List<Row> t = run.tables.read(run.spark, "reports/timeline").collectAsList();
        assertTrue(has(t, "casualties", 300.0, 900.0, "2024-12-17"), "US official, several hundred");
        assertTrue(has(t, "casualties", 36.0, 108.0, "2024-12-16"), "Kirby, several dozen");
        assertTrue(has(t, "casualties", 30.0, 30.0, "2024-12-16"), "Ukraine's intelligence, around 30");
        assertTrue(has(t, "casualties", 200.0, null, "2024-12-18"), "Kovalenko, more than 200");
        assertTrue(has(t, "killed", 100.0, null, "2024-12-19"), "NIS, at least 100");
    }

    private static boolean has(List<Row> t, String metric, Double low, Double high, String date) {
        return t.stream().anyMatch(r -> metric.equals(r.getAs("metric")) && java.util.Objects.equals(low, r.getAs("value_low"))
                && java.util.Objects.equals(high, r.getAs("value_high")) && r.getAs("stated_on") != null
                && date.equals(r.getAs("stated_on").toString()));
    }

    @Test
    void discrepanciesListTheArticleThatCallsTheUsFigureDead() {
        List<Row> d = rows("reports/discrepancies", "article_text LIKE '%few hundred%'");
        assertTrue(d.stream().anyMatch(r -> r.<String>getAs("doc_id").startsWith("001_") && r.getAs("kind").equals("metric")
                && r.getAs("article_metric").equals("killed") && r.getAs("assertion_metric").equals("casualties")), d.toString());
    }
}
