package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.claimtrail.annotate.AnnotateJob;
import org.claimtrail.ingest.CorpusDiscovery;
import org.claimtrail.ingest.IngestJob;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.claimtrail.testing.ProjectFiles;
import org.claimtrail.testing.TestAnnotator;
import org.claimtrail.testing.TestIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract job on local Spark: how the claims table is partitioned. */
class ExtractJobTest {

    @Test
    void anUndatedArticlesClaimsHaveANullPublishedDateAndTheColumnStaysADate(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("manifest.csv"), "file,published\ndated.txt,2024-12-09\nundated.txt,\n");
        Files.writeString(corpus.resolve("dated.txt"), "Police said at least 12 people were killed on Monday.");
        Files.writeString(corpus.resolve("undated.txt"), "The army said 40 soldiers were wounded.");
        Tables tables = new Tables(dir.resolve("out"));
        SparkSession spark = SharedSpark.get();
        IngestJob.run(spark, CorpusDiscovery.discover(List.of(corpus.toString())), TestIngest.RULES, 2, tables);
        AnnotateJob.run(spark, TestAnnotator.CONFIG, tables, 2, 10_000);
        ExtractJob.run(spark, new ClaimExtractor(ExtractionLexicon.load(ProjectFiles.home().resolve("conf/lexicon"))),
                tables);

        Dataset<Row> claims = tables.read(spark, Tables.CLAIMS);
        // Spark infers a partition column's type from the folder names: one non-date name would make it a string
        assertEquals(DataTypes.DateType, claims.schema().apply("published_date").dataType());
        Row dated = claims.filter("doc_id = 'dated'").first();
        assertEquals(LocalDate.of(2024, 12, 9), dated.getAs("published_date"));
        Row undated = claims.filter("doc_id = 'undated'").first();
        assertNull(undated.getAs("published"));
        assertNull(undated.getAs("published_date"));
    }
}
