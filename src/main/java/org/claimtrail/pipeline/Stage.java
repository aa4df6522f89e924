package org.claimtrail.pipeline;

/**
 * One stage of the pipeline: reads the tables it needs and writes its own within a run, and says
 * what it did. The five jobs and the report implement it; {@link Pipeline} runs them in order.
 */
public interface Stage {

    /** The name commands and {@code --stages} use. */
    String name();

    StageOutcome run(RunContext run);
}
