package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.claimtrail.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail annotate}: one stage of the pipeline. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate OUTPUT/articles with CoreNLP into OUTPUT/annotations (reusing cached annotations).")
public final class AnnotateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Pipeline.run(options.settings(), List.of("annotate"));
        return 0;
    }
}
