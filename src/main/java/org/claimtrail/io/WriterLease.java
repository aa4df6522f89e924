package org.claimtrail.io;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.hadoop.conf.Configuration;

/**
 * One writer per output. A run takes the lease before it starts Spark or writes anything and holds
 * it to the end; a second run finds it held and stops with {@link OutputBusyException}, naming the
 * holder. A lease left by a run that died is taken over, and only then are that run's leftovers
 * cleaned ({@link #deadRun()}). How death is proved depends on the filesystem: on the local disk
 * the kernel's file lock ({@link LocalFileLease}), elsewhere a heartbeat that stopped
 * ({@link HeartbeatLease}).
 */
public interface WriterLease extends AutoCloseable {

    /** The lease file under the output. */
    String FILE = ".claimtrail-writer";
    /** How often the holder shows it is alive. */
    Duration HEARTBEAT = Duration.ofSeconds(10);

    /** Takes the output for {@code runId}, on whatever filesystem {@code output} is. */
    static WriterLease acquire(String output, String runId, Configuration conf) {
        if (HadoopFiles.isLocal(output, conf)) {
            return LocalFileLease.acquire(Path.of(new org.apache.hadoop.fs.Path(output).toUri().getPath()), runId);
        }
        return HeartbeatLease.acquire(output, runId, conf, HEARTBEAT);
    }

    /** Takes a local output folder for {@code runId}. */
    static WriterLease acquire(Path output, String runId) {
        return LocalFileLease.acquire(output, runId);
    }

    /** The run that held the output and died without releasing it, or null: its leftovers may be cleaned. */
    String deadRun();

    /** Releases the lease: the next run finds the output free. */
    @Override
    void close();
}
