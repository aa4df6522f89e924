package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimtrail.config.Settings;
import org.claimtrail.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail ingest}: one stage of the pipeline. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read article corpora into OUTPUT/articles and OUTPUT/rejects (Delta tables).")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--replace", description = "The output holds this input's articles only (setting ingest.mode=replace). "
            + "Without it, the input's articles join those already in the output (a daily batch).")
    boolean replace;

    @Override
    public Integer call() {
        if (replace) {
            options.conf.put(Settings.INGEST_MODE, "replace");
        }
        Pipeline.run(options.settings(), List.of("ingest"));
        return 0;
    }
}
