package org.claimtrail.ingest;

import java.io.Serializable;

/**
 * An input record that did not become an article, and why: a row of the {@code rejects} table.
 *
 * @param stage  the stage that rejected it ({@code ingest}, {@code annotate}, ...)
 * @param reason a short code a query can group by ({@code empty}, {@code bad_json}, ...)
 * @param detail a sentence for the person reading the rejects
 */
public record Reject(String sourcePath, Integer line, String docId, String stage, String reason, String detail)
        implements Serializable {

    public static Reject ingest(String sourcePath, Integer line, String docId, RejectReason reason, String detail) {
        return new Reject(sourcePath, line, docId, "ingest", reason.code(), detail);
    }
}
