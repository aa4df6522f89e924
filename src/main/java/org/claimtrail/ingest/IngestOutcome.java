package org.claimtrail.ingest;

import java.io.Serializable;

/** What one input record became: an article or a reject, never both, never neither. */
public record IngestOutcome(Article article, Reject reject) implements Serializable {

    public IngestOutcome {
        if ((article == null) == (reject == null)) {
            throw new IllegalArgumentException("an outcome is an article or a reject");
        }
    }

    public static IngestOutcome of(Article a) {
        return new IngestOutcome(a, null);
    }

    public static IngestOutcome of(Reject r) {
        return new IngestOutcome(null, r);
    }
}
