package org.claimtrail.consolidate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrail.extract.SourcePhrases;
import org.claimtrail.ingest.ArticleFactory;

/**
 * Consolidation as Spark transformations: canonical sources for every claim (per article, where
 * acronyms and names are introduced), then assertions: the claims of different articles that
 * report one statement (same canonical source, metric and bounds, statement dates within a day or
 * unknown).
 */
public final class ConsolidateStage {

    private ConsolidateStage() {
    }

    /** Per claim: its canonical source and intermediary. */
    static final StructType KEYS = new StructType()
            .add("claim_id", DataTypes.StringType, false)
            .add("source_key", DataTypes.StringType, false)
            .add("source_name", DataTypes.StringType, true)
            .add("canonical_country", DataTypes.StringType, true)
            .add("canonical_type", DataTypes.StringType, true)
            .add("intermediary_key", DataTypes.StringType, true);

    /** Claims with canonical source keys; unattributed claims get the key {@code unattributed}. */
    public static Dataset<Row> keyClaims(Dataset<Row> claims, Dataset<Row> articles, SourceCanonicalizer canon,
                                         SourcePhrases phrases) {
        Dataset<Row> withText = claims.join(articles.select("doc_id", "text"), "doc_id");
        FlatMapGroupsFunction<String, Row, Row> perArticle = (docId, rows) -> {
            List<Row> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            // in text order: the keys must not depend on the order the shuffle delivers the claims in
            list.sort(Comparator.<Row>comparingInt(r -> r.getAs("sentence_index")).thenComparingInt(r -> r.<Integer>getAs("char_begin"))
                    .thenComparing(r -> r.<String>getAs("claim_id")));
            String text = list.get(0).getAs("text");
            List<SourceCanonicalizer.Mention> mentions = new ArrayList<>();
            for (Row r : list) {
                String inter = r.getAs("intermediary");
                mentions.add(new SourceCanonicalizer.Mention(r.getAs("source"), r.getAs("source_type"),
                        r.getAs("source_country"), inter == null ? null : phrases.countryOf(inter), r.getAs("place_country")));
                if (inter != null) {
                    mentions.add(new SourceCanonicalizer.Mention(inter, phrases.typeOfPhrase(inter),
                            phrases.countryOf(inter), null));
                }
            }
            Map<String, SourceKey> keys = canon.canonicalize(text, mentions);
            // An article in which a person relays an institution's figures ("he added the NIS reported")
            // lets that person's other figures be the institution's, relayed
            Map<String, String> relays = new HashMap<>();
            for (Row r : list) {
                String src = r.getAs("source");
                String inter = r.getAs("intermediary");
                if (src != null && inter != null && keys.get(inter) != null && keys.get(inter).key().startsWith("person:")
                        && !keys.get(src).key().startsWith("person:")) {
                    relays.put(keys.get(inter).key(), src);
                }
            }
            List<SourceKey> chosen = new ArrayList<>();
            List<String> interKeys = new ArrayList<>();
            for (Row r : list) {
                String src = r.getAs("source");
                String inter = r.getAs("intermediary");
                SourceKey k = src == null ? new SourceKey("unattributed", "(unattributed)", null, null) : keys.get(src);
                String interKey = inter == null ? null : keys.get(inter).key();
                if (relays.containsKey(k.key())) {
                    interKey = k.key();
                    k = keys.get(relays.get(k.key()));
                }
                chosen.add(k);
                interKeys.add(interKey);
            }
            // The same figure twice in one article, once from an institution and once from a
            // description ("doctors say", in a headline) or from the person who relays it (a quote):
            // one statement, the institution's
            for (int i = 0; i < list.size(); i++) {
                SourceKey weak = chosen.get(i);
                if (!weak.key().startsWith("name:") && !weak.key().startsWith("person:")) {
                    continue;
                }
                for (int j = 0; j < list.size(); j++) {
                    SourceKey strong = chosen.get(j);
                    boolean institution = !strong.key().startsWith("name:") && !strong.key().startsWith("person:")
                            && !strong.key().equals("unattributed") && !strong.key().startsWith("official:");
                    boolean sameFigure = j != i && java.util.Objects.equals(list.get(i).getAs("metric"), list.get(j).getAs("metric"))
                            && java.util.Objects.equals(list.get(i).getAs("value_low"), list.get(j).getAs("value_low"))
                            && java.util.Objects.equals(list.get(i).getAs("value_high"), list.get(j).getAs("value_high"));
                    boolean weakIsRelay = weak.key().startsWith("name:") && !canon.hasName(weak.name())
                            || interKeys.get(j) != null;
                    // a body of another country giving the same round figure made its own statement
                    boolean sameCountry = weak.country() == null || strong.country() == null
                            || weak.country().equals(strong.country());
                    if (institution && sameFigure && weakIsRelay && sameCountry) {
                        interKeys.set(i, weak.key());
                        chosen.set(i, strong);
                        break;
                    }
                }
            }
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                SourceKey k = chosen.get(i);
                out.add(RowFactory.create(list.get(i).getAs("claim_id"), k.key(), k.name(), k.country(), k.type(), interKeys.get(i)));
            }
            return out.iterator();
        };
        Dataset<Row> keys = withText.groupByKey((MapFunction<Row, String>) r -> r.getAs("doc_id"), Encoders.STRING())
                .flatMapGroups(perArticle, ExpressionEncoder.apply(KEYS));
        return claims.join(keys, "claim_id");
    }

    private static final StructType MERGED = new StructType()
            .add("from_key", DataTypes.StringType, false)
            .add("to_key", DataTypes.StringType, false)
            .add("to_name", DataTypes.StringType, true)
            .add("to_country", DataTypes.StringType, true)
            .add("to_type", DataTypes.StringType, true);

    /**
     * One key per source across the run's articles ({@link SourceKeyMerger}): the keyed claims with
     * merged source and intermediary keys. The distinct keys and acronyms of a run are few, so the
     * merge is decided on the driver.
     */
    public static Dataset<Row> mergeKeys(Dataset<Row> keyed, Dataset<Row> articles, SourceKeyMerger merger) {
        return mergeKeys(keyed, articles, merger, phrase -> null);
    }

    /**
     * The keys of one run merged ({@link SourceKeyMerger}). {@code spokespersonName} gives the name
     * a source phrase names a spokesperson by ({@link SourceCanonicalizer#spokespersonName}): quoted
     * elsewhere by that name alone, they speak for the body the phrase was keyed on.
     */
    public static Dataset<Row> mergeKeys(Dataset<Row> keyed, Dataset<Row> articles, SourceKeyMerger merger,
                                         java.util.function.Function<String, String> spokespersonName) {
        java.util.Set<SourceKey> keys = new java.util.HashSet<>();
        Map<String, String> spokespeople = new java.util.TreeMap<>();
        for (Row r : keyed.select("source_key", "source_name", "canonical_country", "canonical_type", "source").distinct().collectAsList()) {
            keys.add(new SourceKey(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
            boolean body = !r.getString(0).startsWith("person:") && !r.getString(0).startsWith("name:");
            String person = body && !r.isNullAt(4) ? spokespersonName.apply(r.getString(4)) : null;
            if (person != null) {
                spokespeople.put(person, r.getString(0));
            }
        }
        Map<String, java.util.Set<String>> acronyms = new java.util.TreeMap<>();
        java.util.regex.Pattern acronymPattern = merger.acronymPattern(); // the task takes the pattern, not the merger
        Dataset<Row> pairs = articles.select("text").flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> {
            List<Row> out = new ArrayList<>();
            Acronyms.in(r.getString(0), acronymPattern).forEach((a, full) -> out.add(RowFactory.create(a, full)));
            return out.iterator();
        }, ExpressionEncoder.apply(new StructType().add("acronym", DataTypes.StringType).add("full", DataTypes.StringType)))
                .distinct();
        for (Row r : pairs.collectAsList()) {
            acronyms.computeIfAbsent(r.getString(0), a -> new java.util.TreeSet<>()).add(r.getString(1));
        }
        Map<String, SourceKey> merged = merger.merge(keys, acronyms, spokespeople);
        List<Row> rows = new ArrayList<>();
        merged.forEach((from, to) -> rows.add(RowFactory.create(from, to.key(), to.name(), to.country(), to.type())));
        Dataset<Row> map = keyed.sparkSession().createDataFrame(rows, MERGED);
        Dataset<Row> interMap = map.select(org.apache.spark.sql.functions.col("from_key").as("i_from"),
                org.apache.spark.sql.functions.col("to_key").as("i_to"));
        return rekey(keyed, map, keyed.col("source_key").equalTo(map.col("from_key")))
                .join(org.apache.spark.sql.functions.broadcast(interMap), org.apache.spark.sql.functions.col("intermediary_key").equalTo(interMap.col("i_from")), "left")
                .withColumn("intermediary_key", org.apache.spark.sql.functions.coalesce(org.apache.spark.sql.functions.col("i_to"), org.apache.spark.sql.functions.col("intermediary_key")))
                .drop("i_from", "i_to");
    }

    /**
     * A description keyed as written resolved in its story ({@link SourceCanonicalizer#describedIn}):
     * "Health Ministry" in one article is the "Moscow Region Ministry of Health" another article of
     * the story names, when no other named source of the story fits. Per story, since "the rights
     * group" of another story is another group. The keys of a run are few: decided on the driver.
     */
    public static Dataset<Row> resolveInStories(Dataset<Row> keyed, SourceCanonicalizer canon) {
        Map<String, List<SourceKey>> byStory = new java.util.TreeMap<>();
        for (Row r : keyed.select("story_id", "source_key", "source_name", "canonical_country", "canonical_type")
                .where(org.apache.spark.sql.functions.col("story_id").isNotNull()).distinct().collectAsList()) {
            byStory.computeIfAbsent(r.getString(0), s -> new ArrayList<>())
                    .add(new SourceKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        }
        List<Row> rows = new ArrayList<>();
        byStory.forEach((story, keys) -> {
            keys.sort(Comparator.comparing(SourceKey::key).thenComparing(k -> k.name() == null ? "" : k.name()));
            java.util.Set<String> done = new java.util.HashSet<>();
            for (SourceKey k : keys) {
                SourceKey body = done.add(k.key()) ? canon.describedIn(k, keys) : null;
                if (body != null && !body.key().equals(k.key())) {
                    rows.add(RowFactory.create(story, k.key(), body.key(), body.name(), body.country(), body.type()));
                }
            }
        });
        if (rows.isEmpty()) {
            return keyed;
        }
        StructType schema = new StructType().add("d_story", DataTypes.StringType, false);
        for (org.apache.spark.sql.types.StructField f : MERGED.fields()) {
            schema = schema.add(f);
        }
        Dataset<Row> map = keyed.sparkSession().createDataFrame(rows, schema);
        return rekey(keyed, map, keyed.col("story_id").equalTo(map.col("d_story"))
                .and(keyed.col("source_key").equalTo(map.col("from_key")))).drop("d_story");
    }

    /**
     * The claims with the source of each claim that a map row matches ({@code on}) replaced by the
     * row's {@code to_key, to_name, to_country, to_type}; the map's columns dropped.
     */
    private static Dataset<Row> rekey(Dataset<Row> keyed, Dataset<Row> map, org.apache.spark.sql.Column on) {
        org.apache.spark.sql.Column m = org.apache.spark.sql.functions.col("to_key").isNotNull();
        return keyed.join(org.apache.spark.sql.functions.broadcast(map), on, "left")
                .withColumn("source_key", org.apache.spark.sql.functions.when(m, map.col("to_key")).otherwise(keyed.col("source_key")))
                .withColumn("source_name", org.apache.spark.sql.functions.when(m, map.col("to_name")).otherwise(keyed.col("source_name")))
                .withColumn("canonical_country", org.apache.spark.sql.functions.when(m, map.col("to_country")).otherwise(keyed.col("canonical_country")))
                .withColumn("canonical_type", org.apache.spark.sql.functions.when(m, map.col("to_type")).otherwise(keyed.col("canonical_type")))
                .drop("from_key", "to_key", "to_name", "to_country", "to_type");
    }

    /**
     * Where one statement is told: its story, or, for a series that spans stories (a campaign's running
     * total, {@code EstimateSeries}), the series. Column {@code statement_scope}.
     */
    public static Dataset<Row> withStatementScope(Dataset<Row> keyedClaims) {
        org.apache.spark.sql.Column stories = org.apache.spark.sql.functions.size(org.apache.spark.sql.functions
                .collect_set("story_id").over(org.apache.spark.sql.expressions.Window.partitionBy("series_id")));
        return keyedClaims.withColumn("statement_scope", org.apache.spark.sql.functions.when(stories.gt(1),
                org.apache.spark.sql.functions.col("series_id")).otherwise(org.apache.spark.sql.functions.col("story_id")));
    }

    /** Per claim in an assertion: the assertion it reports, and whether its article copies an earlier one. */
    static final StructType REPORTS = new StructType()
            .add("claim_id", DataTypes.StringType, false)
            .add("assertion_id", DataTypes.StringType, false)
            .add("copy_of", DataTypes.StringType, true);

    /**
     * Groups keyed claims (with their article's shingle signature in column {@code signature}) into
     * assertions: same story, source key, metric and bounds; statement dates within a day of the group's
     * first known date, unknown dates joining the first group.
     */
    public static Dataset<Row> assertionReports(Dataset<Row> keyedClaims) {
        FlatMapGroupsFunction<String, Row, Row> cluster = (key, rows) -> {
            List<Row> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            list.sort(Comparator.<Row, LocalDate>comparing(r -> r.getAs("stated_on"), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(r -> r.<LocalDate>getAs("published"), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(r -> r.<String>getAs("claim_id")));
            List<LocalDate> starts = new ArrayList<>();
            List<Row> out = new ArrayList<>();
            Map<String, long[]> firstSignatures = new java.util.LinkedHashMap<>();
            for (Row r : list) {
                LocalDate d = r.getAs("stated_on");
                LocalDate start = null;
                if (d == null) {
                    start = starts.isEmpty() ? null : starts.get(0);
                } else {
                    for (LocalDate s : starts) {
                        if (s != null && Math.abs(ChronoUnit.DAYS.between(s, d)) <= 1) {
                            start = s;
                        }
                    }
                    if (start == null) {
                        start = d;
                        starts.add(d);
                    }
                }
                String id = ArticleFactory.sha256(key + "|" + start).substring(0, 16);
                String docId = r.getAs("doc_id");
                long[] sig = toLongs(r.getList(r.fieldIndex("signature")));
                String copyOf = null;
                for (Map.Entry<String, long[]> e : firstSignatures.entrySet()) {
                    if (!e.getKey().equals(docId) && Shingles.similarity(e.getValue(), sig) >= Shingles.COPY) {
                        copyOf = e.getKey();
                        break;
                    }
                }
                firstSignatures.putIfAbsent(docId, sig);
                out.add(RowFactory.create(r.getAs("claim_id"), id, copyOf));
            }
            return out.iterator();
        };
        // a statement is made within one story (or one campaign): the same round figure from one source
        // in two stories is two statements
        return keyedClaims.groupByKey((MapFunction<Row, String>) r -> r.getAs("statement_scope") + "|" + r.getAs("source_key") + "|"
                        + r.getAs("metric") + "|" + r.getAs("value_low") + "|" + r.getAs("value_high"), Encoders.STRING())
                .flatMapGroups(cluster, ExpressionEncoder.apply(REPORTS));
    }

    private static long[] toLongs(List<Object> values) {
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.get(i)).longValue();
        }
        return out;
    }
}
