package org.claimtrail.story;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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

    /**
     * Blocks of at most {@code maxBlock} articles: the connected components of the edges, and where a
     * component is larger (round-ups and common vocabulary can join many stories into one), the
     * components of its stronger edges only, the threshold rising until every block is small enough
     * (past the last step, what is still too large is cut by date window). This keeps the in-memory
     * linkage of a block bounded.
     */
    public static Dataset<Row> bounded(Dataset<Row> vectors, Dataset<Row> edges, StoryParams p) {
        Dataset<Row> done = null;
        Dataset<Row> days = vectors.select("doc_id", "day");
        Dataset<Row> docs = vectors.select("doc_id");
        Dataset<Row> open = edges;
        double[] factors = {1, 1.5, 2, 3, 4, 6};
        for (int level = 0; level < factors.length; level++) {
            Dataset<Row> labels = blocks(docs, open.filter(col("sim").geq(p.edgeThreshold() * factors[level])));
            Dataset<Row> sized = labels.join(labels.groupBy("block").agg(count("*").as("size")), "block").localCheckpoint();
            boolean last = level == factors.length - 1;
            Dataset<Row> small = sized.filter(col("size").leq(p.maxBlock())).select("doc_id", "block");
            if (last) {
                // still too large: cut by date window, the one split that keeps each day's articles together
                Dataset<Row> cut = sized.filter(col("size").gt(p.maxBlock())).join(days, "doc_id")
                        .select(col("doc_id"), org.apache.spark.sql.functions.concat_ws("/", col("block"),
                                org.apache.spark.sql.functions.coalesce(
                                        org.apache.spark.sql.functions.floor(col("day").divide(Math.max(1, p.windowDays()))).cast("string"),
                                        lit("undated"))).as("block"));
                small = small.union(cut);
            }
            done = done == null ? small : done.union(small);
            if (last) {
                break;
            }
            docs = sized.filter(col("size").gt(p.maxBlock())).select("doc_id").localCheckpoint();
            if (docs.isEmpty()) {
                break;
            }
            Dataset<Row> keep = docs;
            open = open.join(keep.withColumnRenamed("doc_id", "a"), "a").join(keep.withColumnRenamed("doc_id", "b"), "b")
                    .select("a", "b", "sim");
        }
        return done;
    }

    /**
     * Connected components of the edges: {@code (doc_id, block)} for every article, the block being the
     * smallest doc_id of its component (an article without edges is its own block). The edges stream
     * through the driver one partition at a time into a union-find over the articles that have edges:
     * linear in the edges, with driver memory for one entry per such article (iterating joins in Spark
     * takes a round per hop of the longest chain, each round several shuffles).
     */
    public static Dataset<Row> blocks(Dataset<Row> docIds, Dataset<Row> edges) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        Iterator<Row> it = edges.select("a", "b").toLocalIterator();
        while (it.hasNext()) {
            Row e = it.next();
            int a = find(parent, indexOf(e.getString(0), index, names, parent));
            int b = find(parent, indexOf(e.getString(1), index, names, parent));
            if (a != b) {
                // the root is the smaller doc_id, so the block's name is its smallest doc_id
                if (names.get(a).compareTo(names.get(b)) < 0) {
                    parent.set(b, a);
                } else {
                    parent.set(a, b);
                }
            }
        }
        List<Row> rows = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            rows.add(RowFactory.create(names.get(i), names.get(find(parent, i))));
        }
        StructType schema = new StructType().add("edge_doc", DataTypes.StringType, false).add("edge_block", DataTypes.StringType, false);
        Dataset<Row> linked = docIds.sparkSession().createDataFrame(rows, schema);
        return docIds.join(linked, docIds.col("doc_id").equalTo(linked.col("edge_doc")), "left")
                .select(col("doc_id"), org.apache.spark.sql.functions.coalesce(col("edge_block"), col("doc_id")).as("block"));
    }

    private static int indexOf(String doc, Map<String, Integer> index, List<String> names, List<Integer> parent) {
        Integer i = index.get(doc);
        if (i == null) {
            i = names.size();
            index.put(doc, i);
            names.add(doc);
            parent.add(i);
        }
        return i;
    }

    private static int find(List<Integer> parent, int i) {
        int root = i;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(i) != root) {
            int next = parent.get(i);
            parent.set(i, root);
            i = next;
        }
        return root;
    }
}
