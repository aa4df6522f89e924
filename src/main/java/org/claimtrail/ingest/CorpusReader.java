package org.claimtrail.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.hadoop.fs.Seekable;
import org.claimtrail.io.CorpusFiles;

/**
 * Runs on executors: reads one {@link InputUnit} and turns each record in it into exactly one
 * {@link IngestOutcome}. A text file is one record; a JSON Lines file (or range of one) is one record a
 * non-blank line; a web archive is read by {@link WarcArticles}. Compressed files are decompressed on
 * the fly ({@link Compression}). Outcomes are produced one at a time ({@link #stream}), never a whole
 * file at once. I/O failures become {@code unreadable} rejects, so one vanished file does not stop the run.
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

    /** All outcomes of a unit in a list: for tests and small units. */
    public static List<IngestOutcome> read(InputUnit unit, IngestRules rules) {
        List<IngestOutcome> out = new ArrayList<>();
        try (Outcomes it = stream(unit, rules)) {
            it.forEachRemaining(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The outcomes of a unit, one at a time. */
    public static Outcomes stream(InputUnit unit, IngestRules rules) {
        return switch (unit.kind()) {
            case REJECT -> Outcomes.of(List.of(IngestOutcome.of(unit.reject())));
            case TEXT -> Outcomes.of(List.of(readText(unit, rules)));
            case JSONL -> {
                if (unit.firstLine() == InputUnit.UNCOUNTED) {
                    throw new IllegalStateException("lines before " + unit.path() + "@" + unit.start()
                            + " not counted: run JsonLinesSplits.numberLines first");
                }
                yield new JsonLines(unit, rules);
            }
            case WARC -> WarcArticles.read(unit, rules);
        };
    }

    private static IngestOutcome readText(InputUnit unit, IngestRules rules) {
        String docId = unit.docId() != null ? unit.docId() : InputUnit.stem(unit.path());
        byte[] bytes;
        try {
            if (Compression.isCompressed(unit.path())) {
                // the size that counts is the text's, known only by decompressing it
                try (InputStream in = Compression.open(unit.path())) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, rules.maxBytes() + 1));
                }
                if (bytes.length > rules.maxBytes()) {
                    return IngestOutcome.of(Reject.ingest(unit.path(), null, docId, RejectReason.TOO_LARGE,
                            "over ingest.max_bytes=" + rules.maxBytes() + " bytes once decompressed"));
                }
            } else {
                long length = CorpusFiles.length(unit.path());
                if (length > rules.maxBytes()) {
                    return IngestOutcome.of(Reject.ingest(unit.path(), null, docId, RejectReason.TOO_LARGE,
                            length + " bytes, over ingest.max_bytes=" + rules.maxBytes()));
                }
                bytes = CorpusFiles.readAll(unit.path());
            }
        } catch (IOException | RuntimeException e) {
            return IngestOutcome.of(Reject.ingest(unit.path(), null, docId, RejectReason.UNREADABLE,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (!decoded.ok()) {
            return IngestOutcome.of(Reject.ingest(unit.path(), null, docId, decoded.failure(), decoded.detail()));
        }
        return ArticleFactory.build(new RawRecord(docId, unit.path(), null, decoded.text(), unit.given()), rules);
    }

    /**
     * The records of a JSON Lines file, or of the lines that start inside a byte range of one. A range
     * that starts mid-line leaves that line to the range before it, and reads past its own end to finish
     * its last line, so each line is read by exactly one range.
     */
    private static final class JsonLines extends Outcomes {
        private final InputUnit unit;
        private final IngestRules rules;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final byte[] buf = new byte[1 << 16];
        private int bufPos;
        private int bufLim;
        private InputStream in;
        private long pos;
        private long lineNo;
        private boolean eof;

        JsonLines(InputUnit unit, IngestRules rules) {
            this.unit = unit;
            this.rules = rules;
        }

        @Override
        protected IngestOutcome compute() {
            try {
                if (in == null && !eof && !open()) {
                    return null;
                }
                while (!eof && pos < unit.end()) {
                    boolean tooLong = readLine();
                    lineNo++;
                    if (tooLong) {
                        return IngestOutcome.of(Reject.ingest(unit.path(), (int) lineNo, null, RejectReason.TOO_LARGE,
                                "line over ingest.max_bytes=" + rules.maxBytes()));
                    }
                    if (line.size() > 0) {
                        IngestOutcome o = jsonRecord(unit.path(), (int) lineNo, line.toByteArray(), rules);
                        if (o != null) {
                            return o;
                        }
                    }
                }
                return null;
            } catch (IOException | RuntimeException e) {
                eof = true;
                long read = lineNo - unit.firstLine() + 1;
                return IngestOutcome.of(Reject.ingest(unit.path(), lineNo == 0 ? null : (int) lineNo + 1, null,
                        RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage()
                                + (read > 0 ? " (after " + read + " lines were read)" : "")));
            }
        }

        /** Opens the file at the range's first whole line; false if the range holds no line start. */
        private boolean open() throws IOException {
            in = Compression.open(unit.path());
            lineNo = unit.firstLine() - 1;
            if (unit.start() > 0) {
                if (!(in instanceof Seekable s)) {
                    throw new IOException("cannot seek in " + unit.path());
                }
                s.seek(unit.start() - 1);
                pos = unit.start() - 1;
                int before = readByte();
                if (before != '\n') {
                    // the line under way belongs to the range before: skip to its end
                    lineNo++;
                    int b = before;
                    while (b >= 0 && b != '\n') {
                        b = readByte();
                    }
                    if (b < 0) {
                        eof = true;
                        return false;
                    }
                }
            }
            return true;
        }

        private int readByte() throws IOException {
            if (bufPos == bufLim && !fill()) {
                return -1;
            }
            pos++;
            return buf[bufPos++] & 0xff;
        }

        private boolean fill() throws IOException {
            int n = in.read(buf);
            if (n <= 0) {
                return false;
            }
            bufPos = 0;
            bufLim = n;
            return true;
        }

        /** Reads up to the next newline into {@link #line}; true if the line was over the size limit. */
        private boolean readLine() throws IOException {
            line.reset();
            boolean tooLong = false;
            while (true) {
                if (bufPos == bufLim && !fill()) {
                    eof = true;
                    return tooLong;
                }
                int from = bufPos;
                while (bufPos < bufLim && buf[bufPos] != '\n') {
                    bufPos++;
                }
                int n = bufPos - from;
                if (!tooLong && line.size() + n <= rules.maxBytes()) {
                    line.write(buf, from, n);
                } else {
                    tooLong = true;
                }
                pos += n;
                if (bufPos < bufLim) {
                    bufPos++;
                    pos++;
                    return tooLong;
                }
            }
        }

        @Override
        public void close() throws IOException {
            eof = true;
            if (in != null) {
                in.close();
            }
        }
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
