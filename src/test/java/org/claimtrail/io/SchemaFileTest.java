package org.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The golden schema format on hand-built schemas: flattening and the diff a reviewer reads. */
class SchemaFileTest {

    private static final StructType TOKEN = new StructType()
            .add("word", DataTypes.StringType, false)
            .add("begin", DataTypes.IntegerType, true);

    @Test
    void nestedFieldsFlattenToOneLineEach() {
        StructType schema = new StructType()
                .add("doc_id", DataTypes.StringType, true)
                .add("tokens", DataTypes.createArrayType(TOKEN, false), true)
                .add("meta", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, true), false)
                .add("published_date", DataTypes.DateType, true);
        assertEquals(List.of(
                "doc_id\tstring\tnullable",
                "tokens\tarray\tnullable",
                "tokens[]\tstruct\tnot null",
                "tokens[].word\tstring\tnot null",
                "tokens[].begin\tint\tnullable",
                "meta\tmap\tnot null",
                "meta{key}\tstring\tnot null",
                "meta{value}\tbigint\tnullable",
                "published_date\tdate\tnullable"), SchemaFile.lines(schema));
    }

    @Test
    void aRenderedFileParsesBackToItsLines() {
        List<String> lines = List.of("claim_id\tstring\tnullable", "stated_on\tdate\tnullable");
        assertEquals(lines, SchemaFile.parse(SchemaFile.render("claims", lines)));
    }

    @Test
    void theDiffNamesAddedRemovedAndChangedFields() {
        List<String> golden = List.of("a\tstring\tnullable", "b\tint\tnullable", "c\tdate\tnullable");
        List<String> actual = List.of("a\tstring\tnullable", "b\tbigint\tnullable", "d\tdate\tnullable");
        assertEquals(List.of(
                "changed: b  int nullable  ->  bigint nullable",
                "added:   d  date nullable",
                "removed: c  date nullable"), SchemaFile.diff(golden, actual));
    }

    @Test
    void aNewColumnOrderIsADifferenceToo() {
        List<String> golden = List.of("a\tstring\tnullable", "b\tint\tnullable");
        assertEquals(1, SchemaFile.diff(golden, List.of(golden.get(1), golden.get(0))).size());
        assertEquals(List.of(), SchemaFile.diff(golden, golden));
    }
}
