package org.claimtrail.pipeline;

import java.time.Instant;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.Settings;
import org.claimtrail.io.Tables;

/**
 * What a stage gets from the run it is part of: the session, the settings, the run's tables, and
 * for the report the run's id, start, the stages it runs and the lines printed so far.
 */
public record RunContext(SparkSession spark, Settings settings, Tables tables, String runId, Instant started,
                         List<String> stages, List<String> linesSoFar) {

    /** The inputs this run ingested; none when it does not ingest. */
    public List<String> ingestedInputs() {
        return stages.contains("ingest") ? settings.inputs() : List.of();
    }
}
