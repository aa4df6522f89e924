package org.claimtrail.io;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The explicit schemas of claimtrail's tables: what analysts can rely on. */
public final class Schemas {

    private Schemas() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return createStructField(name, type, nullable);
    }

    public static final StructType ARTICLES = new StructType(new StructField[] {
            field("doc_id", StringType, false),
            field("source_path", StringType, false),
            field("line", IntegerType, true),
            field("outlet", StringType, true),
            field("url", StringType, true),
            field("published", DateType, true),
            field("published_from", StringType, true),
            field("lang", StringType, true),
            field("title", StringType, true),
            field("text", StringType, false),
            field("n_chars", IntegerType, false),
            field("sha256", StringType, false),
            field("boilerplate_lines", IntegerType, false),
            field("meta", createMapType(StringType, StringType, true), false)});

    public static final StructType REJECTS = new StructType(new StructField[] {
            field("source_path", StringType, false),
            field("line", IntegerType, true),
            field("doc_id", StringType, true),
            field("stage", StringType, false),
            field("reason", StringType, false),
            field("detail", StringType, true)});
}
