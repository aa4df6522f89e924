package org.claimtrail.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The CLI in a JVM of its own, as jobs/claimtrail starts it, on this JVM's class path. */
public final class ChildRun {

    private ChildRun() {
    }

    /** Starts {@code claimtrail ARGS --master local[1]}; stdout is the process's stream, stderr goes to {@code log}. */
    public static Process start(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
        Properties jvm = new Properties();
        try (var r = Files.newBufferedReader(ProjectFiles.home().resolve("conf/jvm.properties"))) {
            jvm.load(r); // the options jobs/claimtrail passes
        }
        for (String key : List.of("launcher.gc.options", "spark.java.options")) {
            cmd.addAll(List.of(jvm.getProperty(key).trim().split("\\s+")));
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        cmd.addAll(List.of("-Dclaimtrail.home=" + ProjectFiles.home(),
                "-Dlog4j2.configurationFile=" + ProjectFiles.home().resolve("conf/log4j2.properties"),
                "-cp", classPath, "org.claimtrail.cli.ClaimtrailCli"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--master", "local[1]"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }
}
