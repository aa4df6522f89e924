package org.claimtrail.ingest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers an article's date and outlet when its manifest does not give them. Each rule is a small
 * static function so it can be tested on its own; {@link ArticleFactory} applies them in order of
 * trust: manifest, then the text's header, then the URL.
 */
public final class MetadataRules {

    private MetadataRules() {
    }

    /** Oldest and newest plausible years for a news date: guards against ids that look like dates. */
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    /** Header rules look only this far into the text, where scrapers put bylines and datelines. */
    private static final int HEADER_CHARS = 600;

    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");

    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /**
     * A header line that is a date: "December 20, 2024 at 10:50 JST", "Published December 23, 2024",
     * "Updated: 20 December 2024, 14:03". The whole line must be the dateline, so a body sentence
     * such as "On December 18, 2024 officials said" never counts.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*(?:(?:Published|Posted|Updated|Last updated)(?:[ \\t]+on)?:?[ \\t]+)?"
                    + "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \\t]+)?"
                    + "(?:" + MONTH + "[ \\t]+(\\d{1,2}),?[ \\t]+(\\d{4})"
                    + "|(\\d{1,2})[ \\t]+" + MONTH + ",?[ \\t]+(\\d{4}))"
                    + "(?:,?[ \\t]+(?:at[ \\t]+)?\\d{1,2}[:.]\\d{2}(?:[ \\t]*[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?)?"
                    + "[ \\t]*\\.?[ \\t]*$",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    private static final Pattern URL_PATH_DATE = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern URL_DASH_DATE = Pattern.compile("/(\\d{4})-(\\d{2})-(\\d{2})(?:/|$|[-_])");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile("[?&](?:ud|date|d)=(\\d{4})(\\d{2})(\\d{2})");
    /** A Unix timestamp in seconds just before the extension: {@code ...-1734663799.html}. */
    private static final Pattern URL_EPOCH = Pattern.compile("[-_/](\\d{10})(?:\\.s?html?|\\.php)?(?:$|[?#])");

    /** A leading {@code date YYYY-MM-DD} marker, as some scrapers write before the article. */
    public static Optional<LocalDate> leadingDateMarker(String text) {
        Matcher m = DATE_LINE.matcher(text);
        return m.find() ? parseIso(m.group(1)) : Optional.empty();
    }

    /** A dateline within the first lines of the text. */
    public static Optional<LocalDate> dateline(String text) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), HEADER_CHARS)));
        while (m.find()) {
            Optional<LocalDate> d = m.group(1) != null
                    ? of(m.group(3), month(m.group(1)), m.group(2))
                    : of(m.group(6), month(m.group(5)), m.group(4));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A publication date written into the URL: path, query or Unix timestamp. */
    public static Optional<LocalDate> urlDate(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {URL_PATH_DATE, URL_DASH_DATE, URL_COMPACT_DATE}) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                Optional<LocalDate> d = of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Matcher m = URL_EPOCH.matcher(url);
        while (m.find()) {
            LocalDate d = Instant.ofEpochSecond(Long.parseLong(m.group(1))).atZone(ZoneOffset.UTC).toLocalDate();
            if (d.getYear() >= 2001 && d.getYear() <= MAX_YEAR) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The outlet named by a URL's host, {@code www.} and mobile prefixes dropped. */
    public static Optional<String> outletFromUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT).replaceFirst("^(?:www\\d?|m|amp|mobile)\\.", "");
            return Optional.of(host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A date as metadata writes it: {@code 2024-12-20}, or an ISO date-time whose date part is taken
     * as written (the outlet's own calendar day).
     */
    public static Optional<LocalDate> parseIso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.length() >= 10 && v.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            try {
                LocalDate d = LocalDate.parse(v.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
                return plausible(d) ? Optional.of(d) : Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, int month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            return plausible(d) ? Optional.of(d) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
