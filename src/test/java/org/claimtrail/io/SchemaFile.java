package org.claimtrail.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A table's schema as a golden file in data/schemas/: one line per field, {@code path<TAB>type<TAB>nullable},
 * nested fields flattened ({@code sentences[].tokens[].word}; {@code a[]} is an array's element,
 * {@code m{key}} and {@code m{value}} a map's), so a schema change shows as a one-line diff in review.
 */
final class SchemaFile {

    private SchemaFile() {
    }

    /** The command that rewrites the golden files, for messages and file headers. */
    static final String UPDATE_COMMAND = "mvn -B test -Dtest=TableSchemasTest -Dclaimtrail.schemas.update=true";

    /** One line per field, depth first, in column order. */
    static List<String> lines(StructType schema) {
        List<String> out = new ArrayList<>();
        for (StructField f : schema.fields()) {
            flatten(f.name(), f.dataType(), f.nullable(), out);
        }
        return out;
    }

    private static void flatten(String path, DataType type, boolean nullable, List<String> out) {
        out.add(path + "\t" + typeName(type) + "\t" + (nullable ? "nullable" : "not null"));
        if (type instanceof StructType struct) {
            for (StructField f : struct.fields()) {
                flatten(path + "." + f.name(), f.dataType(), f.nullable(), out);
            }
        } else if (type instanceof ArrayType array) {
            flatten(path + "[]", array.elementType(), array.containsNull(), out);
        } else if (type instanceof MapType map) {
            flatten(path + "{key}", map.keyType(), false, out);
            flatten(path + "{value}", map.valueType(), map.valueContainsNull(), out);
        }
    }

    /** Spark SQL's name for a leaf type (int, bigint, date, timestamp); containers by kind, their parts follow. */
    private static String typeName(DataType type) {
        if (type instanceof StructType) {
            return "struct";
        }
        if (type instanceof ArrayType) {
            return "array";
        }
        if (type instanceof MapType) {
            return "map";
        }
        return type.simpleString();
    }

    /** The golden file's text: a header saying what it is and how to change it, then the lines. */
    static String render(String table, List<String> lines) {
        StringBuilder b = new StringBuilder()
                .append("# ").append(table).append(": the schema Spark reads back from OUTPUT/").append(table)
                .append(" (partition columns included).\n")
                .append("# field\ttype\tnullable; a[] is an array's element, m{key} and m{value} a map's.\n")
                .append("# Checked by TableSchemasTest; to accept an intended change: ").append(UPDATE_COMMAND).append('\n');
        for (String line : lines) {
            b.append(line).append('\n');
        }
        return b.toString();
    }

    /** The field lines of a golden file: comments and blank lines dropped. */
    static List<String> parse(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** What changed from the golden lines to the actual ones, a line per field; empty when they are equal. */
    static List<String> diff(List<String> golden, List<String> actual) {
        Map<String, String> was = byPath(golden);
        Map<String, String> now = byPath(actual);
        List<String> out = new ArrayList<>();
        now.forEach((path, rest) -> {
            if (!was.containsKey(path)) {
                out.add("added:   " + path + "  " + rest);
            } else if (!was.get(path).equals(rest)) {
                out.add("changed: " + path + "  " + was.get(path) + "  ->  " + rest);
            }
        });
        was.forEach((path, rest) -> {
            if (!now.containsKey(path)) {
                out.add("removed: " + path + "  " + rest);
            }
        });
        if (out.isEmpty() && !golden.equals(actual)) {
            out.add("reordered: the same fields, now in the order " + String.join(", ", now.keySet()));
        }
        return out;
    }

    private static Map<String, String> byPath(List<String> lines) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String path = tab < 0 ? line : line.substring(0, tab);
            m.put(path, tab < 0 ? "" : line.substring(tab + 1).replace('\t', ' '));
        }
        return m;
    }
}
