package org.claimtrail.ingest;

import java.io.Serializable;
import java.util.Map;

/**
 * One unit of reading work that discovery hands to an executor: a text file with its doc_id and
 * manifest metadata, a JSON Lines file or a byte range of one, a web archive (WARC or WET) file, or a
 * record that discovery already knows is a reject.
 *
 * @param docId     for {@link Kind#TEXT}: the article's doc_id (its path under the input folder, no extension)
 * @param given     manifest metadata for a text file (empty if none)
 * @param start     for {@link Kind#JSONL}: the first byte of the range; lines that start in it are its records
 * @param end       for {@link Kind#JSONL}: the byte after the range ({@link Long#MAX_VALUE}: to the end)
 * @param firstLine for {@link Kind#JSONL}: the 1-based number of the line that byte {@code start} is in
 *                  ({@link #UNCOUNTED} until {@link JsonLinesSplits} has counted the lines before it)
 * @param reject    for {@link Kind#REJECT}: the reject to emit as it is
 */
public record InputUnit(Kind kind, String path, String docId, Map<String, String> given, long start, long end,
                        long firstLine, Reject reject) implements Serializable {

    public enum Kind { TEXT, JSONL, WARC, REJECT }

    /** The firstLine of a range whose preceding lines are not counted yet. */
    public static final long UNCOUNTED = -1;

    public static InputUnit text(String path, String docId, Map<String, String> given) {
        return new InputUnit(Kind.TEXT, path, docId, Map.copyOf(given), 0, Long.MAX_VALUE, 1, null);
    }

    /** A text file whose doc_id is its name without extensions. */
    public static InputUnit text(String path, Map<String, String> given) {
        return text(path, stem(path), given);
    }

    public static InputUnit jsonl(String path) {
        return new InputUnit(Kind.JSONL, path, null, Map.of(), 0, Long.MAX_VALUE, 1, null);
    }

    /** Bytes {@code [start, end)} of a JSON Lines file: the lines whose first byte lies there. */
    public static InputUnit jsonlRange(String path, long start, long end) {
        return new InputUnit(Kind.JSONL, path, null, Map.of(), start, end, start == 0 ? 1 : UNCOUNTED, null);
    }

    public static InputUnit warc(String path) {
        return new InputUnit(Kind.WARC, path, null, Map.of(), 0, Long.MAX_VALUE, 1, null);
    }

    public static InputUnit rejected(Reject reject) {
        return new InputUnit(Kind.REJECT, reject.sourcePath(), reject.docId(), Map.of(), 0, Long.MAX_VALUE, 1, reject);
    }

    public InputUnit withFirstLine(long line) {
        return new InputUnit(kind, path, docId, given, start, end, line, reject);
    }

    public InputUnit withDocId(String id) {
        return new InputUnit(kind, path, id, given, start, end, firstLine, reject);
    }

    /** True for a JSON Lines range that is not the whole file. */
    public boolean isRange() {
        return kind == Kind.JSONL && (start > 0 || end != Long.MAX_VALUE);
    }

    /** A file name without its compression extension and then its own extension: {@code a/101.txt.gz -> 101}. */
    public static String stem(String path) {
        String name = Compression.inner(path.substring(path.lastIndexOf('/') + 1));
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
