package org.claimtrail.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Table writes run beside a stage's own work, on daemon threads: each write is a handful of small
 * Spark jobs and a Delta commit, mostly waiting on the scheduler and the disk, so two overlap well.
 * Closing waits for the writes already running and drops those not started, so a stage that fails
 * returns with none of its writes still landing behind it.
 */
public final class SideWrites implements AutoCloseable {

    private final ExecutorService threads;
    private final List<Future<?>> submitted = new ArrayList<>();

    public SideWrites(String threadName, int threadCount) {
        threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true); // never keeps the JVM alive
            return t;
        });
    }

    public <T> Future<T> submit(Callable<T> write) {
        Future<T> f = threads.submit(write);
        submitted.add(f);
        return f;
    }

    /** A write's result, its failure rethrown as it was thrown in the writer thread. */
    public static <T> T result(Future<T> write) {
        try {
            return write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tables were written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        submitted.forEach(f -> f.cancel(false));
        threads.shutdown();
        try {
            while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                // a large write still running: its commit must not land after the stage has returned
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
