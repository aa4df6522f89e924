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

    public static void main(String[] args) throws Exception {
        SparkSession spark = SharedSpark.get();
        Tables tables = new Tables(Path.of(args[0]));
        Dataset<Row> terms = StoryStage.articleTerms(tables.read(spark, Tables.ARTICLES),
                tables.read(spark, Tables.ANNOTATIONS), StoryTerms.load(Path.of(args[1])));
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
