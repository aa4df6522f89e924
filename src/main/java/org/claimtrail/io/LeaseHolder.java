package org.claimtrail.io;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a lease file says about its holder (run id, host, pid, start), written and read by both kinds
 * of lease, and the heartbeat thread both run.
 */
final class LeaseHolder {

    private LeaseHolder() {
    }

    /** The lines a run writes into the lease file it takes. */
    static String text(String runId) {
        return "run_id=" + runId + "\nhost=" + host() + "\npid=" + ProcessHandle.current().pid()
                + "\nstarted=" + Instant.now() + "\n";
    }

    static Properties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    /** "run R (pid P on H, started T, last heartbeat N s ago)". */
    static String describe(Properties p, long secondsSinceBeat) {
        return "run " + p.getProperty("run_id", "(starting)") + " (pid " + p.getProperty("pid", "?") + " on "
                + p.getProperty("host", "?") + ", started " + p.getProperty("started", "?") + ", last heartbeat "
                + secondsSinceBeat + " s ago)";
    }

    /** A daemon thread that runs {@code beat} every {@code every}, from one period after now. */
    static ScheduledExecutorService beatEvery(Duration every, Runnable beat) {
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimtrail-writer-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return heartbeat;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
