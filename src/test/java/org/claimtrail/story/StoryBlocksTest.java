package org.claimtrail.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.Test;

/** Story blocks as Spark rows: every article gets one, and an oversized one is cut by date window. */
class StoryBlocksTest {

    @Test
    void everyArticleGetsABlockAndAnOversizedOneIsCutByWindow() {
        SparkSession spark = SharedSpark.get();
        StructType days = new StructType().add("doc_id", DataTypes.StringType, false).add("day", DataTypes.IntegerType, true);
        Dataset<Row> vectors = spark.createDataFrame(List.of(RowFactory.create("a", 1), RowFactory.create("b", 2),
                RowFactory.create("c", 12), RowFactory.create("d", null), RowFactory.create("e", 3),
                RowFactory.create("f", 4), RowFactory.create("g", 5)), days);
        StructType edge = new StructType().add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false)
                .add("sim", DataTypes.DoubleType, false);
        // a, b, c, d strongly linked (too many for blocks of three at every level); e and f weakly; g alone
        Dataset<Row> edges = spark.createDataFrame(List.of(RowFactory.create("a", "b", 0.9), RowFactory.create("b", "c", 0.9),
                RowFactory.create("c", "d", 0.9), RowFactory.create("e", "f", 0.05), RowFactory.create("a", "g", 0.01)), edge);
        StoryParams d = StoryParams.defaults();
        StoryParams p = new StoryParams(10, d.linkThreshold(), d.horizonDays(), d.continueThreshold(), 0.04, d.attachThreshold(),
                d.maxTerms(), d.idfPriorArticles(), d.nameBoost(), d.bands(), d.rowsPerBand(), d.minBandHits(), d.neighbours(), 3,
                d.maxPosting());
        Map<String, String> blockOf = new HashMap<>();
        StoryBlocks.bounded(vectors, edges, p).collectAsList().forEach(r -> blockOf.put(r.getString(0), r.getString(1)));
        assertEquals(Map.of("a", "a/0", "b", "a/0", "c", "a/1", "d", "a/undated", "e", "e", "f", "e", "g", "g"), blockOf);
    }
}
