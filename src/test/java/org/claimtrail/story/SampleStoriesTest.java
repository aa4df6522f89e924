package org.claimtrail.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.claimtrail.io.Tables;
import org.claimtrail.testing.PipelineRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story stage in the whole pipeline on data/sample: every article has a story, the El Fasher
 * reports (a wire story, its copy, a recap) are one story, the stories of different places are not
 * merged, and claims and assertions sit in series of their own story.
 */
class SampleStoriesTest {

    static Map<String, String> storyOf = new HashMap<>();
    static PipelineRun run;

    @BeforeAll
    static void runPipeline() {
        run = PipelineRun.sample();
        for (Row r : run.rows(Tables.ARTICLES, "true")) {
            storyOf.put(r.getAs("doc_id"), r.getAs("story_id"));
        }
    }

    @Test
    void everyArticleHasAStory() {
        assertEquals(run.rows(Tables.ARTICLES, "true").size(), storyOf.size());
        long inStories = run.rows(Tables.STORIES, "true").stream().mapToLong(r -> (int) r.getAs("n_articles")).sum();
        assertEquals(storyOf.size(), inStories);
    }

    @Test
    void theRunCommitsTheArticlesWithStoriesAsANewVersion() {
        Row runRow = run.rows(Tables.RUNS, "true").get(0);
        long committed = runRow.<String, Long>getJavaMap(runRow.fieldIndex("table_versions")).get(Tables.ARTICLES);
        assertEquals(1L, committed, "ingest wrote version 0, the story stage's overwrite version 1, in the same run");
        assertEquals(run.tables.latestVersion(run.spark, Tables.ARTICLES), committed);
        assertEquals(0, run.tables.readAsOfRun(run.spark, Tables.ARTICLES, runRow.getAs("run_id")).filter("story_id IS NULL").count());
    }

    @Test
    void elFasherReportsAreOneStory() {
        for (String doc : List.of("015_el_fasher_wire", "016_el_fasher_wire_copy", "017_el_fasher_recap")) {
            assertEquals(storyOf.get("002_sudan_el_fasher"), storyOf.get(doc), doc);
        }
    }

    @Test
    void differentPlacesAreDifferentStories() {
        List<String> docs = List.of("001_kursk_losses", "002_sudan_el_fasher", "003_gaza_shelters", "004_myanmar_rakhine",
                "007_goma_displaced", "011_haiti_gangs", "012_syria_prisons", "014_taiwan_drills");
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                assertNotEquals(storyOf.get(docs.get(i)), storyOf.get(docs.get(j)), docs.get(i) + " and " + docs.get(j));
            }
        }
    }

    @Test
    void claimsCarryTheirArticlesStoryAndNoSeriesSpansTwoStories() {
        Map<String, String> storyOfSeries = new HashMap<>();
        for (Row c : run.rows(Tables.CLAIMS, "true")) {
            assertEquals(storyOf.get(c.<String>getAs("doc_id")), c.getAs("story_id"), c.<String>getAs("claim_id"));
            String before = storyOfSeries.putIfAbsent(c.getAs("series_id"), c.getAs("story_id"));
            assertEquals(before == null ? c.getAs("story_id") : before, c.getAs("story_id"), "series " + c.getAs("series_id"));
        }
        for (Row a : run.rows(Tables.ASSERTIONS, "true")) {
            assertEquals(storyOfSeries.get(a.<String>getAs("series_id")), a.getAs("story_id"), a.<String>getAs("series_label"));
        }
    }

    @Test
    void theKilledOfGazaHaitiAndSudanAreThreeSeries() {
        Map<String, java.util.Set<String>> seriesOfDoc = new HashMap<>();
        for (Row c : run.rows(Tables.CLAIMS, "metric = 'killed'")) {
            seriesOfDoc.computeIfAbsent(c.getAs("doc_id"), d -> new java.util.HashSet<>()).add(c.getAs("series_id"));
        }
        List<String> docs = List.of("002_sudan_el_fasher", "003_gaza_shelters", "011_haiti_gangs");
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                java.util.Set<String> shared = new java.util.HashSet<>(seriesOfDoc.getOrDefault(docs.get(i), java.util.Set.of()));
                shared.retainAll(seriesOfDoc.getOrDefault(docs.get(j), java.util.Set.of()));
                assertEquals(java.util.Set.of(), shared, docs.get(i) + " and " + docs.get(j));
            }
        }
        assertEquals(3, docs.stream().filter(seriesOfDoc::containsKey).count(), "each has killed claims: " + seriesOfDoc.keySet());
    }
}
