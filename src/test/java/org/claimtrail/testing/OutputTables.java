package org.claimtrail.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tables under a pipeline output folder as found on disk, the way an analyst browsing it finds
 * them, so tests cover every table the pipeline writes, including ones added later.
 */
public final class OutputTables {

    private OutputTables() {
    }

    /**
     * Names relative to the output folder ({@code claims}, {@code reports/timeline}), sorted. A table
     * is a visible folder holding a Delta log; names starting with {@code .} or {@code _}
     * (staging copies, the Delta log) are not looked into.
     */
    public static List<String> list(Path output) {
        List<String> tables = new ArrayList<>();
        collect(output, output, tables);
        tables.sort(null);
        return tables;
    }

    private static void collect(Path output, Path dir, List<String> tables) {
        List<Path> children = visibleChildren(dir);
        boolean isTable = Files.isDirectory(dir.resolve("_delta_log"));
        if (isTable) {
            tables.add(output.relativize(dir).toString().replace('\\', '/'));
            return;
        }
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                collect(output, child, tables);
            }
        }
    }

    private static List<Path> visibleChildren(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().startsWith("_")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
