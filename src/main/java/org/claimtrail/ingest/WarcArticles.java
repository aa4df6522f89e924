package org.claimtrail.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.claimtrail.io.CorpusFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads a web archive (WARC or WET, plain or gzipped, as Common Crawl's CC-NEWS and WET files come)
 * record by record. The article candidates are:
 * <ul>
 *   <li>{@code response} records: the HTTP payload's HTML becomes an article through {@link HtmlArticle};
 *       a status other than 200, a payload that is not HTML, a page with no article text, or a record
 *       that cannot be parsed is a reject;</li>
 *   <li>{@code resource} records holding HTML, read the same way without the HTTP part;</li>
 *   <li>{@code conversion} records (WET): their plain text is the article text.</li>
 * </ul>
 * The other record types (warcinfo, request, metadata, revisit) describe a crawl, not an article:
 * they are skipped and counted by type. A candidate's doc_id is its WARC-Record-ID (the UUID), its
 * {@code line} its 1-based record number in the file; the URL is WARC-Target-URI, so the outlet comes
 * from its host.
 */
public final class WarcArticles {

    private WarcArticles() {
    }

    public static Outcomes read(InputUnit unit, IngestRules rules) {
        return new Records(unit, rules);
    }

    private static final class Records extends Outcomes {
        private final InputUnit unit;
        private final IngestRules rules;
        private WarcReader reader;
        private int recordNo;
        private boolean done;

        Records(InputUnit unit, IngestRules rules) {
            this.unit = unit;
            this.rules = rules;
        }

        @Override
        protected IngestOutcome compute() {
            if (done) {
                return null;
            }
            long offset = 0;
            WarcRecord record;
            try {
                if (reader == null) {
                    reader = new WarcReader(open(unit.path()));
                    reader.setLenient(true);
                }
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    done = true;
                    return null;
                }
                record = next.get();
                offset = reader.position();
                recordNo++;
            } catch (IOException | RuntimeException e) {
                // the stream cannot be trusted past a broken record: report it and what was not read
                done = true;
                return IngestOutcome.of(Reject.ingest(unit.path(), recordNo + 1, null,
                        recordNo == 0 ? RejectReason.UNREADABLE : RejectReason.BAD_RECORD,
                        "WARC record " + (recordNo + 1) + " cannot be read (" + e.getClass().getSimpleName() + ": "
                                + e.getMessage() + "); the rest of the file is not read"));
            }
            try {
                return candidate(record, offset);
            } catch (IOException | RuntimeException e) {
                return IngestOutcome.of(Reject.ingest(unit.path(), recordNo, docId(record), RejectReason.BAD_RECORD,
                        record.type() + " record at byte " + offset + ": " + e.getClass().getSimpleName() + ": "
                                + e.getMessage()));
            }
        }

        private IngestOutcome candidate(WarcRecord record, long offset) throws IOException {
            String docId = docId(record);
            if (record instanceof WarcResponse response) {
                String url = response.target();
                if (!response.contentType().base().equals(MediaType.HTTP)) {
                    // dns: and other non-HTTP captures are responses too
                    return reject(docId, RejectReason.NOT_HTML, "a " + response.contentType().base()
                            + " response, not HTTP, for " + url);
                }
                HttpResponse http = response.http();
                if (http.status() != 200) {
                    String reason = http.reason() == null || http.reason().isBlank() ? "" : " " + http.reason().strip();
                    return reject(docId, RejectReason.HTTP_STATUS, "HTTP " + http.status() + reason + " for " + url);
                }
                return html(response, http.contentType(), http.bodyDecoded(), docId, offset);
            }
            if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
                return html(resource, resource.contentType(), resource.body(), docId, offset);
            }
            if (record instanceof WarcConversion conversion) {
                return text(conversion, docId, offset);
            }
            if (record instanceof WarcResource resource) {
                return reject(docId, RejectReason.NOT_HTML, "resource " + resource.contentType().base() + " for " + resource.target());
            }
            return IngestOutcome.skipped(unit.path(), recordNo, record.type());
        }

        private IngestOutcome html(WarcTargetRecord record, MediaType type, MessageBody body, String docId, long offset)
                throws IOException {
            if (!isHtml(type)) {
                return reject(docId, RejectReason.NOT_HTML, type.base() + " for " + record.target());
            }
            byte[] bytes = readUpTo(body.stream(), rules.maxBytes() + 1);
            if (bytes.length > rules.maxBytes()) {
                return reject(docId, RejectReason.TOO_LARGE, "page over ingest.max_bytes=" + rules.maxBytes() + ": " + record.target());
            }
            String charset = type.parameters().get("charset");
            if (charset != null && !Charset.isSupported(charset)) {
                charset = null; // jsoup then looks for <meta charset>, else UTF-8
            }
            Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), charset, record.target());
            // a paragraph that is one boilerplate line ("Advertisement") goes whole, blank lines and all
            HtmlArticle.Extracted page = HtmlArticle.extract(doc, rules.html())
                    .without(p -> p.indexOf('\n') < 0 && rules.boilerplate().isFurnitureLine(p));
            if (page.paragraphs().isEmpty()) {
                return reject(docId, RejectReason.EMPTY, "no article text in the page " + record.target());
            }
            Map<String, String> given = given(record, offset);
            put(given, "title", page.title());
            put(given, "lang", page.lang());
            put(given, "site_name", page.siteName());
            if (page.published() != null) {
                given.put("published", page.published());
                given.put("published_from", "html");
            }
            return ArticleFactory.build(new RawRecord(docId, unit.path(), recordNo, page.text(), given), rules);
        }

        private IngestOutcome text(WarcConversion record, String docId, long offset) throws IOException {
            byte[] bytes = readUpTo(record.body().stream(), rules.maxBytes() + 1);
            if (bytes.length > rules.maxBytes()) {
                return reject(docId, RejectReason.TOO_LARGE, "text over ingest.max_bytes=" + rules.maxBytes() + ": " + record.target());
            }
            TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
            if (!decoded.ok()) {
                return reject(docId, decoded.failure(), decoded.detail());
            }
            Map<String, String> given = given(record, offset);
            record.headers().first("WARC-Identified-Content-Language").ifPresent(l -> given.put("content_language", l));
            return ArticleFactory.build(new RawRecord(docId, unit.path(), recordNo, decoded.text(), given), rules);
        }

        /** What the WARC headers say about a candidate: its URL, and where to find it again in meta. */
        private Map<String, String> given(WarcTargetRecord record, long offset) {
            Map<String, String> given = new LinkedHashMap<>();
            put(given, "url", record.target());
            given.put("warc_type", record.type());
            given.put("warc_offset", Long.toString(offset));
            record.headers().first("WARC-Date").ifPresent(d -> given.put("crawled", d));
            if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
                given.put("warc_truncated", record.truncated().name().toLowerCase(Locale.ROOT));
            }
            return given;
        }

        private IngestOutcome reject(String docId, RejectReason reason, String detail) {
            return IngestOutcome.of(Reject.ingest(unit.path(), recordNo, docId, reason, detail));
        }

        @Override
        public void close() throws IOException {
            done = true;
            if (reader != null) {
                reader.close();
            }
        }
    }

    /**
     * The file's bytes as jwarc wants them: jwarc reads gzip (one member a record, as WARC.gz files are
     * written) itself; other compressions go through {@link Compression}.
     */
    private static InputStream open(String path) throws IOException {
        boolean ownCompression = Compression.codec(path)
                .map(c -> c.getDefaultExtension().equals(".gz")).orElse(true);
        return ownCompression ? CorpusFiles.open(path) : Compression.open(path);
    }

    static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The record's UUID ({@code urn:uuid:...} without its prefix), or the whole id if it is no UUID. */
    static String docId(WarcRecord record) {
        URI id = record.id();
        if (id == null) {
            return null;
        }
        String s = id.toString();
        return s.startsWith("urn:uuid:") ? s.substring("urn:uuid:".length()) : s;
    }

    private static byte[] readUpTo(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}
