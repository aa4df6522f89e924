package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail ingest}: one stage of the pipeline. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read article corpora into OUTPUT/articles and OUTPUT/rejects (Parquet).")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        PipelineStages.run(options, List.of("ingest"));
        return 0;
    }
}
