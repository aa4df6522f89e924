package org.claimtrail.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.claimtrail.config.ConfigException;
import org.claimtrail.io.CorpusFiles;

/**
 * Runs on the driver: expands the {@code --input} paths into {@link InputUnit}s. It lists folders and
 * reads their (small) manifests; the articles themselves are read on executors by {@link CorpusReader}.
 * Manifest rows that name no existing file become rejects here, so no input record is lost.
 * <p>
 * A file's kind comes from its name once a compression extension ({@code .gz}, {@code .bz2},
 * {@code .zst}) is set aside: {@code .txt} text, {@code .jsonl/.ndjson/.json} JSON Lines,
 * {@code .warc/.wet} web archive. An uncompressed JSON Lines file larger than the split size is cut
 * into byte ranges read by separate tasks.
 * <p>
 * A text file's doc_id is its path under the input folder without extensions: {@code 101.txt} at the
 * top of the folder is {@code 101}, {@code wire/101.txt} is {@code wire/101}, so same-named files in
 * subfolders stay apart. Should two inputs still give one id (two folders named as inputs that both
 * hold {@code 101.txt}), those files take as many parent folders as make their ids differ.
 */
public final class CorpusDiscovery {

    private CorpusDiscovery() {
    }

    public static final String MANIFEST = "manifest.csv";

    /** JSON Lines files above this many bytes are read in ranges of this size unless told otherwise. */
    public static final long DEFAULT_SPLIT_BYTES = 64L << 20;

    /** Discovery with no file names excluded. */
    public static List<InputUnit> discover(List<String> inputs) {
        return discover(inputs, List.of());
    }

    public static List<InputUnit> discover(List<String> inputs, List<String> exclude) {
        return discover(inputs, exclude, DEFAULT_SPLIT_BYTES);
    }

