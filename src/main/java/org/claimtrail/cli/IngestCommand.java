package org.claimtrail.cli;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.Settings;
import org.claimtrail.ingest.IngestJob;
import org.claimtrail.spark.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail ingest}: corpora to the articles and rejects tables. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read article corpora into OUTPUT/articles and OUTPUT/rejects (Parquet).")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        Settings settings = options.settings();
        Preflight.check(settings);
        try (SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            long t0 = System.nanoTime();
            IngestJob.Counts counts = IngestJob.run(spark, settings);
            System.out.println(counts + String.format(" (%.1f s)", (System.nanoTime() - t0) / 1e9));
        }
        return 0;
    }
}
