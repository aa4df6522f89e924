package org.claimtrail.annotate;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.spark.SparkContext;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of the annotate stage, a line every few seconds. In local mode the tasks run in the
 * driver's JVM, so a shared counter of articles is exact. On a cluster the articles are counted in
 * executors the driver cannot see into; there the line comes from Spark's status tracker: the share
 * of the annotate stage's tasks that finished, as a share of the articles. The annotate job runs in
 * job group {@value #GROUP}; its annotate stage is the latest one with as many tasks as the texts
 * were split into (the others are the shuffle before it and the count after it).
 */
public final class AnnotateProgress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotateProgress.class);
    static final AtomicLong DONE = new AtomicLong();
    /** The job group of the annotate job, whose stages the status tracker is asked about. */
    public static final String GROUP = "claimtrail-annotate";

    private final Thread reporter;
    private final long total;
    private final long startNanos;

    private AnnotateProgress(Thread reporter, long total, long startNanos) {
        this.reporter = reporter;
        this.total = total;
        this.startNanos = startNanos;
    }

    /** Starts a reporter for {@code total} articles, annotated in {@code tasks} tasks, that logs every {@code everyMillis}. */
    public static AnnotateProgress start(SparkContext sc, long total, int tasks, long everyMillis) {
        long base = DONE.get();
        LongSupplier done = sc.isLocal() ? () -> DONE.get() - base : () -> fromTasks(sc, total, tasks);
        String approx = sc.isLocal() ? "" : "~";
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                long d = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(everyMillis);
                    // never backwards: once the annotate stage ends, a later stage of the group with as
                    // many tasks (a job AQE split off) can be the latest and report none finished
                    d = Math.max(d, done.getAsLong());
                    double rate = d / ((System.nanoTime() - t0) / 1e9);
                    LOG.info(String.format("annotate: %s%d/%d articles, %.1f articles/s, ETA %s", approx, d, total, rate,
                            rate > 0 ? String.format("%.0f s", (total - d) / rate) : "unknown"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "claimtrail-annotate-progress");
        t.setDaemon(true);
        t.start();
        return new AnnotateProgress(t, total, t0);
    }

    /**
     * Articles done, estimated from the finished tasks of the annotate stage: the latest stage of the
     * {@value #GROUP} jobs with {@code tasks} tasks (each holds a like share of the texts).
     */
    static long fromTasks(SparkContext sc, long total, int tasks) {
        SparkStageInfo annotate = null;
        for (int job : sc.statusTracker().getJobIdsForGroup(GROUP)) {
            scala.Option<SparkJobInfo> info = sc.statusTracker().getJobInfo(job);
            if (info.isEmpty()) {
                continue;
            }
            for (int stage : info.get().stageIds()) {
                scala.Option<SparkStageInfo> s = sc.statusTracker().getStageInfo(stage);
                if (s.isDefined() && s.get().numTasks() == tasks && (annotate == null || stage > annotate.stageId())) {
                    annotate = s.get();
                }
            }
        }
        return annotate == null ? 0 : total * annotate.numCompletedTasks() / tasks;
    }

    static void articleDone() {
        DONE.incrementAndGet();
    }

    /**
     * The annotate job has finished: the reporter stops, and one exact line says every article is
     * done, whatever the status tracker (fed asynchronously) last said, so a short stage still ends
     * with a line.
     */
    public void finished() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        reporter.interrupt();
        try {
            reporter.join(); // its last line comes before this one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info(String.format("annotate: %d/%d articles done in %.1f s, %.1f articles/s", total, total, seconds,
                seconds > 0 ? total / seconds : 0.0));
    }

    @Override
    public void close() {
        reporter.interrupt();
    }
}
