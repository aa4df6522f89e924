package org.claimtrail.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Copies of some of data/sample's articles, with their manifest rows, for runs over corpora that change. */
public final class SampleCorpus {

    private SampleCorpus() {
    }

    /** Copies the sample's manifest rows {@code from} (0-based) to {@code from + n} and their files into {@code dir}. */
    public static Path copy(Path dir, int from, int n) {
        try {
            Files.createDirectories(dir);
            List<String> manifest = Files.readAllLines(ProjectFiles.sample().resolve("manifest.csv"), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>(List.of(manifest.get(0)));
            for (String row : manifest.subList(1 + from, 1 + from + n)) {
                String file = row.substring(0, row.indexOf(','));
                Files.copy(ProjectFiles.sample().resolve(file), dir.resolve(file));
                out.add(row);
            }
            Path m = dir.resolve("manifest.csv");
            if (Files.exists(m)) { // adding to a corpus: keep the rows it had
                List<String> had = Files.readAllLines(m, StandardCharsets.UTF_8);
                out.addAll(1, had.subList(1, had.size()));
            }
            Files.write(m, out, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
