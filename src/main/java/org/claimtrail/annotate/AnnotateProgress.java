package org.claimtrail.annotate;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of the annotate stage. In local mode the tasks run in the driver's JVM, so a shared
 * counter is exact and a driver thread can log a line every few seconds; on a cluster the Spark UI
 * (and the job description) shows progress instead.
 */
public final class AnnotateProgress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotateProgress.class);
    static final AtomicLong DONE = new AtomicLong();

    private final Thread reporter;

    private AnnotateProgress(Thread reporter) {
        this.reporter = reporter;
    }

    /** Starts a reporter for {@code total} articles that logs every {@code everyMillis}. */
    public static AnnotateProgress start(long total, long everyMillis) {
        long base = DONE.get();
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(everyMillis);
                    long done = DONE.get() - base;
                    double secs = (System.nanoTime() - t0) / 1e9;
                    double rate = done / secs;
                    LOG.info(String.format("annotate: %d/%d articles, %.1f articles/s, ETA %s", done, total, rate,
                            rate > 0 ? String.format("%.0f s", (total - done) / rate) : "unknown"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "claimtrail-annotate-progress");
        t.setDaemon(true);
        t.start();
        return new AnnotateProgress(t);
    }

    static void articleDone() {
        DONE.incrementAndGet();
    }

    @Override
    public void close() {
        reporter.interrupt();
    }
}
