package org.claimtrail.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimtrail.ingest.ManifestCsv;

/**
 * The benchmark's corpus: distinct articles of news length, each made of paragraphs drawn from
 * different real source articles. Never copies of one text: the pipeline annotates a text once
 * however often it occurs, so copies would measure the cache, not the pipeline.
 */
public final class BenchCorpus {

    /** Words an article grows to before it ends: about 300 tokens, the length of a typical news story. */
    static final int TARGET_WORDS = 260;

    private BenchCorpus() {
    }

    /** A source article: its text and publication date (or null). */
    public record Source(String name, String text, String published) {
    }

    /** A paragraph of a source article, with that article's date. */
    record Paragraph(int id, String text, String published) {
    }

    /** An article of the benchmark corpus. */
    public record Article(String id, String text, String published) {
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

    /** The paragraphs of the sources (blank-line separated, at least eight words; titles and bylines are shorter). */
    static List<Paragraph> paragraphs(List<Source> sources) {
        List<Paragraph> out = new ArrayList<>();
        for (Source s : sources) {
            for (String p : s.text().split("\\n\\s*\\n")) {
                String t = p.strip();
                if (words(t) >= 8) {
                    out.add(new Paragraph(out.size(), t, s.published()));
                }
            }
        }
        return out;
    }

    /**
     * {@code n} distinct articles: each a title line and paragraphs drawn at random (seeded, so every
     * run gets the same corpus) until it holds {@link #TARGET_WORDS} words; it takes its date from its
     * first paragraph's article. No two articles hold the same paragraphs in the same order.
     */
    public static List<Article> compose(List<Source> sources, int n, long seed) {
        List<Paragraph> pool = paragraphs(sources);
        if (pool.size() < 4) {
            throw new IllegalArgumentException("the bench sources hold " + pool.size() + " paragraphs; at least 4 are needed");
        }
        Random random = new Random(seed);
        Set<List<Integer>> seen = new HashSet<>();
        List<Article> out = new ArrayList<>(n);
        int attempts = 0;
        while (out.size() < n) {
            if (++attempts > 20L * n + 1000) {
                throw new IllegalStateException("could not compose " + n + " distinct articles from " + pool.size() + " paragraphs");
            }
            List<Integer> picked = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            int words = 0;
            while (words < TARGET_WORDS && picked.size() < pool.size()) {
                Paragraph p = pool.get(random.nextInt(pool.size()));
                if (picked.contains(p.id())) {
                    continue;
                }
                picked.add(p.id());
                body.append("\n\n").append(p.text());
                words += words(p.text());
            }
            if (!seen.add(picked)) {
                continue;
            }
            int i = out.size();
            out.add(new Article("bench-" + i, "Bench report " + letters(i) + body, pool.get(picked.get(0)).published()));
        }
        return out;
    }

    /** Writes the articles as JSON Lines. */
    public static void write(List<Article> articles, Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(jsonl.getParent());
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("id", a.id());
                rec.put("text", a.text());
                if (a.published() != null) {
                    rec.put("published", a.published());
                }
                w.write(json.writeValueAsString(rec));
                w.write('\n');
            }
        }
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** 0 → "a", 25 → "z", 26 → "ba": an id with no digits in it, so a title is never a candidate sentence. */
    static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return sb.reverse().toString();
    }
}
