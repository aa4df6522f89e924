package org.claimtrail.ingest;

import java.util.Locale;

/** Why ingest turned an input record away; {@link #code()} is what the rejects table stores. */
public enum RejectReason {
    /** No text, or nothing left once boilerplate lines are dropped. */
    EMPTY,
    /** Bytes that are not text: NUL bytes or many control characters. */
    NOT_TEXT,
    /** Text that is not valid UTF-8 (or UTF-16 with a byte-order mark). */
    BAD_ENCODING,
    /** A JSON Lines line that is not a JSON object. */
    BAD_JSON,
    /** A JSON object with no text, body or content string. */
    NO_TEXT_FIELD,
    /** Larger than {@code ingest.max_bytes}. */
    TOO_LARGE,
    /** The same text (sha256), doc_id and url as an article that was kept: one record read twice. */
    DUPLICATE,
    /** The doc_id of an article that was kept, with another text or url. */
    DUPLICATE_ID,
    /** A manifest row naming a file that is not there. */
    MISSING_FILE,
    /** A manifest row that cannot be read (wrong number of fields, no file name, repeated file). */
    BAD_MANIFEST_ROW,
    /** A file in an input folder that is neither text, JSON Lines nor a web archive. */
    UNSUPPORTED_FILE,
    /** A WARC response (or resource) whose payload is not HTML: an image, a PDF, a feed, a DNS answer. */
    NOT_HTML,
    /** A WARC response whose HTTP status is not 200 (a redirect, a 404, a server error). */
    HTTP_STATUS,
    /** A WARC record, or the HTTP message in it, that cannot be parsed. */
    BAD_RECORD,
    /** A file that could not be read (gone, no permission, I/O error). */
    UNREADABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
