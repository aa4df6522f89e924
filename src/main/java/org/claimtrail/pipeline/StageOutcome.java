package org.claimtrail.pipeline;

import java.util.List;

/** What a stage tells the user when it ends: its line of counts, and the work its rate is over. */
public interface StageOutcome {

    /** The stage's line, e.g. {@code ingest: read 17, articles 17, rejected 0}: its {@code toString}. */
    default String line() {
        return toString();
    }

    /** How many units of work the stage did (records read, texts annotated, claims consolidated). */
    long units();

    /** What {@link #units} counts, for the rate ("records" gives "1.5 records/s"); null for no rate. */
    String unit();

    /** Lines printed after the stage's line (the report's summary); none by default. */
    default List<String> summary() {
        return List.of();
    }
}
