package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimtrail.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail extract}: one stage of the pipeline. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract claims from OUTPUT/annotations into OUTPUT/claims (Parquet, partitioned by published_date).")
public final class ExtractCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Pipeline.run(options.settings(), List.of("extract"));
        return 0;
    }
}
