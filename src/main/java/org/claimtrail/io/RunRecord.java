package org.claimtrail.io;

import java.time.Instant;
import java.util.List;

/** What a run says of itself in its {@code runs} row; {@link Tables#commit} adds the table versions. */
public record RunRecord(String runId, Instant startedAt, List<String> stages, List<String> inputs, List<String> summary) {
}
