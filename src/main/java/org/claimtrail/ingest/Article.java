package org.claimtrail.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * One article as ingest emits it: a row of the {@code articles} table.
 *
 * @param line          the 1-based line of a JSON Lines record, null for a text file
 * @param publishedFrom where {@code published} came from: manifest, text, url, or null
 * @param text          the article text after boilerplate removal; every later offset indexes it
 * @param meta          manifest or JSON fields claimtrail has no column for, plus ingest notes
 */
public record Article(String docId, String sourcePath, Integer line, String outlet, String url,
                      LocalDate published, String publishedFrom, String lang, String title, String text,
                      String sha256, Map<String, String> meta, int boilerplateLines) implements Serializable {

    public int nChars() {
        return text.length();
    }
}
