package org.claimtrail.io;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The explicit schemas of claimtrail's tables: what analysts can rely on. */
public final class Schemas {

    private Schemas() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return createStructField(name, type, nullable);
    }

    public static final StructType ARTICLES = new StructType(new StructField[] {
            field("doc_id", StringType, false),
            field("source_path", StringType, false),
            field("line", IntegerType, true),
            field("outlet", StringType, true),
            field("url", StringType, true),
            field("published", DateType, true),
            field("published_from", StringType, true),
            field("lang", StringType, true),
            field("title", StringType, true),
            field("text", StringType, false),
            field("n_chars", IntegerType, false),
            field("sha256", StringType, false),
            field("boilerplate_lines", IntegerType, false),
            field("meta", createMapType(StringType, StringType, true), false),
            // set by the story stage; null as ingest writes it
            field("story_id", StringType, true)});

    public static final StructType REJECTS = new StructType(new StructField[] {
            field("source_path", StringType, false),
            field("line", IntegerType, true),
            field("doc_id", StringType, true),
            field("stage", StringType, false),
            field("reason", StringType, false),
            field("detail", StringType, true)});

    /** A token of an annotated sentence; begin and end are character offsets into articles.text. */
    public static final StructType TOKEN = new StructType(new StructField[] {
            field("word", StringType, false),
            field("lemma", StringType, true),
            field("pos", StringType, true),
            field("ner", StringType, true),
            field("norm", StringType, true),
            field("begin", IntegerType, false),
            field("end", IntegerType, false)});

    /** A dependency edge: token positions within the sentence (0-based), gov -1 for the root. */
    public static final StructType EDGE = new StructType(new StructField[] {
            field("gov", IntegerType, false),
            field("dep", IntegerType, false),
            field("rel", StringType, false)});

    public static final StructType SENTENCE = new StructType(new StructField[] {
            field("index", IntegerType, false),
            field("candidate", BooleanType, false),
            field("char_begin", IntegerType, false),
            field("char_end", IntegerType, false),
            field("tokens", createArrayType(TOKEN, false), false),
            field("edges", createArrayType(EDGE, false), false)});

    /** One row per annotated article, keyed for the cache by (sha256, config_hash). */
    public static final StructType ANNOTATIONS = new StructType(new StructField[] {
            field("doc_id", StringType, false),
            field("sha256", StringType, false),
            field("config_hash", StringType, false),
            field("n_sentences", IntegerType, false),
            field("n_annotated", IntegerType, false),
            field("annotate_ms", LongType, false),
            field("sentences", createArrayType(SENTENCE, false), false)});

    /**
     * One row per claim; written Hive-partitioned by published_date, a copy of published. An undated
     * article's claims go to Spark's null partition ({@code published_date=__HIVE_DEFAULT_PARTITION__}),
     * which Spark, DuckDB and pyarrow read as NULL: a word such as "unknown" there would make every
     * reader type the whole column as a string.
     */
    public static final StructType CLAIMS = new StructType(new StructField[] {
            field("claim_id", StringType, false),
            field("doc_id", StringType, false),
            field("outlet", StringType, true),
            field("url", StringType, true),
            field("published", DateType, true),
            field("sentence_index", IntegerType, false),
            field("char_begin", IntegerType, false),
            field("char_end", IntegerType, false),
            field("sentence", StringType, false),
            field("quantity_text", StringType, false),
            field("metric", StringType, false),
            field("population", StringType, false),
            field("population_class", StringType, false),
            field("population_actor", StringType, true),
            field("place", StringType, true),
            field("place_country", StringType, true),
            field("value_low", DoubleType, true),
            field("value_high", DoubleType, true),
            field("qualifier", StringType, false),
            field("source", StringType, true),
            field("source_type", StringType, true),
            field("source_country", StringType, true),
            field("intermediary", StringType, true),
            field("stated_on", DateType, true),
            field("modality", StringType, false),
            field("mentions", IntegerType, false),
            field("extractor_version", StringType, false),
            // the article's story, and the estimate series the claim belongs to (story, metric, population class and actor)
            field("story_id", StringType, true),
            field("series_id", StringType, false),
            field("published_date", DateType, true),
            // the article's language (ISO 639-1), as the articles table gives it
            field("lang", StringType, true)});

    /** One row per story (the story stage): a label of its main places and actors, its dates and coverage. */
    public static final StructType STORIES = new StructType(new StructField[] {
            field("story_id", StringType, false),
            field("label", StringType, false),
            field("first_date", DateType, true),
            field("last_date", DateType, true),
            field("n_articles", IntegerType, false),
            field("n_outlets", IntegerType, false)});

    /** One row per completed run (appended at its commit): when, what, and what each stage said. */
    public static final StructType RUNS = new StructType(new StructField[] {
            field("run_id", StringType, false),
            field("started_at", TimestampType, false),
            field("finished_at", TimestampType, false),
            field("stages", createArrayType(StringType, false), false),
            field("inputs", createArrayType(StringType, false), false),
            field("summary", createArrayType(StringType, false), false),
            // the Delta version of every table as of this run: the commit point readers go by
            field("table_versions", createMapType(StringType, LongType, false), false)});
}
