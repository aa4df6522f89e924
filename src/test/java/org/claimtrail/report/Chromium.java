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

    /** The DOM after the page's scripts ran. */
    static String dumpDom(Path html) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", html.toUri().toString()));
    }

    static void screenshot(Path html, Path png) throws IOException, InterruptedException {
        run(List.of("--screenshot=" + png, "--window-size=1280,2400", html.toUri().toString()));
    }

    private static String run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish: " + cmd);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
