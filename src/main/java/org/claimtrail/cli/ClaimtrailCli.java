package org.claimtrail.cli;

import org.claimtrail.config.ConfigException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of every way claimtrail runs: jobs/claimtrail, jobs/submit and spark-submit. */
@Command(name = "claimtrail", mixinStandardHelpOptions = true, version = "claimtrail 0.1.0",
        description = "Numeric claims (casualties, deaths, deployments) from news, with who said them and when.",
        subcommands = {RunCommand.class, IngestCommand.class, AnnotateCommand.class, ExtractCommand.class, ConsolidateCommand.class, ReportCommand.class, ExportCommand.class,
                org.claimtrail.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class ClaimtrailCli {

    /** Exit code for a bad invocation or setting: the message says what to fix. */
    public static final int USAGE_ERROR = 2;

    /** Exit code when another run is writing the output: nothing was done. */
    public static final int OUTPUT_BUSY = 3;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of main. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command line with error messages going to {@code err}. */
    public static int execute(java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ClaimtrailCli());
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof org.claimtrail.io.OutputBusyException) {
                commandLine.getErr().println("claimtrail: " + ex.getMessage());
                return OUTPUT_BUSY;
            }
            if (ex instanceof ConfigException) {
                commandLine.getErr().println("claimtrail: " + ex.getMessage());
                return USAGE_ERROR;
            }
            throw ex;
        });
        return cli.execute(args);
    }
}
