package org.claimtrail.cli;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.annotate.AnnotateJob;
import org.claimtrail.config.Settings;
import org.claimtrail.extract.ExtractJob;
import org.claimtrail.ingest.IngestJob;
import org.claimtrail.spark.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail run}: every stage in order, in one Spark session. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run all stages in order (ingest, annotate, extract) and print the counts.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        Settings settings = options.settings();
        Preflight.check(settings);
        long t0 = System.nanoTime();
        try (SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            long t = System.nanoTime();
            IngestJob.Counts ingest = IngestJob.run(spark, settings);
            System.out.println(ingest + String.format(" (%.1f s)", (System.nanoTime() - t) / 1e9));
            t = System.nanoTime();
            AnnotateJob.Counts annotate = AnnotateJob.run(spark, settings);
            System.out.println(annotate + String.format(" (%.1f s)", (System.nanoTime() - t) / 1e9));
            t = System.nanoTime();
            ExtractJob.Counts extract = ExtractJob.run(spark, settings);
            System.out.println(extract + String.format(" (%.1f s)", (System.nanoTime() - t) / 1e9));
        }
        System.out.printf("run: done in %.1f s, tables in %s%n", (System.nanoTime() - t0) / 1e9,
                settings.path(Settings.OUTPUT));
        return 0;
    }
}
