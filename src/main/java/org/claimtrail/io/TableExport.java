package org.claimtrail.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.util.Locale;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a table as one CSV or JSON Lines file, for tools that do not read Parquet, or as a
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

    /**
     * Writes {@code rows} to {@code target} (a local path or a URI of any Hadoop filesystem) as one
     * file (a folder for Parquet) and returns how many rows it holds. Spark writes a folder beside the
     * target; its one part file is then renamed into place.
     */
    public static long export(Dataset<Row> rows, Format format, String target) {
        write(rows, format, target);
        // a CSV record may hold line breaks inside quotes: count rows, not lines
        return format == Format.JSONL ? HadoopFiles.countLines(target) : rows.count();
    }

    /** {@link #export} without the count, for a caller that knows it (a report, from its table's write). */
    public static void write(Dataset<Row> rows, Format format, String target) {
        String staging = sibling(target, "." + name(target) + ".parts");
        if (format == Format.PARQUET) {
            exportParquet(rows, target, staging);
            return;
        }
        Dataset<Row> one = rows.coalesce(1);
        if (format == Format.CSV) {
            one.select(flatColumns(rows.schema())).write().mode(SaveMode.Overwrite)
                    .option("header", "true").option("escape", "\"").csv(staging);
        } else {
            one.write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(staging);
        }
        String part = HadoopFiles.firstFile(staging, "part-");
        if (part == null) {
            throw new IllegalStateException("Spark wrote no part file to " + staging);
        }
        HadoopFiles.delete(target);
        HadoopFiles.rename(part, target);
        HadoopFiles.delete(staging);
    }

    /** A folder of Parquet files written aside, then renamed over the previous export. */
    private static void exportParquet(Dataset<Row> rows, String folder, String staging) {
        rows.write().mode(SaveMode.Overwrite).parquet(staging);
        HadoopFiles.delete(folder);
        HadoopFiles.rename(staging, folder);
    }

    private static String name(String location) {
        return new org.apache.hadoop.fs.Path(location).getName();
    }

    private static String sibling(String location, String name) {
        return new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(location).getParent(), name).toString();
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
}
