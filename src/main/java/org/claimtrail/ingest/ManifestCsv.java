package org.claimtrail.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a corpus folder's {@code manifest.csv}: a header row, then one row a file. Columns
 * {@code file,outlet,url,published,lang} (any may be missing; {@code title} is understood too);
 * unknown columns are kept and end up in {@code articles.meta}. Quoted fields follow RFC 4180.
 */
public final class ManifestCsv {

    private ManifestCsv() {
    }

    /** A data row: its 1-based line in the file and its fields by lower-cased header name, or why it is bad. */
    public record Row(int line, Map<String, String> fields, String problem) {
    }

    /** The header and rows; {@code hasFileColumn} false means rows cannot be tied to files. */
    public record Manifest(List<String> header, List<Row> rows, boolean hasFileColumn) {
    }

    public static Manifest parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        split(csv.startsWith("\uFEFF") ? csv.substring(1) : csv, records, lines);
        if (records.isEmpty()) {
            return new Manifest(List.of(), List.of(), false);
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) {
            header.add(h.strip().toLowerCase(Locale.ROOT));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            if (r.size() != header.size()) {
                rows.add(new Row(lines.get(i), Map.of("raw", String.join(",", r)),
                        "has " + r.size() + " fields, the header has " + header.size()));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), r.get(c).strip());
            }
            rows.add(new Row(lines.get(i), fields, null));
        }
        return new Manifest(header, rows, header.contains("file"));
    }

    private static void split(String csv, List<List<String>> records, List<Integer> lines) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
