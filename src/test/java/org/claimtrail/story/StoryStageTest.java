package org.claimtrail.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import scala.jdk.javaapi.CollectionConverters;

/**
 * The whole story stage on a tiny in-memory corpus of term sets: three stories on the same days, a
 * round-up that mentions all three, a story that runs for weeks past the window, an undated article,
 * and an article about nothing else.
 */
class StoryStageTest {

    static SparkSession spark;
    static Map<String, String> storyOf = new HashMap<>();
    static Map<String, Row> stories = new HashMap<>();
    static final LocalDate DAY0 = LocalDate.of(2025, 3, 1);

    static Row term(String term, String kind, double count) {
        return RowFactory.create(term, kind, term.substring(2), count);
    }

    /** An article: names (places first) and words, each counted twice. */
    static Row article(String id, Integer day, String outlet, List<String> places, List<String> actors, List<String> words) {
        List<Row> terms = new ArrayList<>();
        places.forEach(p -> terms.add(term("e:" + p, StoryTerms.PLACE, 2)));
        actors.forEach(a -> terms.add(term("e:" + a, StoryTerms.ACTOR, 2)));
        words.forEach(w -> terms.add(term("w:" + w, StoryTerms.WORD, 2)));
        return RowFactory.create(id, day == null ? null : DAY0.plusDays(day), outlet, CollectionConverters.asScala(terms).toSeq());
    }

    static List<Row> corpus() {
        List<Row> rows = new ArrayList<>();
        String[][] stories = {
            {"quake", "Antakya", "Hatay", "AFAD", "rubble", "aftershock", "rescuer", "collapse"},
            {"fire", "Lahaina", "Maui", "FEMA", "wildfire", "blaze", "evacuation", "burn"},
            {"siege", "El Fasher", "Darfur", "RSF", "siege", "shelling", "famine", "militia"},
        };
        for (String[] s : stories) {
            for (int i = 0; i < 5; i++) {
                rows.add(article(s[0] + i, i, "outlet" + i, List.of(s[1], s[2]), List.of(s[3]),
                        List.of(s[4], s[5], s[6], s[7], s[0] + "-detail" + i)));
            }
        }
        // a round-up: one paragraph on each story
        rows.add(article("roundup", 2, "digest", List.of("Antakya", "Lahaina", "El Fasher"), List.of("AFAD", "FEMA", "RSF"),
                List.of("rubble", "wildfire", "siege")));
        // a story covered for 60 days, each article resembling the previous ones, the first and last nothing alike
        for (int i = 0; i < 13; i++) {
            rows.add(article("strike" + (10 + i), 5 * i, "outlet" + (i % 3), List.of("Port Lumen", "region" + (i / 3)),
                    List.of("union" + (i / 4)), List.of("strike", "wage" + (i / 3), "picket" + (i / 5), "talks" + (i / 2))));
        }
        // undated, clearly about the fire
        rows.add(article("fire-undated", null, "outlet9", List.of("Lahaina", "Maui"), List.of("FEMA"),
                List.of("wildfire", "blaze", "evacuation")));
        rows.add(article("lonely", 3, "outlet1", List.of("Elsewhere"), List.of(), List.of("festival", "parade")));
        return rows;
    }

    @BeforeAll
    static void group() {
        spark = SharedSpark.get();
        Dataset<Row> terms = spark.createDataFrame(corpus(), StoryStage.ARTICLE_TERMS);
        StoryStage.Result result = StoryStage.group(terms, StoryParams.defaults().withWindow(10).withHorizon(30));
        for (Row r : result.articleStories().collectAsList()) {
            storyOf.put(r.getString(0), r.getString(1));
        }
        for (Row r : result.stories().collectAsList()) {
            stories.put(r.getString(0), r);
        }
    }

    @Test
    void everyArticleHasOneStory() {
        assertEquals(corpus().size(), storyOf.size());
    }

    @Test
    void theRoundUpMergesNothing() {
        for (String s : List.of("quake", "fire", "siege")) {
            for (int i = 1; i < 5; i++) {
                assertEquals(storyOf.get(s + "0"), storyOf.get(s + i), s + i);
            }
        }
        assertNotEquals(storyOf.get("quake0"), storyOf.get("fire0"));
        assertNotEquals(storyOf.get("fire0"), storyOf.get("siege0"));
        assertNotEquals(storyOf.get("quake0"), storyOf.get("siege0"));
    }

    @Test
    void aLongStoryPicksUpEachDaysArticles() {
        for (int i = 11; i < 23; i++) {
            assertEquals(storyOf.get("strike10"), storyOf.get("strike" + i), "strike" + i);
        }
        Row strike = stories.get(storyOf.get("strike10"));
        assertEquals(DAY0, strike.getAs("first_date"));
        assertEquals(DAY0.plusDays(60), strike.getAs("last_date"));
        assertEquals(13, (int) strike.getAs("n_articles"));
        assertEquals(3, (int) strike.getAs("n_outlets"));
    }

    @Test
    void anUndatedArticleJoinsTheStoryItIsAbout() {
        assertEquals(storyOf.get("fire0"), storyOf.get("fire-undated"));
    }

    @Test
    void anArticleAboutNothingElseIsAStoryOfItsOwn() {
        assertEquals(1, (int) stories.get(storyOf.get("lonely")).getAs("n_articles"));
    }

    @Test
    void idsComeFromTheEarliestArticle() {
        assertEquals(StoryStage.storyId("fire0"), storyOf.get("fire0"));
        assertEquals(StoryStage.storyId("strike10"), storyOf.get("strike15"));
    }

    @Test
    void labelsNameTheTopPlacesThenActors() {
        assertEquals("Lahaina, Maui, FEMA", stories.get(storyOf.get("fire0")).getAs("label"));
    }
}
