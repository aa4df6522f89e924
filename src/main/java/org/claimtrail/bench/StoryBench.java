package org.claimtrail.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.io.Tables;
import org.claimtrail.story.StoryParams;
import org.claimtrail.story.StoryStage;
import org.claimtrail.story.StoryTerms;

import scala.jdk.javaapi.CollectionConverters;

/**
 * The story stage's scale benchmark (see README, Stories): a synthetic corpus of term sets, many
 * stories over a year, no CoreNLP; times {@link StoryStage#group} and the writing of its two tables
 * on one size, after a small warm-up run in the same JVM (so Spark's and the JIT's start-up is not
 * counted). {@code jobs/bench-stories} runs it once per size, each in its own JVM.
 * Usage: StoryBench ARTICLES [WORK_DIR]
 */
public final class StoryBench {

    /** The benchmark's table of story assignments (doc_id, story_id): its corpus has no articles table. */
    private static final String ASSIGNED = "article_stories";

    private StoryBench() {
    }

    static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);
    static final int DAYS = 365;
    static final int ARTICLES_PER_STORY = 20;

    /** The synthetic corpus plus the true story of each article. */
    static final StructType CORPUS = StoryStage.ARTICLE_TERMS.add("truth", DataTypes.LongType, false);

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("story-bench-");
        SparkSession.Builder builder = SparkSession.builder();
        Tables.SESSION_CONF.forEach(builder::config);
        SparkSession spark = builder.master(System.getProperty("spark.master", "local[2]"))
                .appName("story-bench").config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.adaptive.enabled", "true").getOrCreate();
        Tables.configure(spark);
        spark.sparkContext().setLogLevel("WARN");
        run(spark, 2000, work.resolve("warmup"));
        Measure m = run(spark, n, work.resolve("n" + n));
        System.out.printf("bench-stories: %d articles, %d true stories -> %d stories in %.1f s (%.0f articles/s); "
                        + "B-cubed precision %.3f recall %.3f F1 %.3f%n", n, m.trueStories, m.stories, m.seconds,
                n / m.seconds, m.precision, m.recall, 2 * m.precision * m.recall / (m.precision + m.recall));
        spark.stop();
    }

    record Measure(double seconds, long stories, long trueStories, double precision, double recall) {
    }

    static Measure run(SparkSession spark, int n, Path out) {
        Dataset<Row> corpus = corpus(spark, n).cache();
        corpus.count();
        Dataset<Row> terms = corpus.drop("truth");
        Tables tables = new Tables(out);
        long t0 = System.nanoTime();
        StoryStage.Result result = StoryStage.group(terms, StoryParams.defaults());
        tables.write(result.articleStories(), ASSIGNED);
        tables.write(StoryStage.stories(tables.read(spark, ASSIGNED), terms).coalesce(1), Tables.STORIES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Dataset<Row> assigned = tables.read(spark, ASSIGNED).join(corpus.select("doc_id", "truth"), "doc_id");
        // B-cubed from the contingency counts: each article's share of its story that is its true story, and back
        Dataset<Row> both = assigned.groupBy("story_id", "truth").agg(count("*").as("nst"));
        Dataset<Row> withSizes = both.join(assigned.groupBy("story_id").agg(count("*").as("ns")), "story_id")
                .join(assigned.groupBy("truth").agg(count("*").as("nt")), "truth");
        Row pr = withSizes.agg(sum(col("nst").multiply(col("nst")).divide(col("ns"))),
                sum(col("nst").multiply(col("nst")).divide(col("nt")))).first();
        long stories = tables.read(spark, Tables.STORIES).count();
        long trueStories = corpus.select("truth").distinct().count();
        corpus.unpersist();
        return new Measure(seconds, stories, trueStories, pr.getDouble(0) / n, pr.getDouble(1) / n);
    }

    /**
     * {@code n} articles in {@code n / 20} stories spread over a year, each story lasting days to
     * months; an article carries some of its story's places, actors and words, a country and an
     * organisation that other stories share too, and common words of a large vocabulary (log-uniform, so a
     * few are very common). 3% are undated, 2% are round-ups that also carry two other stories' names.
     */
    static Dataset<Row> corpus(SparkSession spark, int n) {
        int stories = Math.max(1, n / ARTICLES_PER_STORY);
        return spark.range(n).map((MapFunction<Long, Row>) id -> article(id, stories), ExpressionEncoder.apply(CORPUS));
    }

    static Row article(long id, int stories) {
        Random r = new Random(id * 0x9E3779B97F4A7C15L + 17);
        long story = Math.floorMod(r.nextLong(), stories);
        Random s = new Random(story * 31 + 7);
        int start = s.nextInt(DAYS);
        int length = 1 + (int) Math.min(120, -Math.log(1 - s.nextDouble()) * 12);
        List<Row> terms = new ArrayList<>();
        addStory(terms, story, s, r, 1.0);
        if (r.nextDouble() < 0.02) {
            for (int k = 0; k < 2; k++) {
                long other = Math.floorMod(r.nextLong(), stories);
                addStory(terms, other, new Random(other * 31 + 7), r, 0.5);
            }
        }
        for (int k = 0; k < 25; k++) {
            int rank = (int) Math.exp(r.nextDouble() * Math.log(5000));
            terms.add(RowFactory.create("w:common" + rank + "#" + k, StoryTerms.WORD, "common" + rank, 1.0 + r.nextInt(2)));
        }
        LocalDate published = r.nextDouble() < 0.03 ? null : DAY0.plusDays(start + r.nextInt(length));
        return RowFactory.create(String.format("a%08d", id), published, "outlet" + r.nextInt(300),
                CollectionConverters.asScala(dedupe(terms)).toSeq(), story);
    }

    /** A story's vocabulary comes from its own random stream, so every article of it draws from the same one. */
    private static void addStory(List<Row> terms, long story, Random s, Random r, double rate) {
        s.nextInt(DAYS);
        s.nextDouble();
        add(terms, r, rate * 0.8, "e:place" + story + "a", StoryTerms.PLACE);
        add(terms, r, rate * 0.6, "e:place" + story + "b", StoryTerms.PLACE);
        add(terms, r, rate * 0.9, "e:country" + s.nextInt(150), StoryTerms.PLACE);
        add(terms, r, rate * 0.6, "e:actor" + story + "a", StoryTerms.ACTOR);
        add(terms, r, rate * 0.4, "e:actor" + story + "b", StoryTerms.ACTOR);
        add(terms, r, rate * 0.5, "e:org" + s.nextInt(500), StoryTerms.ACTOR);
        for (int k = 0; k < 8; k++) {
            add(terms, r, rate * 0.5, "w:topic" + s.nextInt(20000), StoryTerms.WORD);
        }
    }

    private static void add(List<Row> terms, Random r, double p, String term, String kind) {
        if (r.nextDouble() < p) {
            terms.add(RowFactory.create(term, kind, term.substring(2), 1.0 + r.nextInt(3)));
        }
    }

    /** One row per term (a term drawn twice keeps its first draw). */
    private static List<Row> dedupe(List<Row> terms) {
        java.util.Map<String, Row> seen = new java.util.LinkedHashMap<>();
        for (Row t : terms) {
            String key = t.getString(0).replaceAll("#\\d+$", "");
            seen.putIfAbsent(key, RowFactory.create(key, t.get(1), t.get(2), t.get(3)));
        }
        return new ArrayList<>(seen.values());
    }
}
