package org.claimtrail.story;

import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Estimate series: one quantity estimated over time, so that convergence compares like with like.
 * A claim's series is its story, metric, population class and actor ("killed · military · KP" in the
 * Kursk story). A claim that does not say whose people were counted joins its article's actor for that
 * metric and class when the article names only one; otherwise it stays in its story's series for that
 * metric and class without an actor, and it never joins another story's series.
 * An article without a story is a story of its own. A war's running total ("Russian losses since the
 * start of the invasion") is the campaign's series, across the stories that report it.
 */
public final class EstimateSeries {

    private EstimateSeries() {
    }

    /** The claims with {@code series_id} set (replacing the column in place); deterministic. */
    public static Dataset<Row> assign(Dataset<Row> claims) {
        return assign(claims, java.util.List.of());
    }

    /**
     * @param cumulativeCues phrases ("since the start of the war") that make a figure a campaign's
     *                       running total: with its place's country and its actor known, its series is
     *                       the campaign's (country, actor), whichever story tells it
     */
    public static Dataset<Row> assign(Dataset<Row> claims, java.util.List<String> cumulativeCues) {
        Column story = coalesce(col("story_id"), concat(lit("doc:"), col("doc_id")));
        // within the article: a story may have two sides, and "12,000 troops" of one article must not
        // join the other side's series because only that side is named elsewhere in the story
        WindowSpec quantity = Window.partitionBy(col("doc_id"), col("metric"), col("population_class"));
        Column actors = collect_set(col("population_actor")).over(quantity); // nulls are not collected
        Column actor = when(col("population_actor").isNotNull(), col("population_actor"))
                .when(size(actors).equalTo(1), array_min(actors));
        // one pattern of all the cues, matched once per sentence
        Column cumulative = cumulativeCues.isEmpty() ? lit(false) : lower(col("sentence")).rlike(String.join("|",
                cumulativeCues.stream().map(java.util.regex.Pattern::quote).toList()));
        Column campaign = when(cumulative.and(col("place_country").isNotNull()).and(actor.isNotNull()),
                concat(lit("campaign:"), col("place_country"), lit("|"), actor)).otherwise(story);
        return claims.withColumn("series_id", id(campaign, col("metric"), col("population_class"), actor));
    }

    /** A series' id: a hash of what defines it, so the same input gives the same ids. */
    static Column id(Column story, Column metric, Column populationClass, Column actor) {
        return substring(sha2(concat_ws("|", story, metric, coalesce(populationClass, lit("")), coalesce(actor, lit(""))), 256), 1, 16);
    }

    /**
     * A readable label of a series: "killed · military (KP) · Kursk, North Korea". Takes the
     * series' columns (population class, actor) and the story's label, which may be null.
     */
    public static Column label(Column metric, Column populationClass, Column actor, Column storyLabel) {
        Column who = concat(coalesce(populationClass, lit("people")),
                when(actor.isNotNull(), concat(lit(" ("), actor, lit(")"))).otherwise(lit("")));
        return concat_ws(" · ", metric, who, storyLabel);
    }
}
