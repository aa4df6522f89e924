package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimtrail.config.Settings;
import org.claimtrail.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail run}: every stage in order, in one Spark session. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the stages in order (ingest, annotate, extract, story, consolidate, report), print the counts, "
                + "a summary and the report's path.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--replace", description = "The output holds this input's articles only (setting ingest.mode=replace). "
            + "Without it, the input's articles join those already in the output (a daily batch).")
    boolean replace;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "Stages to run, in pipeline order (default: all: ${DEFAULT-VALUE}).",
            defaultValue = "ingest,annotate,extract,story,consolidate,report")
    List<String> stages;

    @Override
    public Integer call() {
        if (replace) {
            options.conf.put(Settings.INGEST_MODE, "replace");
        }
        Pipeline.run(options.settings(), stages);
        return 0;
    }
}
