package org.claimtrail.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.Test;

/** Series keys on a tiny in-memory claims table. */
class EstimateSeriesTest {

    static final StructType CLAIMS = new StructType()
            .add("claim_id", DataTypes.StringType)
            .add("doc_id", DataTypes.StringType)
            .add("story_id", DataTypes.StringType)
            .add("metric", DataTypes.StringType)
            .add("population_class", DataTypes.StringType)
            .add("population_actor", DataTypes.StringType)
            .add("place_country", DataTypes.StringType)
            .add("sentence", DataTypes.StringType)
            .add("series_id", DataTypes.StringType);

    static Map<String, String> series(List<Row> rows) {
        Dataset<Row> claims = SharedSpark.get().createDataFrame(rows, CLAIMS);
        Map<String, String> out = new HashMap<>();
        for (Row r : EstimateSeries.assign(claims, List.of("since the start of the war")).collectAsList()) {
            out.put(r.getAs("claim_id"), r.getAs("series_id"));
        }
        return out;
    }

    static Row claim(String id, String doc, String story, String metric, String cls, String actor) {
        return claim(id, doc, story, metric, cls, actor, null, "Officials gave the figure.");
    }

    static Row claim(String id, String doc, String story, String metric, String cls, String actor, String placeCountry,
                     String sentence) {
        return RowFactory.create(id, doc, story, metric, cls, actor, placeCountry, sentence, "");
    }

    @Test
    void theSameQuantityInTwoStoriesIsTwoSeries() {
        Map<String, String> s = series(List.of(
                claim("gaza", "d1", "st-gaza", "killed", "people", null),
                claim("haiti", "d2", "st-haiti", "killed", "people", null),
                claim("gaza-again", "d3", "st-gaza", "killed", "people", null)));
        assertNotEquals(s.get("gaza"), s.get("haiti"));
        assertEquals(s.get("gaza"), s.get("gaza-again"));
    }

    @Test
    void metricClassAndActorSeparateSeriesWithinAStory() {
        Map<String, String> s = series(List.of(
                claim("kp-killed", "d1", "st-kursk", "killed", "military", "KP"),
                claim("kp-wounded", "d1", "st-kursk", "wounded", "military", "KP"),
                claim("ru-killed", "d2", "st-kursk", "killed", "military", "RU"),
                claim("civilians", "d2", "st-kursk", "killed", "civilians", null)));
        assertEquals(4, new java.util.HashSet<>(s.values()).size());
    }

    @Test
    void aClaimNamingNoActorJoinsItsArticlesOnlyActorOfItsQuantity() {
        Map<String, String> one = series(List.of(
                claim("named", "d1", "st-kursk", "killed", "military", "KP"),
                claim("unnamed", "d1", "st-kursk", "killed", "military", null),
                claim("other-article", "d2", "st-kursk", "killed", "military", null),
                claim("elsewhere", "d3", "st-other", "killed", "military", null)));
        assertEquals(one.get("named"), one.get("unnamed"));
        // another article of the story may count the other side: it keeps the story's series without actor
        assertNotEquals(one.get("named"), one.get("other-article"));
        assertNotEquals(one.get("other-article"), one.get("elsewhere")); // never into another story's series
        Map<String, String> two = series(List.of(
                claim("kp", "d1", "st-kursk", "killed", "military", "KP"),
                claim("ru", "d1", "st-kursk", "killed", "military", "RU"),
                claim("unnamed", "d1", "st-kursk", "killed", "military", null)));
        assertNotEquals(two.get("kp"), two.get("unnamed"));
        assertNotEquals(two.get("ru"), two.get("unnamed"));
    }

    @Test
    void anArticleWithoutAStoryIsAStoryOfItsOwn() {
        Map<String, String> s = series(List.of(
                claim("a", "d1", null, "killed", "people", null),
                claim("b", "d2", null, "killed", "people", null)));
        assertNotEquals(s.get("a"), s.get("b"));
        assertEquals(s, series(List.of(claim("a", "d1", null, "killed", "people", null),
                claim("b", "d2", null, "killed", "people", null))), "same input, same ids");
    }

    @Test
    void aWarsRunningTotalIsTheCampaignsSeriesInWhicheverStory() {
        String total = "Kyiv said Russian losses since the start of the war passed 600,000.";
        Map<String, String> s = series(List.of(
                claim("in-kursk", "d1", "st-kursk", "casualties", "military", "RU", "UA", total),
                claim("in-pokrovsk", "d2", "st-pokrovsk", "casualties", "military", "RU", "UA", total),
                claim("monthly", "d3", "st-pokrovsk", "casualties", "military", "RU", "UA", "Russia lost 40,000 in November."),
                claim("no-place", "d4", "st-kursk", "casualties", "military", "RU", null, total)));
        assertEquals(s.get("in-kursk"), s.get("in-pokrovsk"));
        assertNotEquals(s.get("in-pokrovsk"), s.get("monthly"));
        assertNotEquals(s.get("in-kursk"), s.get("no-place")); // no place, no campaign: its story's series
    }
}
