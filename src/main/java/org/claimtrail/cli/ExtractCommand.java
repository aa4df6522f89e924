package org.claimtrail.cli;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.Settings;
import org.claimtrail.extract.ExtractJob;
import org.claimtrail.spark.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail extract}: claims from the annotations. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract claims from OUTPUT/annotations into OUTPUT/claims (Parquet, partitioned by published_date).")
public final class ExtractCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        Settings settings = options.settings();
        try (SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            long t0 = System.nanoTime();
            ExtractJob.Counts counts = ExtractJob.run(spark, settings);
            System.out.println(counts + String.format(" (%.1f s)", (System.nanoTime() - t0) / 1e9));
        }
        return 0;
    }
}
