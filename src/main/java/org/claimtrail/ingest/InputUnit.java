package org.claimtrail.ingest;

import java.io.Serializable;
import java.util.Map;

/**
 * One unit of reading work that discovery hands to an executor: a text file with its manifest
 * metadata, a JSON Lines file, or a record that discovery already knows is a reject.
 *
 * @param given   manifest metadata for a text file (empty if none)
 * @param reject  for {@link Kind#REJECT}: the reject to emit as it is
 */
public record InputUnit(Kind kind, String path, Map<String, String> given, Reject reject) implements Serializable {

    public enum Kind { TEXT, JSONL, REJECT }

    public static InputUnit text(String path, Map<String, String> given) {
        return new InputUnit(Kind.TEXT, path, Map.copyOf(given), null);
    }

    public static InputUnit jsonl(String path) {
        return new InputUnit(Kind.JSONL, path, Map.of(), null);
    }

    public static InputUnit rejected(Reject reject) {
        return new InputUnit(Kind.REJECT, reject.sourcePath(), Map.of(), reject);
    }
}
