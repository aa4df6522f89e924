package org.claimtrail.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrail.config.Settings;

import picocli.CommandLine.Option;

/** Options every command takes; turned into {@link Settings}, which applies the precedence rules. */
public class CommonOptions {

    @Option(names = "--input", paramLabel = "PATH",
            description = "Corpus folder (.txt files + optional manifest.csv), .txt file or JSON Lines file. "
                    + "Repeatable. Default: setting 'input' (data/sample).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder for the tables. Default: setting 'output' (out).")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: setting 'master' (local[*]); "
            + "under spark-submit, spark-submit's.")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A claimtrail setting or a spark.* property. Repeatable; wins over the properties file.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file. Default: conf/claimtrail.properties in the project home.")
    Path config;

    public Settings settings() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put(Settings.INPUT, inputs.isEmpty() ? null : String.join(",", inputs));
        flags.put(Settings.OUTPUT, output);
        flags.put(Settings.MASTER, master);
        return Settings.resolve(config, flags, conf);
    }
}
