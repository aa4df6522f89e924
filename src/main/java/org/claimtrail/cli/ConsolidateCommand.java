package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimtrail.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail consolidate}: one stage of the pipeline. */
@Command(name = "consolidate", mixinStandardHelpOptions = true,
        description = "Canonical sources and cross-outlet assertions: OUTPUT/sources, OUTPUT/assertions, OUTPUT/assertion_reports.")
public final class ConsolidateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Pipeline.run(options.settings(), List.of("consolidate"));
        return 0;
    }
}
