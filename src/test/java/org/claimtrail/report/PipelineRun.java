package org.claimtrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.cli.ClaimtrailCli;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SharedSpark;

/** A whole pipeline run on a corpus through the CLI, in the test JVM's shared session, and its tables. */
final class PipelineRun {

    final Tables tables;
    final SparkSession spark;

    PipelineRun(Path corpus, Path output) {
        spark = SharedSpark.get();
        assertEquals(0, ClaimtrailCli.execute("run", "--input", corpus.toString(), "--output", output.toString()));
        tables = new Tables(output);
    }

    List<Row> rows(String table, String where) {
        return tables.read(spark, table).filter(where).collectAsList();
    }
}