    /**
     * @param exclude    glob patterns of file names inside input folders that are not corpus files
     *                   (gold files, READMEs); a file named directly as an input is never excluded
     * @param splitBytes an uncompressed JSON Lines file larger than this is read in ranges of this size
     */
    public static List<InputUnit> discover(List<String> inputs, List<String> exclude, long splitBytes) {
        if (splitBytes <= 0) {
            throw new ConfigException("the JSON Lines split size must be positive, got " + splitBytes);
        }
        List<java.nio.file.PathMatcher> matchers = exclude.stream()
                .map(g -> java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        List<InputUnit> units = new ArrayList<>();
        for (String input : inputs) {
            try {
                FileStatus st = CorpusFiles.status(input);
                if (st == null) {
                    throw new ConfigException("input not found: " + input);
                }
                if (st.isDirectory()) {
                    units.addAll(folder(st.getPath().toString(), matchers, splitBytes));
                } else {
                    units.addAll(single(st.getPath().toString(), st.getLen(), splitBytes));
                }
            } catch (IOException e) {
                throw new ConfigException("cannot list input " + input + ": " + e.getMessage());
            }
        }
        return distinctTextIds(units);
    }

    /**
     * A file named directly: JSON Lines or web archive by extension, otherwise text with its folder's
     * manifest row and its name as doc_id.
     */
    private static List<InputUnit> single(String path, long length, long splitBytes) throws IOException {
        if (isJsonLines(path)) {
            return jsonLines(path, length, splitBytes);
        }
        if (isWebArchive(path)) {
            return List.of(InputUnit.warc(path));
        }
        String folder = new Path(path).getParent().toString();
        ManifestCsv.Row row = manifestRows(folder, new ArrayList<>()).get(new Path(path).getName());
        return List.of(InputUnit.text(path, row == null ? Map.of() : metadata(row)));
    }

    /** A JSON Lines file as one unit, or as byte ranges when it is large and not compressed. */
    private static List<InputUnit> jsonLines(String path, long length, long splitBytes) {
        if (length <= splitBytes || Compression.isCompressed(path)) {
            return List.of(InputUnit.jsonl(path));
        }
        List<InputUnit> ranges = new ArrayList<>();
        for (long start = 0; start < length; start += splitBytes) {
            ranges.add(InputUnit.jsonlRange(path, start, Math.min(length, start + splitBytes)));
        }
        return ranges;
    }

    private static List<InputUnit> folder(String folder, List<java.nio.file.PathMatcher> exclude, long splitBytes)
            throws IOException {
        String root = new Path(folder).toUri().getPath();
        List<InputUnit> units = new ArrayList<>();
        Map<String, List<CorpusFiles.Listed>> byDir = new LinkedHashMap<>();
        for (CorpusFiles.Listed f : CorpusFiles.listRecursively(folder)) {
            byDir.computeIfAbsent(new Path(f.path()).getParent().toString(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<CorpusFiles.Listed>> dir : byDir.entrySet()) {
            Map<String, ManifestCsv.Row> rows = manifestRows(dir.getKey(), units);
            Set<String> seen = new HashSet<>();
            for (CorpusFiles.Listed f : dir.getValue()) {
                String name = new Path(f.path()).getName();
                seen.add(name);
                if (name.equals(MANIFEST) || exclude.stream().anyMatch(m -> m.matches(java.nio.file.Path.of(name)))) {
                    continue;
                }
                if (isText(name)) {
                    ManifestCsv.Row row = rows.get(name);
                    units.add(InputUnit.text(f.path(), relativeId(root, f.path()), row == null ? Map.of() : metadata(row)));
                } else if (isJsonLines(name)) {
                    units.addAll(jsonLines(f.path(), f.length(), splitBytes));
                } else if (isWebArchive(name)) {
                    units.add(InputUnit.warc(f.path()));
                } else {
                    units.add(InputUnit.rejected(Reject.ingest(f.path(), null, null, RejectReason.UNSUPPORTED_FILE,
                            "not .txt, JSON Lines (.jsonl, .ndjson, .json) or WARC (.warc, .wet), "
                                    + "plain or compressed (.gz, .bz2, .zst)")));
                }
            }
            rows.forEach((file, row) -> {
                if (!seen.contains(file)) {
                    units.add(InputUnit.rejected(Reject.ingest(dir.getKey() + "/" + MANIFEST, row.line(), null,
                            RejectReason.MISSING_FILE, "manifest names " + file + ", which is not in the folder")));
                }
            });
        }
        return units;
    }

    /**
     * Reads a folder's manifest, if any: usable rows by file name. Rows that cannot be used become
     * rejects in {@code units}, since each row is an input record of its own.
     */
    private static Map<String, ManifestCsv.Row> manifestRows(String folder, List<InputUnit> units) throws IOException {
        String path = folder + "/" + MANIFEST;
        if (CorpusFiles.status(path) == null) {
            return Map.of();
        }
        ManifestCsv.Manifest m = ManifestCsv.parse(new String(CorpusFiles.readAll(path), StandardCharsets.UTF_8));
        Map<String, ManifestCsv.Row> byFile = new LinkedHashMap<>();
        for (ManifestCsv.Row row : m.rows()) {
            String file = row.fields().get("file");
            String problem = row.problem() != null ? row.problem()
                    : !m.hasFileColumn() ? "the manifest has no 'file' column"
                    : file == null || file.isBlank() ? "no file name"
                    : byFile.containsKey(file) ? "file " + file + " is listed again" : null;
            if (problem != null) {
                units.add(InputUnit.rejected(Reject.ingest(path, row.line(), null, RejectReason.BAD_MANIFEST_ROW, problem)));
            } else {
                byFile.put(file, row);
            }
        }
        return byFile;
    }

    private static Map<String, String> metadata(ManifestCsv.Row row) {
        Map<String, String> given = new LinkedHashMap<>(row.fields());
        given.remove("file");
        return given;
    }

    /** The doc_id of a text file found under an input folder: its relative path without extensions. */
    static String relativeId(String root, String file) {
        String path = new Path(file).toUri().getPath();
        String rel = path.startsWith(root + "/") ? path.substring(root.length() + 1) : new Path(file).getName();
        int slash = rel.lastIndexOf('/');
        return (slash < 0 ? "" : rel.substring(0, slash + 1)) + InputUnit.stem(rel);
    }

    /**
     * Text files of different inputs that came out with one doc_id take parent folder names, as many
     * as make them differ ({@code dev/101}, {@code extra/101}). Ids unique already are left alone, so a
     * corpus read on its own keeps its ids.
     */
    static List<InputUnit> distinctTextIds(List<InputUnit> units) {
        Map<String, List<Integer>> byId = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() == InputUnit.Kind.TEXT) {
                byId.computeIfAbsent(units.get(i).docId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<InputUnit> out = new ArrayList<>(units);
        for (List<Integer> same : byId.values()) {
            if (same.size() < 2 || same.stream().map(i -> units.get(i).path()).distinct().count() < 2) {
                continue;
            }
            for (int parents = 1; parents < 64; parents++) {
                Map<String, String> ids = new LinkedHashMap<>();
                for (int i : same) {
                    ids.put(units.get(i).path(), withParents(units.get(i).path(), parents));
                }
                if (ids.values().stream().distinct().count() == ids.size()) {
                    same.forEach(i -> out.set(i, units.get(i).withDocId(ids.get(units.get(i).path()))));
                    break;
                }
            }
        }
        return out;
    }

    private static String withParents(String file, int parents) {
        Path p = new Path(file).getParent();
        String id = InputUnit.stem(file);
        for (int k = 0; k < parents && p != null && !p.getName().isEmpty(); k++, p = p.getParent()) {
            id = p.getName() + "/" + id;
        }
        return id;
    }

    static boolean isText(String name) {
        return Compression.inner(name).toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    static boolean isJsonLines(String name) {
        String n = Compression.inner(name).toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }

    /** WARC or WET (Common Crawl names them {@code .warc.gz} and {@code .warc.wet.gz}). */
    static boolean isWebArchive(String name) {
        String n = Compression.inner(name).toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".wet");
    }
}
