package org.claimtrail.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WriterLease} of an output on a distributed filesystem (HDFS, S3, ...), where no lock
 * outlives its process the way a kernel file lock does. The holder creates {@value WriterLease#FILE}
 * only if it does not exist (atomic on HDFS), and rewrites it with a fresh {@code beat=} time every
 * heartbeat. A lease whose beat is older than {@link #STALE_BEATS} heartbeats belongs to a run that
 * is dead (or cut off so long it can no longer commit); the next run renames it aside, which only
 * one of two racing runs can do on HDFS, and takes the output. A clean end deletes the file.
 *
 * <p>On S3, "create unless it exists" is a check then a write, so two runs started within the same
 * second could both pass; the run re-reads the file after writing it and stops if another run's id
 * is there. Delta's own S3 commits are safe from one writer at a time only, as its documentation
 * says: schedule one claimtrail run per output.
 */
final class HeartbeatLease implements WriterLease {

    /** Missed heartbeats after which the holder is taken for dead. */
    static final int STALE_BEATS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatLease.class);

    private final FileSystem fs;
    private final Path file;
    private final String runId;
    private final String holderText;
    private final String deadRun;
    private final ScheduledExecutorService heartbeat;

    private HeartbeatLease(FileSystem fs, Path file, String runId, String holderText, String deadRun, Duration every) {
        this.fs = fs;
        this.file = file;
        this.runId = runId;
        this.holderText = holderText;
        this.deadRun = deadRun;
        this.heartbeat = LeaseHolder.beatEvery(every, this::beat);
    }

    static HeartbeatLease acquire(String output, String runId, Configuration conf, Duration every) {
        Path file = new Path(output, WriterLease.FILE);
        try {
            FileSystem fs = file.getFileSystem(conf);
            fs.mkdirs(file.getParent());
            String deadRun = null;
            Properties previous = read(fs, file);
            if (previous != null) {
                long ago = secondsSinceBeat(fs, file, previous);
                if (ago < every.multipliedBy(STALE_BEATS).toSeconds()) {
                    throw new OutputBusyException(output, LeaseHolder.describe(previous, ago));
                }
                deadRun = previous.getProperty("run_id", "?");
                // only one of two runs that both found it stale can move it away
                Path aside = new Path(file.getParent(), WriterLease.FILE + ".dead-" + UUID.randomUUID());
                if (!fs.rename(file, aside)) {
                    throw busy(fs, file, output);
                }
                fs.delete(aside, false);
            }
            String text = LeaseHolder.text(runId);
            try (OutputStream out = fs.create(file, false)) {
                out.write(withBeat(text).getBytes(StandardCharsets.UTF_8));
            } catch (FileAlreadyExistsException e) {
                throw busy(fs, file, output);
            }
            Properties now = read(fs, file);
            if (now == null || !runId.equals(now.getProperty("run_id"))) {
                throw busy(fs, file, output); // an object store let a second create through
            }
            if (deadRun != null) {
                LOG.warn("run {} stopped beating while writing {}; its uncommitted versions are ignored and its leftovers removed",
                        deadRun, output);
            }
            return new HeartbeatLease(fs, file, runId, text, deadRun, every);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the writer lease " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String deadRun() {
        return deadRun;
    }

    @Override
    public void close() {
        // No further beats; one under way finishes: a beat interrupted mid-write (shutdownNow) left
        // HDFS a truncated file that names no run, which the check below then did not delete
        heartbeat.shutdown();
        try {
            // a beat under way would write the file again after the delete below: a lease left behind
            heartbeat.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Properties now;
            try {
                now = read(fs, file);
            } catch (IOException e) {
                now = new Properties(); // unreadable (a write cut short, a checksum that no longer fits): names no run
            }
            // ours, or cut short while this run held it (no run named): no other run writes a held lease
            if (now != null && (runId.equals(now.getProperty("run_id")) || now.getProperty("run_id") == null)) {
                fs.delete(file, false);
            }
        } catch (IOException e) {
            LOG.warn("cannot release the writer lease {}: {}", file, e.getMessage());
        }
    }

    private void beat() {
        try (OutputStream out = fs.create(file, true)) {
            out.write(withBeat(holderText).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (!heartbeat.isShutdown()) { // a beat cut short by close() is no failure
                LOG.warn("writer lease heartbeat failed on {}: {}", file, e.getMessage());
            }
        }
    }

    private static String withBeat(String text) {
        return text + "beat=" + Instant.now() + "\n";
    }

    private static OutputBusyException busy(FileSystem fs, Path file, String output) throws IOException {
        Properties holder = read(fs, file);
        return new OutputBusyException(output, holder == null ? "another run (starting)"
                : LeaseHolder.describe(holder, secondsSinceBeat(fs, file, holder)));
    }

    /** The holder's last beat as it wrote it, else the file's modification time (a holder still writing itself in). */
    private static long secondsSinceBeat(FileSystem fs, Path file, Properties holder) throws IOException {
        Instant beat;
        try {
            beat = Instant.parse(holder.getProperty("beat", ""));
        } catch (DateTimeParseException e) {
            beat = Instant.ofEpochMilli(fs.getFileStatus(file).getModificationTime());
        }
        return Math.max(0, Duration.between(beat, Instant.now()).toSeconds());
    }

    /** The lease file's contents, or null when there is none. */
    private static Properties read(FileSystem fs, Path file) throws IOException {
        try (var in = fs.open(file)) {
            return LeaseHolder.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (FileNotFoundException e) {
            return null;
        }
    }
}
