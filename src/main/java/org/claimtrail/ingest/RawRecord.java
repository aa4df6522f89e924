package org.claimtrail.ingest;

import java.util.Map;

/**
 * An input record as a reader found it, before any rule ran: its decoded text and the metadata
 * its manifest row or JSON object gave (keys {@code outlet, url, published, lang, title}; any other
 * key is kept in {@code articles.meta}).
 *
 * @param docId the id the input gave, or null to derive one from the text
 */
public record RawRecord(String docId, String sourcePath, Integer line, String text, Map<String, String> given) {
}
