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
 */
public final class CorpusDiscovery {

    private CorpusDiscovery() {
    }

    public static final String MANIFEST = "manifest.csv";

    /** Discovery with no file names excluded. */
    public static List<InputUnit> discover(List<String> inputs) {
        return discover(inputs, List.of());
    }

    /**
     * @param exclude glob patterns of file names inside input folders that are not corpus files
     *                (gold files, READMEs); a file named directly as an input is never excluded
     */
    public static List<InputUnit> discover(List<String> inputs, List<String> exclude) {
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
                    units.addAll(folder(st.getPath().toString(), matchers));
                } else {
                    units.add(single(st.getPath().toString()));
                }
            } catch (IOException e) {
                throw new ConfigException("cannot list input " + input + ": " + e.getMessage());
            }
        }
        return units;
    }

    /** A file named directly: JSON Lines by extension, otherwise text with its folder's manifest row. */
    private static InputUnit single(String path) throws IOException {
        if (isJsonLines(path)) {
            return InputUnit.jsonl(path);
        }
        String folder = new Path(path).getParent().toString();
        ManifestCsv.Row row = manifestRows(folder, new ArrayList<>()).get(new Path(path).getName());
        return InputUnit.text(path, row == null ? Map.of() : metadata(row));
    }

    private static List<InputUnit> folder(String folder, List<java.nio.file.PathMatcher> exclude) throws IOException {
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
                if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                    ManifestCsv.Row row = rows.get(name);
                    units.add(InputUnit.text(f.path(), row == null ? Map.of() : metadata(row)));
                } else if (isJsonLines(name)) {
                    units.add(InputUnit.jsonl(f.path()));
                } else {
                    units.add(InputUnit.rejected(Reject.ingest(f.path(), null, null, RejectReason.UNSUPPORTED_FILE,
                            "not .txt or JSON Lines (.jsonl, .ndjson, .json)")));
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

    static boolean isJsonLines(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }
}
