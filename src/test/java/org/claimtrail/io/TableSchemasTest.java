package org.claimtrail.io;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.claimtrail.testing.OutputTables;
import org.claimtrail.testing.PipelineRun;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every table of the sample run against its golden schema in data/schemas/ ({@link SchemaFile}), so a
 * change of what analysts read is a reviewed diff, never an accident. A table without a golden file,
 * and a golden file without a table, fail too. {@code -Dclaimtrail.schemas.update=true} rewrites the
 * golden files from the run instead (and deletes those whose table is gone).
 */
class TableSchemasTest {

    static final Path GOLDEN = ProjectFiles.home().resolve("data/schemas");
    static final boolean UPDATE = Boolean.getBoolean("claimtrail.schemas.update");

    /** data/schemas/claims.schema, data/schemas/reports.timeline.schema. */
    static String fileName(String table) {
        return table.replace('/', '.') + ".schema";
    }

    @TestFactory
    Stream<DynamicTest> everyTableMatchesItsGoldenSchema() throws IOException {
        PipelineRun run = PipelineRun.sample();
        Map<String, String> tableOfFile = new TreeMap<>();
        Map<String, List<String>> actual = new TreeMap<>();
        for (String table : OutputTables.list(run.output())) {
            tableOfFile.put(fileName(table), table);
            actual.put(fileName(table), SchemaFile.lines(run.tables.read(run.spark, table).schema()));
        }
        if (UPDATE) {
            update(actual, tableOfFile);
        }
        TreeSet<String> files = new TreeSet<>(actual.keySet());
        files.addAll(goldenFiles());
        return files.stream().map(file -> dynamicTest(tableOfFile.getOrDefault(file, file),
                () -> check(file, tableOfFile.get(file), actual.get(file))));
    }

    private static void check(String file, String table, List<String> actual) throws IOException {
        Path golden = GOLDEN.resolve(file);
        if (actual == null) {
            fail("data/schemas/" + file + " has no table in the sample run's output: if the pipeline no longer "
                    + "writes it, delete the file, or run\n  " + SchemaFile.UPDATE_COMMAND);
        }
        if (!Files.exists(golden)) {
            fail("table " + table + " has no golden schema data/schemas/" + file + "; create it with\n  "
                    + SchemaFile.UPDATE_COMMAND + "\nand commit it:\n" + String.join("\n", actual));
        }
        List<String> changes = SchemaFile.diff(SchemaFile.parse(Files.readString(golden, StandardCharsets.UTF_8)), actual);
        if (!changes.isEmpty()) {
            fail("table " + table + " no longer has the schema in data/schemas/" + file + ":\n  "
                    + String.join("\n  ", changes) + "\nIf the change is intended (readers of the output will see it), "
                    + "rewrite the golden files and commit them with the change:\n  " + SchemaFile.UPDATE_COMMAND);
        }
    }

    private static void update(Map<String, List<String>> actual, Map<String, String> tableOfFile) throws IOException {
        Files.createDirectories(GOLDEN);
        for (String stale : goldenFiles()) {
            if (!actual.containsKey(stale)) {
                Files.delete(GOLDEN.resolve(stale));
                System.err.println("TableSchemasTest: deleted data/schemas/" + stale);
            }
        }
        for (var e : actual.entrySet()) {
            Files.writeString(GOLDEN.resolve(e.getKey()), SchemaFile.render(tableOfFile.get(e.getKey()), e.getValue()),
                    StandardCharsets.UTF_8);
        }
        System.err.println("TableSchemasTest: wrote " + actual.size() + " golden schemas to " + GOLDEN);
    }

    private static List<String> goldenFiles() throws IOException {
        if (!Files.isDirectory(GOLDEN)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema")).sorted().toList();
        }
    }
}
