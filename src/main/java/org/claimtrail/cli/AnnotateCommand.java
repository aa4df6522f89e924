package org.claimtrail.cli;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.annotate.AnnotateJob;
import org.claimtrail.config.Settings;
import org.claimtrail.spark.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail annotate}: CoreNLP over the articles table, with the annotation cache. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate OUTPUT/articles with CoreNLP into OUTPUT/annotations (reusing cached annotations).")
public final class AnnotateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        Settings settings = options.settings();
        try (SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            long t0 = System.nanoTime();
            AnnotateJob.Counts counts = AnnotateJob.run(spark, settings);
            System.out.println(counts + String.format(" (%.1f s)", (System.nanoTime() - t0) / 1e9));
        }
        return 0;
    }
}
