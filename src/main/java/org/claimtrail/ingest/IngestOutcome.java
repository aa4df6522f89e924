package org.claimtrail.ingest;

import java.io.Serializable;

/**
 * What one input record became: an article or a reject, never both, never neither. A web archive also
 * holds records that are no article candidates at all (warcinfo, request, metadata, revisit): those
 * are {@code skipped}, counted by type but in neither table.
 */
public record IngestOutcome(Article article, Reject reject, Skipped skipped) implements Serializable {

    /** A record that is not an article candidate: where it was and what it is (its WARC-Type). */
    public record Skipped(String sourcePath, Integer line, String what) implements Serializable {
    }

    public IngestOutcome {
        int set = (article == null ? 0 : 1) + (reject == null ? 0 : 1) + (skipped == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("an outcome is an article, a reject or a skipped record");
        }
    }

    public static IngestOutcome of(Article a) {
        return new IngestOutcome(a, null, null);
    }

    public static IngestOutcome of(Reject r) {
        return new IngestOutcome(null, r, null);
    }

    public static IngestOutcome skipped(String sourcePath, Integer line, String what) {
        return new IngestOutcome(null, null, new Skipped(sourcePath, line, what));
    }
}
