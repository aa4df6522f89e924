package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

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

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "Stages to run, in pipeline order (default: all: ${DEFAULT-VALUE}).",
            defaultValue = "ingest,annotate,extract,story,consolidate,report")
    List<String> stages;

    @Override
    public Integer call() {
        PipelineStages.run(options, stages);
        return 0;
    }
}
