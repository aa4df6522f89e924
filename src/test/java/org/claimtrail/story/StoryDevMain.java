package org.claimtrail.story;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;

/**
 * Developer loop for story grouping: reads a run's articles and annotations, writes every pair's
 * cosine similarity and day gap ({@code pairs.tsv}) and each article's heaviest terms
 * ({@code terms.tsv}) to look at the distributions with any tool.
 * Usage: StoryDevMain OUTPUT_DIR LEXICON_DIR WORK_DIR
 */
public final class StoryDevMain {

    private static long t0 = System.nanoTime();

    private static void lap(String what, long n) {
        System.out.printf("%s: %d (%.1f s)%n", what, n, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
    }

    /** Times each step of {@link StoryStage#group} on a run's articles. */
    static void time(SparkSession spark, Dataset<Row> terms) {
        StoryParams p = StoryParams.defaults();
        lap("terms", terms.count());
        Dataset<Row> vectors = StoryStage.vectors(terms, p).cache();
        lap("vectors", vectors.count());
        Dataset<Row> pairs = StoryStage.candidatePairs(vectors, p).cache();
        lap("candidate pairs", pairs.count());
        Dataset<Row> edges = StoryStage.similarities(pairs, vectors).filter("sim >= " + p.edgeThreshold()).cache();
        lap("edges", edges.count());
        Dataset<Row> blocks = StoryBlocks.bounded(vectors, edges, p).cache();
        lap("blocks", blocks.select("block").distinct().count());
        Dataset<Row> links = StoryStage.link(vectors, blocks, p).cache();
        lap("stories", links.select("story_id").distinct().count());
        lap("stories table", StoryStage.stories(links, terms).count());
    }

    public static void main(String[] args) throws Exception {
        SparkSession spark = SharedSpark.get();
        Tables tables = new Tables(Path.of(args[0]));
        Dataset<Row> terms = StoryStage.articleTerms(tables.read(spark, Tables.ARTICLES),
                tables.read(spark, Tables.ANNOTATIONS), StoryTerms.load(Path.of(args[1])));
        if (args.length > 3 && args[3].equals("stories")) {
            tables.read(spark, Tables.ANNOTATIONS).selectExpr("doc_id", "explode(sentences) AS s").selectExpr("doc_id", "explode(s.tokens) AS t")
                    .groupBy("t.ner").count().show();
            terms.selectExpr("doc_id", "explode(terms) AS t").groupBy("t.kind").count().show();
            Dataset<Row> as = tables.read(spark, Tables.ARTICLES).select("doc_id", "story_id");
            as.join(terms, "doc_id").selectExpr("story_id", "explode(terms) AS t").filter("t.kind IN ('place', 'actor')").show(10, false);
            StoryStage.stories(as, terms).show(false);
            return;
        }
        if (args.length > 3 && args[3].equals("time")) {
            time(spark, terms.cache());
            return;
        }
        List<Row> v = StoryStage.vectors(terms, StoryParams.defaults()).collectAsList();
        Path work = Path.of(args[2]);
        Files.createDirectories(work);
        try (BufferedWriter w = Files.newBufferedWriter(work.resolve("pairs.tsv"))) {
            for (int i = 0; i < v.size(); i++) {
                for (int j = i + 1; j < v.size(); j++) {
                    Row a = v.get(i);
                    Row b = v.get(j);
                    String gap = a.isNullAt(1) || b.isNullAt(1) ? "" : String.valueOf(Math.abs(a.getInt(1) - b.getInt(1)));
                    double s = StoryStage.dot(a.getList(2), a.getList(3), b.getList(2), b.getList(3));
                    w.write(a.getString(0) + "\t" + b.getString(0) + "\t" + gap + "\t" + s + "\n");
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(work.resolve("terms.tsv"))) {
            for (Row a : v) {
                List<String> t = a.getList(2);
                List<Double> x = a.getList(3);
                StringBuilder sb = new StringBuilder(a.getString(0));
                java.util.List<Integer> idx = new java.util.ArrayList<>();
                for (int i = 0; i < t.size(); i++) {
                    idx.add(i);
                }
                idx.sort((p, q) -> Double.compare(x.get(q), x.get(p)));
                for (int i = 0; i < Math.min(15, idx.size()); i++) {
                    sb.append('\t').append(t.get(idx.get(i))).append(String.format(":%.2f", x.get(idx.get(i))));
                }
                w.write(sb + "\n");
            }
        }
        spark.stop();
    }
}
