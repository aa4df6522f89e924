package org.claimtrail.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measured run of the real CLI ({@code jobs/claimtrail}) in its own JVM, as a user starts it:
 * its wall time (JVM start included), peak resident memory and the time of each stage as the stage's
 * closing line gives it.
 */
record BenchChild(double wallSeconds, long peakRssKb, Map<String, Double> stageSeconds, String output) {

    /** A stage's closing line ends with its time, alone or before its rate: "annotate: ... (12.3 s, 0.5 articles annotated/s)". */
    private static final Pattern STAGE_TIME = Pattern.compile(
            "^(ingest|annotate|story|extract|consolidate|report): .*\\((\\d+\\.\\d+) s(?:, [^)]*)?\\)$", Pattern.MULTILINE);

    /** The closing line of a stage, or "". */
    String line(String stage) {
        return output.lines().filter(l -> l.startsWith(stage + ":")).findFirst().orElse("");
    }

    /** "ingest 3.1 s, annotate 80.2 s, ...". */
    String stages() {
        List<String> parts = new ArrayList<>();
        stageSeconds.forEach((k, v) -> parts.add(String.format("%s %.1f s", k, v)));
        return String.join(", ", parts);
    }

    /** Runs jobs/claimtrail with {@code args} in a child JVM, sampling its peak RSS (VmHWM) until it exits. */
    static BenchChild run(Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("jobs/claimtrail").toString()));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("CLAIMTRAIL_SKIP_BUILD", "1"); // the parent runs from this build; keep it
        pb.environment().remove("CLAIMTRAIL_DRIVER_MEMORY"); // children run as a user would, with the default heap
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (out) {
                        out.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the child is gone; what it printed so far is kept
            }
        });
        reader.start();
        long peak = 0;
        while (p.isAlive()) {
            peak = Math.max(peak, peakRssKb(p.toHandle()));
            Thread.sleep(200);
        }
        reader.join();
        double wall = (System.nanoTime() - t0) / 1e9;
        String text = out.toString();
        if (p.exitValue() != 0) {
            throw new IllegalStateException("child " + cmd + " failed:\n" + text);
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        Matcher m = STAGE_TIME.matcher(text);
        while (m.find()) {
            stages.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
        }
        return new BenchChild(wall, peak, stages, text);
    }

    /** Peak resident memory of a process and its descendants' largest, from /proc (Linux). */
    private static long peakRssKb(ProcessHandle h) {
        long max = vmHwm(h.pid());
        for (ProcessHandle d : h.descendants().toList()) {
            max = Math.max(max, vmHwm(d.pid()));
        }
        return max;
    }

    private static long vmHwm(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between two samples
        }
        return 0;
    }
}
