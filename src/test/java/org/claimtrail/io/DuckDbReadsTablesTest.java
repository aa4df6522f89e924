package org.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.claimtrail.testing.OutputTables;
import org.claimtrail.testing.PipelineRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output as an analyst opens it: DuckDB's own Parquet reader (JDBC, in memory), not Spark's, over
 * the sample run's tables, with Spark's reading as the reference: the same rows, dates as dates.
 */
class DuckDbReadsTablesTest {

    static PipelineRun run;
    static Connection duckdb;

    @BeforeAll
    static void open() throws SQLException {
        run = PipelineRun.sample();
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void close() throws SQLException {
        if (duckdb != null) {
            duckdb.close();
        }
    }

    /**
     * A Delta table read as plain Parquet: the data files of the snapshot claimtrail reads (a glob of
     * the folder would also read replaced versions), partition folders as columns.
     */
    static String readParquet(Tables tables, String table) {
        String files = tables.dataFiles(run.spark, table).stream()
                .map(f -> "'" + localPath(f) + "'").collect(java.util.stream.Collectors.joining(", "));
        return "read_parquet([" + files + "], hive_partitioning = true)";
    }

    static String readParquet(String table) {
        return readParquet(run.tables, table);
    }

    static String localPath(String uri) {
        return uri.startsWith("file:") ? Path.of(java.net.URI.create(uri)).toString() : uri;
    }

    @Test
    void claimsHaveSparksRowsValueForValue() throws SQLException {
        Dataset<Row> spark = run.tables.read(run.spark, Tables.CLAIMS);
        List<String> columns = new ArrayList<>();
        for (StructField f : spark.schema().fields()) {
            // every claims column is a scalar today; a nested one added later is left to the schema test
            if (f.dataType() instanceof AtomicType) {
                columns.add(f.name());
            }
        }
        assertTrue(columns.containsAll(List.of("claim_id", "doc_id", "metric", "value_low", "value_high", "qualifier",
                "source", "stated_on", "published", "published_date")), columns.toString());

        Map<String, Map<String, String>> bySpark = new TreeMap<>();
        for (Row r : spark.collectAsList()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String c : columns) {
                values.put(c, normalized(r.getAs(c)));
            }
            bySpark.put(r.getAs("claim_id"), values);
        }
        Map<String, Map<String, String>> byDuckDb = new TreeMap<>();
        long duckDbRows = 0;
        try (Statement s = duckdb.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + readParquet(Tables.CLAIMS))) {
            while (rs.next()) {
                duckDbRows++;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 1; i <= columns.size(); i++) {
                    values.put(columns.get(i - 1), normalized(rs.getObject(i)));
                }
                byDuckDb.put(rs.getString("claim_id"), values);
            }
        }

        assertTrue(bySpark.size() > 40, "the sample gives some fifty claims, got " + bySpark.size());
        assertEquals(spark.count(), bySpark.size(), "claim_id is unique, so rows keyed by it are all the rows");
        assertEquals(spark.count(), duckDbRows);
        assertEquals(bySpark.keySet(), byDuckDb.keySet());
        for (String id : bySpark.keySet()) {
            assertEquals(bySpark.get(id), byDuckDb.get(id), "claim " + id);
        }
    }

    /** One spelling of a value for both readers: ISO dates, Java's shortest exact double, null as NULL. */
    static String normalized(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof Double || value instanceof Float) {
            return Double.toString(((Number) value).doubleValue());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Long.toString(((Number) value).longValue());
        }
        return value.toString();
    }

    @Test
    void everyTableHasSparksRowCount() throws SQLException {
        List<String> tables = OutputTables.list(run.output());
        assertTrue(tables.contains(Tables.ARTICLES) && tables.contains(Tables.CLAIMS), tables.toString());
        for (String table : tables) {
            long rows = run.tables.read(run.spark, table).count();
            // an empty Delta table has no data file (its schema is in the log): nothing to read as Parquet
            assertEquals(rows, run.tables.dataFiles(run.spark, table).isEmpty() ? 0 : count(readParquet(table)), table);
        }
        assertEquals(17, count(readParquet(Tables.ARTICLES)), "data/sample has 17 articles");
    }

    @Test
    void datesArriveAsDatesAndTimestampsAsUtcTimestamps() throws SQLException {
        for (String table : OutputTables.list(run.output())) {
            if (run.tables.dataFiles(run.spark, table).isEmpty()) {
                continue; // an empty table: no Parquet file to type (see everyTableHasSparksRowCount)
            }
            Map<String, String> duckDbTypes = describe(readParquet(table));
            for (StructField f : run.tables.read(run.spark, table).schema().fields()) {
                String expected = duckDbType(f.dataType());
                if (expected != null) {
                    assertEquals(expected, duckDbTypes.get(f.name()), table + "." + f.name());
                }
            }
        }
        // named, so the loop above cannot pass by Spark reading these as strings too
        Map<String, String> claims = describe(readParquet(Tables.CLAIMS));
        assertEquals("DATE", claims.get("published"));
        assertEquals("DATE", claims.get("stated_on"));
        assertEquals("DATE", claims.get("published_date"), "the partition column, from folder names");
        assertEquals("DATE", describe(readParquet(Tables.ARTICLES)).get("published"));
    }

    /** The DuckDB type a Spark date or timestamp must arrive as; null for other types. */
    static String duckDbType(DataType spark) {
        if (spark.equals(DataTypes.DateType)) {
            return "DATE";
        }
        if (spark.equals(DataTypes.TimestampType)) {
            return "TIMESTAMP WITH TIME ZONE";
        }
        if (spark instanceof TimestampNTZType) {
            return "TIMESTAMP";
        }
        return null;
    }

    @Test
    void aGlobOfTheFolderAlsoReadsReplacedVersionsTheSnapshotsFilesDoNot(@TempDir Path dir) throws SQLException {
        Tables tables = new Tables(dir);
        tables.write(run.spark.range(3).toDF("n"), "numbers");
        tables.write(run.spark.range(5).toDF("n"), "numbers"); // version 1 replaces version 0
        assertEquals(5, tables.read(run.spark, "numbers").count());
        assertEquals(5, count(readParquet(tables, "numbers")), "the snapshot's files hold its rows only");
        assertEquals(8, count("read_parquet('" + dir.resolve("numbers") + "/**/*.parquet')"),
                "what the README warns of: the folder still holds version 0's files");
    }

    @Test
    void anUndatedArticlesPartitionIsANullDate(@TempDir Path dir) throws SQLException {
        StructType schema = new StructType().add("claim_id", DataTypes.StringType).add("published_date", DataTypes.DateType);
        Tables tables = new Tables(dir);
        tables.write(run.spark.createDataFrame(List.of(RowFactory.create("a", LocalDate.of(2024, 12, 9)),
                RowFactory.create("b", null)), schema), Tables.CLAIMS, "published_date");

        assertTrue(Files.isDirectory(dir.resolve("claims/published_date=__HIVE_DEFAULT_PARTITION__")));
        String claims = readParquet(tables, Tables.CLAIMS);
        assertEquals("DATE", describe(claims).get("published_date"));
        assertEquals(1, count("(SELECT * FROM " + claims + " WHERE published_date IS NULL AND claim_id = 'b')"));
        assertEquals(1, count("(SELECT * FROM " + claims + " WHERE published_date = DATE '2024-12-09')"));
    }

    @Test
    void aTimestampArrivesAsTheSameUtcInstantInMicroseconds(@TempDir Path dir) throws SQLException {
        // no table has a timestamp yet: this pins what Tables.configure promises for the first one
        Instant at = Instant.parse("2024-12-16T23:30:15.123456Z");
        StructType schema = new StructType().add("seen_at", DataTypes.TimestampType);
        Tables tables = new Tables(dir);
        tables.write(run.spark.createDataFrame(List.<Row>of(RowFactory.create(at)), schema), "events");

        String events = readParquet(tables, "events");
        assertEquals("TIMESTAMP WITH TIME ZONE", describe(events).get("seen_at"));
        try (Statement s = duckdb.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT epoch_us(seen_at), strftime(seen_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%f') FROM " + events)) {
            assertTrue(rs.next());
            assertEquals(ChronoUnit.MICROS.between(Instant.EPOCH, at), rs.getLong(1));
            assertEquals("2024-12-16 23:30:15.123456", rs.getString(2));
        }
        try (Statement s = duckdb.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT logical_type FROM parquet_schema('" + localPath(tables.dataFiles(run.spark, "events").get(0)) + "') WHERE name = 'seen_at'")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).contains("MICROS") && rs.getString(1).contains("isAdjustedToUTC=1"), rs.getString(1));
        }
    }

    static long count(String relation) throws SQLException {
        try (Statement s = duckdb.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + relation)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Column name to DuckDB type, from DESCRIBE. */
    static Map<String, String> describe(String relation) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement s = duckdb.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + relation)) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return types;
    }
}
