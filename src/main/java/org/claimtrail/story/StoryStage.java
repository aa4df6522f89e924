package org.claimtrail.story;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.annotate.AnnotateStage;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Articles into stories, as Spark transformations:
 * <ol>
 * <li>{@link #articleTerms}: each article's names and content words ({@link StoryTerms});</li>
 * <li>{@link #vectors}: TF-IDF weights (names boosted), the heaviest terms kept, unit length;</li>
 * <li>{@link #candidatePairs}: MinHash LSH over the kept terms, bucketed by date window, so only
 *     articles that agree on a band and are within the window of each other are compared (the cost
 *     grows with the number of articles, not its square);</li>
 * <li>{@link #blocks}: connected components of the candidate pairs similar enough;</li>
 * <li>{@link #link}: average linkage inside each block ({@link StoryLinkage}), then groups of undated
 *     articles join the dated story their centroid resembles;</li>
 * <li>{@link #stories}: one row per story: label, dates, article and outlet counts.</li>
 * </ol>
 * A story's id is a hash of its earliest article's doc_id (undated last, then by doc_id), so the
 * same input gives the same ids.
 */
public final class StoryStage {

    private StoryStage() {
    }

    public static final StructType TERM = new StructType()
            .add("term", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("display", DataTypes.StringType, false)
            .add("count", DataTypes.DoubleType, false);

    /** The stage's input: what {@link #articleTerms} makes of articles, or a synthetic corpus. */
    public static final StructType ARTICLE_TERMS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("published", DataTypes.DateType, true)
            .add("outlet", DataTypes.StringType, true)
            .add("terms", DataTypes.createArrayType(TERM, false), false);

    private static final StructType VECTOR = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("day", DataTypes.IntegerType, true)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("weights", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    private static final StructType BUCKETED = new StructType()
            .add("bucket", DataTypes.LongType, false)
            .add("doc_id", DataTypes.StringType, false)
            .add("day", DataTypes.IntegerType, true);

    private static final StructType PAIR = new StructType()
            .add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false);

    private static final StructType EDGE = new StructType()
            .add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false)
            .add("sim", DataTypes.DoubleType, false);

    private static final StructType CLUSTERED = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("cluster", DataTypes.StringType, false)
            .add("undated", DataTypes.BooleanType, false);

    /** The two output tables. */
    public record Result(Dataset<Row> articleStories, Dataset<Row> stories) {
    }

    /** Each article's terms: articles joined with their annotations (an article without any still gets its text's terms). */
    public static Dataset<Row> articleTerms(Dataset<Row> articles, Dataset<Row> annotations, StoryTerms reader) {
        Dataset<Row> joined = articles.select("doc_id", "published", "outlet", "title", "text")
                .join(annotations.select("doc_id", "sentences"), new String[] {"doc_id"}, "left");
        return joined.map((MapFunction<Row, Row>) r -> {
            List<Row> terms = new ArrayList<>();
            var sentences = r.isNullAt(r.fieldIndex("sentences")) ? List.<org.claimtrail.annotate.AnnotatedArticle.Sentence>of()
                    : AnnotateStage.sentences(r);
            for (StoryTerms.Term t : reader.of(r.getAs("title"), r.getAs("text"), sentences, r.getAs("outlet"))) {
                terms.add(RowFactory.create(t.term(), t.kind(), t.display(), t.count()));
            }
            return RowFactory.create(r.getAs("doc_id"), r.getAs("published"), r.getAs("outlet"), seq(terms));
        }, ExpressionEncoder.apply(ARTICLE_TERMS));
    }

    /** Groups articles (rows of {@link #ARTICLE_TERMS}) into stories. */
    public static Result group(Dataset<Row> articleTerms, StoryParams p) {
        Dataset<Row> vectors = vectors(articleTerms, p).cache();
        Dataset<Row> edges = similarities(candidatePairs(vectors, p), vectors)
                .filter(col("sim").geq(p.edgeThreshold()));
        Dataset<Row> blocks = StoryBlocks.bounded(vectors, edges, p);
        Dataset<Row> articleStories = link(vectors, blocks, p);
        Dataset<Row> stories = stories(articleStories, articleTerms);
        return new Result(articleStories, stories);
    }

    /**
     * TF-IDF vectors of the heaviest terms, unit length; terms found in a single article are then
     * dropped (they match nothing, but they make the article's other terms weigh less, as they should).
     */
    public static Dataset<Row> vectors(Dataset<Row> articleTerms, StoryParams p) {
        Dataset<Row> t = articleTerms.select(col("doc_id"), col("published"), explode(col("terms")).as("t"))
                .select(col("doc_id"), col("published"), col("t.term").as("term"), col("t.kind").as("kind"),
                        col("t.count").as("count"));
        long n = articleTerms.count();
        Dataset<Row> df = t.groupBy("term").agg(countDistinct("doc_id").as("df"));
        Column boost = when(col("kind").equalTo(StoryTerms.WORD), lit(1.0)).otherwise(lit(p.nameBoost()));
        Dataset<Row> weighted = t.join(df, "term")
                .withColumn("w", lit(1.0).plus(log(col("count"))).multiply(log(lit((double) n + p.idfPriorArticles()).divide(col("df").plus(1))))
                        .multiply(boost))
                .filter(col("w").gt(0))
                .withColumn("rk", row_number().over(Window.partitionBy("doc_id").orderBy(col("w").desc(), col("term"))))
                .filter(col("rk").leq(p.maxTerms()));
        Dataset<Row> norms = weighted.groupBy("doc_id").agg(sqrt(sum(col("w").multiply(col("w")))).as("norm"));
        // terms of one article count in its length but can match nothing: not kept
        Dataset<Row> kept = weighted.join(norms, "doc_id").filter(col("df").geq(2)).withColumn("w", col("w").divide(col("norm")))
                .groupBy("doc_id").agg(collect_list(struct(col("term"), col("w"))).as("tw"));
        return articleTerms.select("doc_id", "published").join(kept, new String[] {"doc_id"}, "left")
                .map((MapFunction<Row, Row>) r -> {
                    List<String> terms = new ArrayList<>();
                    List<Double> weights = new ArrayList<>();
                    if (!r.isNullAt(r.fieldIndex("tw"))) {
                        List<Row> tw = new ArrayList<>(r.getList(r.fieldIndex("tw")));
                        tw.sort(Comparator.comparing(x -> x.getString(0)));
                        for (Row x : tw) {
                            terms.add(x.getString(0));
                            weights.add(x.getDouble(1));
                        }
                    }
                    LocalDate d = r.getAs("published");
                    return RowFactory.create(r.getAs("doc_id"), d == null ? null : (int) d.toEpochDay(), seq(terms), seq(weights));
                }, ExpressionEncoder.apply(VECTOR));
    }

    /**
     * Candidate pairs: articles whose MinHash signatures over their kept terms agree on a whole band,
     * in the same date bucket, in at least {@code minBandHits} bands. Buckets are {@code windowDays} wide and each article is put in its own
     * and the next, so two articles within the window always share one; undated articles have a
     * bucket of their own. In a bucket, each article is paired with the next {@code neighbours} in
     * date order that lie within the window.
     */
    public static Dataset<Row> candidatePairs(Dataset<Row> vectors, StoryParams p) {
        // pairs are looked for within the horizon: the second pass of the linkage compares them
        int reach = Math.max(p.windowDays(), p.horizonDays());
        int window = Math.max(1, reach);
        Dataset<Row> bucketed = vectors.flatMap((FlatMapFunction<Row, Row>) r -> {
            List<String> terms = r.getList(r.fieldIndex("terms"));
            List<Row> out = new ArrayList<>();
            if (terms.isEmpty()) {
                return out.iterator();
            }
            Integer day = r.isNullAt(1) ? null : r.getInt(1);
            long[] sig = MinHash.signature(terms, p.bands() * p.rowsPerBand());
            long[] windows = day == null ? new long[] {Long.MIN_VALUE} : new long[] {Math.floorDiv(day, window), Math.floorDiv(day, window) + 1};
            for (int b = 0; b < p.bands(); b++) {
                long band = MinHash.band(sig, b, p.rowsPerBand());
                for (long w : windows) {
                    out.add(RowFactory.create(MinHash.mix(MinHash.mix(band, b), w), r.getString(0), day));
                }
            }
            return out.iterator();
        }, ExpressionEncoder.apply(BUCKETED));
        return bucketed.groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
                .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (key, rows) -> {
                    List<Row> members = new ArrayList<>();
                    rows.forEachRemaining(members::add);
                    members.sort(Comparator.<Row, Integer>comparing(x -> x.isNullAt(2) ? null : x.getInt(2),
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(x -> x.getString(1)));
                    List<Row> out = new ArrayList<>();
                    for (int i = 0; i < members.size(); i++) {
                        Row a = members.get(i);
                        for (int j = i + 1; j < members.size() && j <= i + p.neighbours(); j++) {
                            Row b = members.get(j);
                            Integer da = a.isNullAt(2) ? null : a.getInt(2);
                            Integer db = b.isNullAt(2) ? null : b.getInt(2);
                            if (!StoryLinkage.comparable(da, db, reach)) {
                                break;
                            }
                            String x = a.getString(1);
                            String y = b.getString(1);
                            out.add(x.compareTo(y) < 0 ? RowFactory.create(x, y) : RowFactory.create(y, x));
                        }
                    }
                    return out.iterator();
                }, ExpressionEncoder.apply(PAIR))
                // a pair found in several bands agrees on more of its terms (MinHash: the share of
                // bands estimates the Jaccard similarity); a single agreement is mostly a common word
                .groupBy("a", "b").count().filter(col("count").geq(p.minBandHits())).select("a", "b");
    }

    /** Cosine similarity of each pair. */
    public static Dataset<Row> similarities(Dataset<Row> pairs, Dataset<Row> vectors) {
        Dataset<Row> va = vectors.select(col("doc_id").as("a"), col("terms").as("ta"), col("weights").as("wa"));
        Dataset<Row> vb = vectors.select(col("doc_id").as("b"), col("terms").as("tb"), col("weights").as("wb"));
        return pairs.join(va, "a").join(vb, "b").map((MapFunction<Row, Row>) r -> RowFactory.create(r.getAs("a"), r.getAs("b"),
                dot(r.getList(r.fieldIndex("ta")), r.getList(r.fieldIndex("wa")), r.getList(r.fieldIndex("tb")),
                        r.getList(r.fieldIndex("wb")))), ExpressionEncoder.apply(EDGE));
    }

    /** Dot product of two sparse vectors whose terms are sorted. */
    static double dot(List<String> ta, List<Double> wa, List<String> tb, List<Double> wb) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < ta.size() && j < tb.size()) {
            int c = ta.get(i).compareTo(tb.get(j));
            if (c == 0) {
                s += wa.get(i++) * wb.get(j++);
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** Average linkage inside each block, then undated groups join dated stories: {@code (doc_id, story_id)}. */
    public static Dataset<Row> link(Dataset<Row> vectors, Dataset<Row> blocks, StoryParams p) {
        Dataset<Row> clustered = vectors.join(blocks, "doc_id")
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("block"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (block, rows) -> clusterBlock(rows, p),
                        ExpressionEncoder.apply(CLUSTERED))
                .cache();
        Dataset<Row> attached = attachUndated(clustered, vectors, p);
        Dataset<Row> ids = clustered.join(attached, clustered.col("cluster").equalTo(attached.col("from")), "left")
                .select(col("doc_id"), when(col("to").isNotNull(), col("to")).otherwise(col("cluster")).as("root"));
        return ids.map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0), storyId(r.getString(1))),
                ExpressionEncoder.apply(new StructType().add("doc_id", DataTypes.StringType, false)
                        .add("story_id", DataTypes.StringType, false)));
    }

    private static Iterator<Row> clusterBlock(Iterator<Row> rows, StoryParams p) {
        List<StoryLinkage.Member> members = new ArrayList<>();
        rows.forEachRemaining(r -> {
            List<String> terms = r.getList(r.fieldIndex("terms"));
            List<Double> weights = r.getList(r.fieldIndex("weights"));
            Map<String, Double> v = new HashMap<>();
            for (int i = 0; i < terms.size(); i++) {
                v.put(terms.get(i), weights.get(i));
            }
            members.add(new StoryLinkage.Member(r.getAs("doc_id"), r.isNullAt(r.fieldIndex("day")) ? null
                    : r.getInt(r.fieldIndex("day")), v));
        });
        members.sort(EARLIEST);
        List<Row> out = new ArrayList<>();
        for (List<Integer> c : StoryLinkage.cluster(members, p.windowDays(), p.linkThreshold(), p.horizonDays(),
                p.continueThreshold(), p.maxPosting())) {
            // members are sorted, so a cluster's first index is its earliest article
            String root = members.get(c.get(0)).docId();
            boolean undated = members.get(c.get(0)).day() == null;
            for (int i : c) {
                out.add(RowFactory.create(members.get(i).docId(), root, undated));
            }
        }
        return out.iterator();
    }

    /** Earliest first, undated last, then by doc_id: the order that picks a story's id article. */
    static final Comparator<StoryLinkage.Member> EARLIEST = Comparator.comparing(StoryLinkage.Member::day,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(StoryLinkage.Member::docId);

    /**
     * Which dated cluster each cluster of undated articles joins ({@code from}, {@code to}): the one
     * whose centroid is most similar to its own, when that similarity reaches the attach threshold.
     */
    static Dataset<Row> attachUndated(Dataset<Row> clustered, Dataset<Row> vectors, StoryParams p) {
        Dataset<Row> exploded = clustered.join(vectors, "doc_id")
                .select(col("cluster"), col("undated"), explode(org.apache.spark.sql.functions.arrays_zip(col("terms"), col("weights"))).as("tw"))
                .select(col("cluster"), col("undated"), col("tw.terms").as("term"), col("tw.weights").as("w"));
        Dataset<Row> sums = exploded.groupBy("cluster", "undated", "term").agg(sum("w").as("w"));
        Dataset<Row> centroids = sums.join(sums.groupBy("cluster").agg(sqrt(sum(col("w").multiply(col("w")))).as("norm")), "cluster")
                .withColumn("w", col("w").divide(col("norm")))
                .withColumn("rk", row_number().over(Window.partitionBy("cluster").orderBy(col("w").desc(), col("term"))))
                .filter(col("rk").leq(p.maxTerms()));
        Dataset<Row> u = centroids.filter(col("undated")).select(col("cluster").as("from"), col("term"), col("w").as("wu"));
        Dataset<Row> d = centroids.filter(col("undated").equalTo(false)).select(col("cluster").as("to"), col("term"), col("w").as("wd"));
        Dataset<Row> sim = u.join(d, "term").groupBy("from", "to").agg(sum(col("wu").multiply(col("wd"))).as("sim"))
                .filter(col("sim").geq(p.attachThreshold()));
        return sim.withColumn("rk", row_number().over(Window.partitionBy("from").orderBy(col("sim").desc(), col("to"))))
                .filter(col("rk").equalTo(1)).select("from", "to");
    }

    /** The story id: derived from the earliest article's doc_id. */
    public static String storyId(String earliestDocId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(earliestDocId.getBytes(StandardCharsets.UTF_8));
            return "st-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One row per story: a label of its most covered places and actors, its first and last
     * publication dates, how many articles and outlets.
     */
    /** The articles with the story each belongs to (null for an article the stage did not place). */
    public static Dataset<Row> withStories(Dataset<Row> articles, Dataset<Row> articleStories) {
        return articles.drop("story_id").join(articleStories.select("doc_id", "story_id"),
                articles.col("doc_id").equalTo(articleStories.col("doc_id")), "left")
                .drop(articleStories.col("doc_id"));
    }

    public static Dataset<Row> stories(Dataset<Row> articleStories, Dataset<Row> articleTerms) {
        Dataset<Row> members = articleStories.join(articleTerms, "doc_id");
        Dataset<Row> counts = members.groupBy("story_id").agg(min("published").as("first_date"), max("published").as("last_date"),
                count("doc_id").cast("int").as("n_articles"), countDistinct("outlet").cast("int").as("n_outlets"));
        // label parts: up to two places then two actors; without those, three other names, else three words
        Dataset<Row> ranked = members.select(col("story_id"), col("doc_id"), explode(col("terms")).as("t"))
                .withColumn("k", when(col("t.kind").equalTo(StoryTerms.PLACE), lit(0))
                        .when(col("t.kind").equalTo(StoryTerms.ACTOR), lit(1))
                        .when(col("t.kind").equalTo(StoryTerms.NAME), lit(2)).otherwise(lit(3)))
                .groupBy(col("story_id"), col("t.term").as("term"))
                .agg(min("k").as("k"), countDistinct("doc_id").as("docs"), sum("t.count").as("mentions"),
                        // the usual spelling over an all-capitals dateline ("Khartoum", not "KHARTOUM")
                        max(struct(col("t.display").notEqual(org.apache.spark.sql.functions.upper(col("t.display"))),
                                col("t.display"))).getField("display").as("display"))
                .withColumn("rk", row_number().over(Window.partitionBy("story_id", "k")
                        .orderBy(col("docs").desc(), col("mentions").desc(), col("term"))))
                .filter(col("rk").leq(when(col("k").lt(2), lit(2)).otherwise(lit(3))));
        Dataset<Row> labels = ranked.groupBy("story_id")
                .agg(org.apache.spark.sql.functions.sort_array(collect_list(struct(col("k"), col("rk"), col("display")))).as("parts"))
                .select(col("story_id"), org.apache.spark.sql.functions.expr(String.join(" ",
                        "CASE WHEN exists(parts, x -> x.k < 2) THEN array_join(transform(filter(parts, x -> x.k < 2), x -> x.display), ', ')",
                        "WHEN exists(parts, x -> x.k = 2) THEN array_join(transform(filter(parts, x -> x.k = 2), x -> x.display), ', ')",
                        "ELSE array_join(transform(parts, x -> x.display), ', ') END")).as("label"));
        return counts.join(labels, new String[] {"story_id"}, "left")
                .select(col("story_id"), org.apache.spark.sql.functions.coalesce(col("label"), lit("")).as("label"),
                        col("first_date"), col("last_date"), col("n_articles"), col("n_outlets"));
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    /** MinHash over term strings, with fixed seeds so signatures are the same on every run and node. */
    static final class MinHash {

        private MinHash() {
        }

        static long[] signature(List<String> terms, int n) {
            long[] sig = new long[n];
            java.util.Arrays.fill(sig, Long.MAX_VALUE);
            for (String t : terms) {
                long base = fnv(t);
                for (int i = 0; i < n; i++) {
                    long h = mix(base, 0x9E3779B97F4A7C15L * (i + 1));
                    if (h < sig[i]) {
                        sig[i] = h;
                    }
                }
            }
            return sig;
        }

        static long band(long[] sig, int b, int rows) {
            long h = 0x2545F4914F6CDD1DL;
            for (int i = b * rows; i < (b + 1) * rows; i++) {
                h = mix(h, sig[i]);
            }
            return h;
        }

        static long fnv(String s) {
            long h = 0xcbf29ce484222325L;
            for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
                h ^= x;
                h *= 0x100000001b3L;
            }
            return h;
        }

        /** A 64-bit mix of two values (the finalizer of SplitMix64 over their combination). */
        static long mix(long a, long b) {
            long z = a * 0xBF58476D1CE4E5B9L + b;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
