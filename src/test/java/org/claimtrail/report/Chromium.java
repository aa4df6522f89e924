package org.claimtrail.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Chromium (Debian's package, installed by jobs/install-chromium) for looking at the report. */
final class Chromium {

    private Chromium() {
    }

    static final Path BINARY = Path.of("/usr/bin/chromium");

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /**
     * A page as the browser left it: the DOM after its scripts ran (and the virtual-time budget let
     * the charts render), and every message the page wrote to the JavaScript console, uncaught
     * errors included (Chromium logs them as {@code CONSOLE} lines on stderr).
     */
    record Loaded(String dom, List<String> console) {
    }

    /** Loads {@code url} (a file: URL, perhaps with a #fragment) and dumps its DOM. */
    static Loaded load(String url) throws IOException, InterruptedException {
        Path log = Files.createTempFile("chromium-", ".log");
        try {
            String dom = run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", url), log);
            List<String> console = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(":CONSOLE")).toList();
            return new Loaded(dom, console);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The DOM after the page's scripts ran. */
    static String dumpDom(Path html) throws IOException, InterruptedException {
        return load(html.toUri().toString()).dom();
    }

    static void screenshot(Path html, Path png) throws IOException, InterruptedException {
        screenshot(html.toUri().toString(), png, 2400);
    }

    static void screenshot(String url, Path png, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        run(List.of("--screenshot=" + png, "--window-size=1280," + height, "--hide-scrollbars", url), null);
    }

    private static String run(List<String> args, Path stderr) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd)
                .redirectError(stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stderr.toFile()))
                .start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish: " + cmd);
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
