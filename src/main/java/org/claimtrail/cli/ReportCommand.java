package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimtrail.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail report}: one stage of the pipeline. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run jobs/reports/*.sql into OUTPUT/reports (Parquet and CSV) and write OUTPUT/report/index.html.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Pipeline.run(options.settings(), List.of("report"));
        return 0;
    }
}
