package org.claimtrail.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a table as one local CSV or JSON Lines file, for tools that do not read Parquet, or as a
 * plain Parquet folder (the snapshot's rows and nothing else), for tools that do not read Delta.
 */
public final class TableExport {

    private TableExport() {
    }

    public enum Format {
        JSONL("jsonl"), CSV("csv"), PARQUET("parquet");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Writes {@code rows} to {@code target} as one file (a folder for Parquet) and returns how many rows it holds. */
    public static long export(Dataset<Row> rows, Format format, String target) {
        Path file = Path.of(target).toAbsolutePath();
        Path staging = file.resolveSibling("." + file.getFileName() + ".parts");
        if (format == Format.PARQUET) {
            return exportParquet(rows, file, staging);
        }
        Dataset<Row> one = rows.coalesce(1);
        if (format == Format.CSV) {
            one.select(flatColumns(rows.schema())).write().mode(SaveMode.Overwrite)
                    .option("header", "true").option("escape", "\"").csv(staging.toString());
        } else {
            one.write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(staging.toString());
        }
        try (Stream<Path> parts = Files.list(staging)) {
            Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Spark wrote no part file to " + staging));
            Files.createDirectories(file.getParent());
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            deleteRecursively(staging);
            try (Stream<String> lines = Files.lines(file)) {
                return format == Format.CSV ? countCsvRecords(rows) : lines.count();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A folder of Parquet files written aside, then renamed over the previous export. */
    private static long exportParquet(Dataset<Row> rows, Path folder, Path staging) {
        rows.write().mode(SaveMode.Overwrite).parquet(staging.toString());
        try {
            Files.createDirectories(folder.getParent());
            if (Files.exists(folder)) {
                deleteRecursively(folder);
            }
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + folder + ": " + e.getMessage(), e);
        }
        return rows.count();
    }

    private static long countCsvRecords(Dataset<Row> rows) {
        return rows.count();
    }

    /** CSV holds no nested values: maps, arrays and structs are written as JSON text. */
    private static Column[] flatColumns(StructType schema) {
        Column[] out = new Column[schema.size()];
        for (int i = 0; i < out.length; i++) {
            StructField f = schema.fields()[i];
            boolean nested = f.dataType() instanceof MapType || f.dataType() instanceof ArrayType
                    || f.dataType() instanceof StructType;
            out[i] = nested ? to_json(col(f.name())).as(f.name()) : col(f.name());
        }
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
