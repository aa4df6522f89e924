package org.claimtrail.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.claimtrail.io.HadoopFiles;
import org.claimtrail.io.TableExport;
import org.claimtrail.io.Tables;
import org.claimtrail.spark.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code claimtrail export}: output tables as single CSV or JSON Lines files, or plain Parquet
 * snapshots. Several tables in one call share one JVM and one Spark session: a scorer that needs
 * claims, assertions and articles waits for one start-up, not three.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write output tables (articles, rejects, ...) as CSV or JSON Lines files, or as plain Parquet.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--table", required = true, split = ",", paramLabel = "NAME",
            description = "Table under OUTPUT to export; repeatable or comma-separated.")
    List<String> tables;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl, csv or parquet (a plain Parquet copy of the table's current snapshot). Default: ${DEFAULT-VALUE}.")
    TableExport.Format format;

    @Option(names = "--to", paramLabel = "PATH",
            description = "File (folder for parquet) to write; with several tables, or a folder already there, the folder that gets NAME.jsonl, .csv or "
                    + ".parquet of each. Default: OUTPUT/export/NAME.jsonl, .csv or .parquet.")
    String to;

    @Override
    public Integer call() throws Exception {
        Settings settings = options.settings();
        Tables output = new Tables(settings.location(Settings.OUTPUT));
        if (tables.stream().distinct().count() < tables.size()) {
            throw new ConfigException("a table is named twice in --table " + String.join(",", tables));
        }
        try (SparkSessions.Session session = SparkSessions.open(settings)) {
            SparkSession spark = session.spark();
            for (String table : tables) {
                String target = target(settings, output, table);
                long rows = TableExport.export(output.read(spark, table), format, target);
                System.out.println("export: " + rows + " rows of " + table + " to " + target);
            }
        }
        return 0;
    }

    /**
     * Where one table goes: {@code --to} itself for one table, a file named after the table in it for
     * several. A folder already at {@code --to} gets the file inside it, as {@code cp} does: the
     * export replaces its target, and a folder of other files is not a previous export to replace.
     */
    private String target(Settings settings, Tables output, String table) {
        String file = table + "." + format.extension();
        if (to == null) {
            return output.output() + "/export/" + file;
        }
        String location = settings.locationOf(to);
        boolean intoFolder = tables.size() > 1 || format != TableExport.Format.PARQUET && HadoopFiles.isDirectory(location);
        return intoFolder ? HadoopFiles.child(location, file) : location;
    }
}
