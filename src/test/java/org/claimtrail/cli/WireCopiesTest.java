package org.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire story carried word for word by two outlets: two articles, each with its own outlet and
 * date, one text annotated once, and one assertion that both outlets carried.
 */
class WireCopiesTest {

    static final SparkSession spark = SharedSpark.get(); // the run joins the tests' one session

    @Test
    void everyOutletOfAWireStoryCounts(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String wire = "KASTAVA CITY (Wire) - At least 120 soldiers were killed in the attack on the garrison, "
                + "the Kastavian army said on Friday.";
        Files.writeString(corpus.resolve("manifest.csv"), String.join("\n",
                "file,outlet,url,published",
                "one.txt,Daily One,https://one.example/garrison,2024-12-20",
                "two.txt,Evening Two,https://two.example/world/garrison,2024-12-21",
                ""));
        Files.writeString(corpus.resolve("one.txt"), wire);
        Files.writeString(corpus.resolve("two.txt"), wire);
        Path out = dir.resolve("out");
        assertEquals(0, ClaimtrailCli.execute("run", "--input", corpus.toString(), "--output", out.toString()));

        Tables tables = new Tables(out);
        List<Row> articles = tables.read(spark, Tables.ARTICLES).orderBy("doc_id").collectAsList();
        assertEquals(List.of("Daily One", "Evening Two"), articles.stream().map(r -> r.<String>getAs("outlet")).toList());
        assertEquals(0, tables.read(spark, Tables.REJECTS).count());
        assertEquals(2, tables.read(spark, Tables.ANNOTATIONS).count());
        assertEquals(2, tables.read(spark, Tables.CLAIMS).filter("value_low = 120").count());
        Row assertion = tables.read(spark, Tables.ASSERTIONS).filter("value_low = 120").first();
        assertEquals(2L, (long) assertion.getAs("n_outlets"));
    }
}
