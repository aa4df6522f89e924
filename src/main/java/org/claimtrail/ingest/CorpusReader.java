package org.claimtrail.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimtrail.io.CorpusFiles;

/**
 * Runs on executors: reads one {@link InputUnit} and turns each record in it into exactly one
 * {@link IngestOutcome}. A text file is one record; a JSON Lines file is one record a non-blank line.
 * I/O failures become {@code unreadable} rejects, so one vanished file does not stop the run.
 */
public final class CorpusReader {

    private CorpusReader() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON keys tried, in order, for each article field. */
    private static final String[] TEXT_KEYS = {"text", "body", "content"};
    private static final String[][] FIELD_KEYS = {
            {"url", "url", "link"},
            {"outlet", "outlet", "source", "publisher"},
            {"published", "published", "date", "published_at"},
            {"title", "title", "headline"},
            {"lang", "lang", "language"}};

    public static List<IngestOutcome> read(InputUnit unit, IngestRules rules) {
        return switch (unit.kind()) {
            case REJECT -> List.of(IngestOutcome.of(unit.reject()));
            case TEXT -> List.of(readText(unit, rules));
            case JSONL -> readJsonLines(unit, rules);
        };
    }

    private static IngestOutcome readText(InputUnit unit, IngestRules rules) {
        String name = unit.path().substring(unit.path().lastIndexOf('/') + 1);
        String docId = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        byte[] bytes;
        try {
            long length = CorpusFiles.length(unit.path());
            if (length > rules.maxBytes()) {
                return IngestOutcome.of(Reject.ingest(unit.path(), null, docId, RejectReason.TOO_LARGE,
                        length + " bytes, over ingest.max_bytes=" + rules.maxBytes()));
            }
            bytes = CorpusFiles.readAll(unit.path());
        } catch (IOException e) {
            return IngestOutcome.of(Reject.ingest(unit.path(), null, docId, RejectReason.UNREADABLE,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (!decoded.ok()) {
            return IngestOutcome.of(Reject.ingest(unit.path(), null, docId, decoded.failure(), decoded.detail()));
        }
        return ArticleFactory.build(new RawRecord(docId, unit.path(), null, decoded.text(), unit.given()), rules);
    }

    private static List<IngestOutcome> readJsonLines(InputUnit unit, IngestRules rules) {
        List<IngestOutcome> out = new ArrayList<>();
        int lineNo = 0;
        try (InputStream in = new BufferedInputStream(CorpusFiles.open(unit.path()), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean eof = false;
            while (!eof) {
                int b = in.read();
                eof = b < 0;
                if (!eof && b != '\n') {
                    if (line.size() < rules.maxBytes()) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                lineNo++;
                if (tooLong) {
                    out.add(IngestOutcome.of(Reject.ingest(unit.path(), lineNo, null, RejectReason.TOO_LARGE,
                            "line over ingest.max_bytes=" + rules.maxBytes())));
                } else if (line.size() > 0) {
                    IngestOutcome o = jsonRecord(unit.path(), lineNo, line.toByteArray(), rules);
                    if (o != null) {
                        out.add(o);
                    }
                }
                line.reset();
                tooLong = false;
            }
        } catch (IOException e) {
            out.add(IngestOutcome.of(Reject.ingest(unit.path(), lineNo == 0 ? null : lineNo + 1, null,
                    RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage()
                            + (lineNo > 0 ? " (after " + lineNo + " lines were read)" : ""))));
        }
        return out;
    }

    /** One JSON Lines line; null for a blank line, which is not a record. */
    static IngestOutcome jsonRecord(String path, int lineNo, byte[] bytes, IngestRules rules) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (!decoded.ok()) {
            return IngestOutcome.of(Reject.ingest(path, lineNo, null, decoded.failure(), decoded.detail()));
        }
        if (decoded.text().isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(decoded.text());
        } catch (JsonProcessingException e) {
            return IngestOutcome.of(Reject.ingest(path, lineNo, null, RejectReason.BAD_JSON,
                    e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return IngestOutcome.of(Reject.ingest(path, lineNo, null, RejectReason.BAD_JSON,
                    "a line must hold one JSON object, found " + (node == null ? "nothing" : node.getNodeType())));
        }
        String id = scalar(node.get("id"));
        String text = null;
        for (String k : TEXT_KEYS) {
            if (node.hasNonNull(k) && node.get(k).isTextual()) {
                text = node.get(k).asText();
                break;
            }
        }
        if (text == null) {
            return IngestOutcome.of(Reject.ingest(path, lineNo, id, RejectReason.NO_TEXT_FIELD,
                    "no string field text, body or content"));
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (String[] keys : FIELD_KEYS) {
            for (int i = 1; i < keys.length && !given.containsKey(keys[0]); i++) {
                String v = scalar(node.get(keys[i]));
                if (v != null) {
                    given.put(keys[0], v);
                }
            }
        }
        node.fields().forEachRemaining(e -> {
            if (!isKnownKey(e.getKey()) && e.getValue().isValueNode() && !e.getValue().isNull()) {
                given.put(e.getKey(), e.getValue().asText());
            }
        });
        return ArticleFactory.build(new RawRecord(id, path, lineNo, text, given), rules);
    }

    private static boolean isKnownKey(String key) {
        if (key.equals("id")) {
            return true;
        }
        for (String k : TEXT_KEYS) {
            if (k.equals(key)) {
                return true;
            }
        }
        for (String[] keys : FIELD_KEYS) {
            for (int i = 1; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String scalar(JsonNode n) {
        return n == null || n.isNull() || !n.isValueNode() || n.asText().isBlank() ? null : n.asText();
    }
}
