package org.claimtrail.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes an {@link Article} out of a {@link RawRecord}: normalizes line breaks, drops boilerplate
 * lines, fills in the date and outlet the metadata lacks, and hashes the text. Pure: the same record
 * and rules always give the same outcome.
 */
public final class ArticleFactory {

    private ArticleFactory() {
    }

    /**
     * Metadata keys with a column of their own; any other given key goes to {@code meta}.
     * {@code published_from} names where a given date came from when it is not a manifest or JSON field
     * ({@code html} for a page's meta or JSON-LD date).
     */
    static final Set<String> COLUMNS = Set.of("outlet", "url", "published", "lang", "title", "published_from");

    public static IngestOutcome build(RawRecord raw, IngestRules rules) {
        String normalized = GluedSentences.unglue(raw.text().replace("\r\n", "\n").replace('\r', '\n'));
        BoilerplateFilter.Cleaned cleaned = rules.boilerplate().clean(normalized);
        if (cleaned.text().isBlank()) {
            return IngestOutcome.of(Reject.ingest(raw.sourcePath(), raw.line(), raw.docId(), RejectReason.EMPTY,
                    cleaned.droppedLines() > 0
                            ? "nothing left after dropping " + cleaned.droppedLines() + " boilerplate lines"
                            : "no text"));
        }
        Map<String, String> given = raw.given();
        Map<String, String> meta = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            if (!COLUMNS.contains(k) && v != null && !v.isBlank()) {
                meta.put(k, v);
            }
        });

        String url = blankToNull(given.get("url"));
        LocalDate published = null;
        String publishedFrom = null;
        String givenDate = blankToNull(given.get("published"));
        if (givenDate != null) {
            Optional<LocalDate> d = MetadataRules.parseIso(givenDate);
            if (d.isEmpty()) {
                meta.put("published_ignored", givenDate + " (not a YYYY-MM-DD date)");
            } else if (d.get().isAfter(rules.today().plusDays(1))) {
                meta.put("published_ignored", givenDate + " (in the future)");
            } else {
                published = d.get();
                publishedFrom = given.getOrDefault("published_from", "manifest");
            }
        }
        if (published == null) {
            Optional<LocalDate> d = MetadataRules.leadingDateMarker(normalized)
                    .or(() -> MetadataRules.dateline(normalized))
                    .filter(x -> !x.isAfter(rules.today().plusDays(1)));
            if (d.isPresent()) {
                published = d.get();
                publishedFrom = "text";
            }
        }
        if (published == null) {
            Optional<LocalDate> d = MetadataRules.urlDate(url).filter(x -> !x.isAfter(rules.today().plusDays(1)));
            if (d.isPresent()) {
                published = d.get();
                publishedFrom = "url";
            }
        }
        String outlet = blankToNull(given.get("outlet"));
        if (outlet == null) {
            outlet = MetadataRules.outletFromUrl(url).orElse(null);
            if (outlet != null) {
                meta.put("outlet_from", "url");
            }
        }
        // the language the record gives (manifest, JSON, the page's <html lang>), else the text's
        String lang = Languages.code(given.get("lang"));
        if (lang != null) {
            meta.put("lang_from", "given");
        } else {
            lang = rules.languages().detect(cleaned.text());
            if (lang != null) {
                meta.put("lang_from", "detected");
            }
        }
        String sha = sha256(cleaned.text());
        String docId = raw.docId() != null ? raw.docId() : sha.substring(0, 16);
        return IngestOutcome.of(new Article(docId, raw.sourcePath(), raw.line(), outlet, url, published, publishedFrom,
                lang, blankToNull(given.get("title")), cleaned.text(), sha, meta,
                cleaned.droppedLines()));
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
