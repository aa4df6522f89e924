package org.claimtrail.cli;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.Settings;
import org.claimtrail.io.TableExport;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail export}: one output table as a single CSV or JSON Lines file, or a plain Parquet snapshot. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an output table (articles, rejects, ...) as one CSV or JSON Lines file, or as plain Parquet.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--table", required = true, paramLabel = "NAME", description = "Table under OUTPUT to export.")
    String table;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl, csv or parquet (a plain Parquet copy of the table's current snapshot). Default: ${DEFAULT-VALUE}.")
    TableExport.Format format;

    @Option(names = "--to", paramLabel = "FILE", description = "File (folder for parquet) to write. Default: OUTPUT/export/NAME.jsonl, .csv or .parquet.")
    String to;

    @Override
    public Integer call() throws Exception {
        Settings settings = options.settings();
        Tables tables = new Tables(settings.location(Settings.OUTPUT));
        String target = to != null ? settings.locationOf(to)
                : tables.output() + "/export/" + table + "." + format.extension();
        try (SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            long rows = TableExport.export(tables.read(spark, table), format, target);
            System.out.println("export: " + rows + " rows of " + table + " to " + target);
        }
        return 0;
    }
}
