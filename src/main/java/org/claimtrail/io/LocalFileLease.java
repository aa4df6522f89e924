package org.claimtrail.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WriterLease} of an output on the local disk (or a mounted shared folder). A run holds an operating-system lock on {@value #FILE} for its
 * whole life, with its run id, host, pid and start written inside, and touches the file every
 * {@link WriterLease#HEARTBEAT} so a person can see it is alive. The kernel releases the lock when the
 * process dies, even by {@code kill -9}: a lock that can be taken proves its previous holder dead,
 * and only then are a crashed run's leftovers cleaned. A run that cannot take it stops before
 * touching anything ({@link OutputBusyException}).
 *
 * <p>The lock is an advisory POSIX lock: sound on a local disk, which is what the output folder
 * is today. The file is never deleted (a run waiting to open it would lock a dead inode); a clean
 * release empties it, so a non-empty file found free names a run that died.
 */
final class LocalFileLease implements WriterLease {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFileLease.class);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final ScheduledExecutorService heartbeat;
    private final String deadRun;

    private LocalFileLease(Path file, FileChannel channel, FileLock lock, String deadRun) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.deadRun = deadRun;
        this.heartbeat = LeaseHolder.beatEvery(WriterLease.HEARTBEAT, this::beat);
    }

    /**
     * Takes the output folder for {@code runId}, or throws {@link OutputBusyException} naming the
     * run that holds it. When the folder does not exist yet it is created (no one can be writing it).
     */
    static LocalFileLease acquire(Path output, String runId) {
        Path file = output.resolve(FILE);
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(output)) {
                Files.createDirectories(output);
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM (another run started in-process)
            }
            if (lock == null) {
                channel.close();
                throw new OutputBusyException(output, describe(file));
            }
            String previous = read(channel);
            String deadRun = previous.isBlank() ? null : LeaseHolder.parse(previous).getProperty("run_id", "?");
            write(channel, LeaseHolder.text(runId));
            if (deadRun != null) {
                LOG.warn("run {} died while writing {}; its uncommitted versions are ignored and its leftovers removed", deadRun, output);
            }
            return new LocalFileLease(file, channel, lock, deadRun);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot take the writer lease " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String deadRun() {
        return deadRun;
    }

    /** Empties the file (a clean end) and releases the lock. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            LOG.warn("cannot release the writer lease {}: {}", file, e.getMessage());
        } finally {
            closeQuietly(channel);
        }
    }

    private void beat() {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            LOG.warn("writer lease heartbeat failed on {}: {}", file, e.getMessage());
        }
    }

    /** "run R (pid P on H, started T, last heartbeat N s ago)", read without taking the lock. */
    private static String describe(Path file) throws IOException {
        String text = "";
        for (int i = 0; i < 10 && text.isBlank(); i++) { // the holder may not have written itself in yet
            text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                sleep(100);
            }
        }
        long ago = Duration.between(Files.getLastModifiedTime(file).toInstant(), Instant.now()).toSeconds();
        return LeaseHolder.describe(LeaseHolder.parse(text), ago);
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    private static void write(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
