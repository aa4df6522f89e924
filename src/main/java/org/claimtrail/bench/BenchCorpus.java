package org.claimtrail.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimtrail.ingest.ManifestCsv;

/**
 * The benchmark's corpus: the articles of the given folders repeated until there are enough, each
 * copy with its own id and a distinct last line (letters only, so it never becomes a candidate
 * sentence), so ingest's de-duplication and the annotation cache treat every copy as new.
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    /** A source article: its text and publication date (or null). */
    public record Source(String name, String text, String published) {
    }

    public static List<Source> sources(List<Path> folders) throws IOException {
        List<Source> out = new ArrayList<>();
        for (Path folder : folders) {
            Map<String, String> dates = new java.util.HashMap<>();
            Path manifest = folder.resolve("manifest.csv");
            if (Files.exists(manifest)) {
                for (ManifestCsv.Row r : ManifestCsv.parse(Files.readString(manifest)).rows()) {
                    if (r.problem() == null && r.fields().get("file") != null) {
                        dates.put(r.fields().get("file"), r.fields().get("published"));
                    }
                }
            }
            try (var files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    String date = dates.get(name);
                    out.add(new Source(name, Files.readString(f, StandardCharsets.UTF_8),
                            date == null || date.isBlank() ? null : date));
                }
            }
        }
        return out;
    }

    /** Writes {@code n} articles as JSON Lines and returns their texts in order. */
    public static List<String> write(List<Source> sources, int n, Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>(n);
        Files.createDirectories(jsonl.getParent());
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Source s = sources.get(i % sources.size());
                // First line, not last: boilerplate tail rules may drop an article's last lines.
                String text = "Archive copy " + letters(i) + ".\n\n" + s.text().strip();
                texts.add(text);
                Map<String, Object> rec = new java.util.LinkedHashMap<>();
                rec.put("id", "bench-" + i);
                rec.put("text", text);
                if (s.published() != null) {
                    rec.put("published", s.published());
                }
                w.write(json.writeValueAsString(rec));
                w.write('\n');
            }
        }
        return texts;
    }

    /** 0 → "a", 25 → "z", 26 → "ba": an id with no digits in it. */
    static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return sb.reverse().toString();
    }
}
