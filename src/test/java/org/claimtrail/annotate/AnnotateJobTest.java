package org.claimtrail.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.testing.TestIngest;
import org.claimtrail.ingest.CorpusDiscovery;
import org.claimtrail.ingest.IngestJob;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.claimtrail.testing.ProjectFiles;
import org.claimtrail.testing.TestAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotate job on local Spark: fault isolation and the incremental cache. */
class AnnotateJobTest {

    /** The project's configuration with a character budget that the long fixture article breaks. */
    private static AnnotatorConfig config(int context) {
        return new AnnotatorConfig(TestAnnotator.CONFIG.properties(),
                CandidateFilter.load(ProjectFiles.home().resolve("conf/lexicon"), context), 600, 250, 120_000);
    }

    private static AnnotateJob.Counts ingestAndAnnotate(Path corpus, Tables tables, AnnotatorConfig config) {
        SparkSession spark = SharedSpark.get();
        IngestJob.run(spark, CorpusDiscovery.discover(List.of(corpus.toString())), TestIngest.RULES, 2, tables);
        return AnnotateJob.run(spark, config, tables, 2, 10_000);
    }

    @Test
    void rejectsTheArticleOverBudgetAndReusesTheCache(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Police said at least 12 people were killed on Monday.");
        Files.writeString(corpus.resolve("b.txt"), "No figures in this story.\nThe talks ended without agreement.");
        Files.writeString(corpus.resolve("long.txt"), "About 40 troops were deployed. ".repeat(30));
        Tables tables = new Tables(dir.resolve("out"));

        AnnotateJob.Counts first = ingestAndAnnotate(corpus, tables, config(1));
        assertEquals(3, first.articles());
        assertEquals(0, first.reused());
        assertEquals(2, first.annotated());
        assertEquals(Map.of("too_long", 1L), first.rejectsByReason());
        Row reject = tables.read(SharedSpark.get(), Tables.REJECTS).filter("stage = 'annotate'").first();
        assertEquals("long", reject.getAs("doc_id"));
        Row b = tables.read(SharedSpark.get(), Tables.ANNOTATIONS).filter("doc_id = 'b'").first();
        assertEquals(2, (int) b.getAs("n_sentences"));
        assertEquals(0, (int) b.getAs("n_annotated"));

        AnnotateJob.Counts again = ingestAndAnnotate(corpus, tables, config(1));
        assertEquals(2, again.reused());
        assertEquals(0, again.annotated());
        assertEquals(0.0, again.coreNlpSeconds());

        Files.writeString(corpus.resolve("c.txt"), "Dozens of fighters were captured, the army said.");
        AnnotateJob.Counts added = ingestAndAnnotate(corpus, tables, config(1));
        assertEquals(2, added.reused());
        assertEquals(1, added.annotated());

        AnnotateJob.Counts changed = ingestAndAnnotate(corpus, tables, config(0));
        assertEquals(0, changed.reused());
        assertEquals(3, changed.annotated());
        assertEquals(3, tables.read(SharedSpark.get(), Tables.ANNOTATIONS).count());
    }

    @Test
    void anArticleInALanguageNotReadIsKeptAndCountedNotAnnotated(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("manifest.csv"), "file,outlet,lang\nen.txt,One,en\nde.txt,Zwei,de\nnone.txt,Three,\n");
        Files.writeString(corpus.resolve("en.txt"), "Police said at least 12 people were killed on Monday.");
        Files.writeString(corpus.resolve("de.txt"), "Die Polizei teilte mit, dass am Montag mindestens 12 Menschen getötet wurden.");
        Files.writeString(corpus.resolve("none.txt"), "Rescuers said 30 people were missing after the flood.");
        Tables tables = new Tables(dir.resolve("out"));
        SparkSession spark = SharedSpark.get();
        IngestJob.run(spark, CorpusDiscovery.discover(List.of(corpus.toString())), TestIngest.RULES, 2, tables);

        AnnotateJob.Counts counts = AnnotateJob.run(spark, config(1), tables, 2, 10_000, java.util.Set.of("en"));
        assertEquals(Map.of("de", 1L), counts.notRead());
        assertEquals(2, counts.annotated()); // en, and none (a language not known is tried as English)
        assertEquals(3, tables.read(spark, Tables.ARTICLES).count()); // kept
        assertEquals(0, tables.read(spark, Tables.ANNOTATIONS).filter("doc_id = 'de'").count());
        assertEquals(0, tables.read(spark, Tables.REJECTS).count()); // not a reject either
        org.junit.jupiter.api.Assertions.assertTrue(counts.toString().contains("in languages not read 1 {de=1}"), counts.toString());
    }

    @Test
    void aTextCarriedByTwoOutletsIsAnnotatedOnceForBoth(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String wire = "Rescuers said at least 30 people were killed in the flood on Sunday.";
        Files.writeString(corpus.resolve("manifest.csv"), String.join("\n",
                "file,outlet,url,published",
                "wire_a.txt,Daily One,https://one.example/flood,2024-05-06",
                "wire_b.txt,Daily Two,https://two.example/flood,2024-05-07",
                "wire_c.txt,Daily Three,https://three.example/flood,2024-05-07",
                "long_a.txt,Daily One,https://one.example/long,2024-05-06",
                "long_b.txt,Daily Two,https://two.example/long,2024-05-06",
                ""));
        Files.writeString(corpus.resolve("wire_a.txt"), wire);
        Files.writeString(corpus.resolve("wire_b.txt"), wire);
        Files.writeString(corpus.resolve("wire_c.txt"), "Officials said 12 homes were lost.");
        Files.writeString(corpus.resolve("long_a.txt"), "About 40 troops were deployed. ".repeat(30));
        Files.writeString(corpus.resolve("long_b.txt"), "About 40 troops were deployed. ".repeat(30));
        Tables tables = new Tables(dir.resolve("out"));

        AnnotateJob.Counts counts = ingestAndAnnotate(corpus, tables, config(1));
        assertEquals(5, counts.articles());
        assertEquals(3, counts.annotated());
        assertEquals(3, counts.texts()); // the flood text, the homes text and the long text, once each
        assertEquals(Map.of("too_long", 2L), counts.rejectsByReason()); // both copies of the long text
        List<Row> copies = tables.read(SharedSpark.get(), Tables.ANNOTATIONS)
                .filter("doc_id IN ('wire_a', 'wire_b')").orderBy("doc_id").collectAsList();
        assertEquals(2, copies.size());
        assertEquals(copies.get(0).getList(copies.get(0).fieldIndex("sentences")),
                copies.get(1).getList(copies.get(1).fieldIndex("sentences")));
    }

    @Test
    void anyCoreNlpPropertyChangesTheCacheKey() {
        AnnotatorConfig base = TestAnnotator.CONFIG;
        java.util.TreeMap<String, String> props = new java.util.TreeMap<>(base.properties());
        props.put("ner.applyFineGrained", "true");
        AnnotatorConfig changed = new AnnotatorConfig(props, base.filter(), base.maxChars(), base.maxSentenceTokens(),
                base.timeoutMillis());
        assertEquals(false, base.hash().equals(changed.hash()));
        AnnotatorConfig budgetOnly = new AnnotatorConfig(base.properties(), base.filter(), 10, 10, 10);
        assertEquals(base.hash(), budgetOnly.hash());
    }
}
