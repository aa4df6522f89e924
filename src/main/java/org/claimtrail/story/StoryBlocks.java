package org.claimtrail.story;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The blocks the story linkage works in: connected components of the similarity edges, cut until
 * each is small enough for the in-memory average linkage of {@link StoryLinkage}.
 */
public final class StoryBlocks {

    private StoryBlocks() {
    }

    /** The similarity factors of the levels of {@link #bounded}: each splits what the last left too large. */
    private static final double[] FACTORS = {1, 1.5, 2, 3, 4, 6};

    /**
     * Blocks of at most {@code maxBlock} articles: the connected components of the edges, and where a
     * component is larger (round-ups and common vocabulary can join many stories into one), the
     * components of its stronger edges only, the threshold rising until every block is small enough
     * (past the last step, what is still too large is cut by date window). This keeps the in-memory
     * linkage of a block bounded.
     *
     * <p>The edges stream through the driver once, one partition at a time, into a {@link BlockCutter}
     * that runs every level in memory: linear in the edges, with driver memory for the edges
     * (16 bytes each, up to twice that as the arrays grow; edges under the threshold join nothing) and one entry per article that has one. (A Spark job
     * per level, and iterating joins per hop of the longest chain, cost more in fixed time than the
     * whole computation.)
     */
    public static Dataset<Row> bounded(Dataset<Row> vectors, Dataset<Row> edges, StoryParams p) {
        BlockCutter cutter = new BlockCutter();
        Iterator<Row> it = edges.select("a", "b", "sim").toLocalIterator();
        while (it.hasNext()) {
            Row e = it.next();
            cutter.add(e.getString(0), e.getString(1), e.getDouble(2));
        }
        List<Row> rows = new ArrayList<>();
        cutter.blocks(p.edgeThreshold(), FACTORS, p.maxBlock())
                .forEach((doc, block) -> rows.add(RowFactory.create(doc, block.name(), block.cut())));
        StructType schema = new StructType().add("edge_doc", DataTypes.StringType, false)
                .add("edge_block", DataTypes.StringType, false).add("cut", DataTypes.BooleanType, false);
        Dataset<Row> assigned = vectors.sparkSession().createDataFrame(rows, schema);
        Dataset<Row> days = vectors.select("doc_id", "day");
        Column block = coalesce(col("edge_block"), col("doc_id"));
        // still too large after the last level: cut by date window, the one split that keeps each day's articles together
        Column window = coalesce(floor(col("day").divide(Math.max(1, p.windowDays()))).cast("string"), lit("undated"));
        return days.join(assigned, days.col("doc_id").equalTo(assigned.col("edge_doc")), "left")
                .select(col("doc_id"), when(col("cut"), concat_ws("/", block, window)).otherwise(block).as("block"));
    }
}
