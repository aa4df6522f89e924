package org.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lease of outputs on distributed filesystems, exercised through Hadoop's local filesystem (the
 * HDFS and S3 runs of {@code RemoteOutputsTest} take it for real): a live holder stops a second
 * run; a holder whose heartbeat stopped is taken over and named; a clean end removes the file.
 */
class HeartbeatLeaseTest {

    @TempDir
    Path out;

    private final Configuration conf = new Configuration();

    @Test
    void aLiveHolderStopsASecondRunNamingIt() {
        try (HeartbeatLease first = HeartbeatLease.acquire(out.toString(), "run-1", conf, Duration.ofSeconds(10))) {
            OutputBusyException e = assertThrows(OutputBusyException.class,
                    () -> HeartbeatLease.acquire(out.toString(), "run-2", conf, Duration.ofSeconds(10)));
            assertTrue(e.getMessage().contains("run run-1 (pid " + ProcessHandle.current().pid()), e.getMessage());
            assertNull(first.deadRun());
        }
        assertFalse(Files.exists(out.resolve(WriterLease.FILE)), "a clean end removes the lease");
        try (HeartbeatLease next = HeartbeatLease.acquire(out.toString(), "run-3", conf, Duration.ofSeconds(10))) {
            assertNull(next.deadRun());
        }
    }

    @Test
    void aHolderWhoseHeartbeatStoppedIsTakenOverAndNamed() throws Exception {
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        Files.writeString(out.resolve(WriterLease.FILE),
                "run_id=dead-run\nhost=h\npid=1\nstarted=x\nbeat=" + tenMinutesAgo + "\n");
        try (HeartbeatLease lease = HeartbeatLease.acquire(out.toString(), "run-2", conf, Duration.ofSeconds(10))) {
            assertEquals("dead-run", lease.deadRun());
            assertTrue(Files.readString(out.resolve(WriterLease.FILE)).contains("run_id=run-2"));
        }
    }

    @Test
    void aLeaseFileCutShortWhileHeldIsRemovedAtTheEnd() throws Exception {
        try (HeartbeatLease lease = HeartbeatLease.acquire(out.toString(), "run-1", conf, Duration.ofSeconds(10))) {
            Files.writeString(out.resolve(WriterLease.FILE), "run_"); // a beat cut off mid-write
        }
        assertFalse(Files.exists(out.resolve(WriterLease.FILE)), "the holder's own truncated lease is removed");
    }

    @Test
    void aHolderEndingDuringABeatLeavesNoLease() throws Exception {
        for (int i = 0; i < 20; i++) { // beats every 5 ms: the end often falls inside one
            try (HeartbeatLease lease = HeartbeatLease.acquire(out.toString(), "run-" + i, conf, Duration.ofMillis(5))) {
                Thread.sleep(i % 7);
            }
            assertFalse(Files.exists(out.resolve(WriterLease.FILE)), "no lease left after run " + i);
        }
    }

    @Test
    void theHolderKeepsItsLeaseAliveByBeating() throws Exception {
        try (HeartbeatLease lease = HeartbeatLease.acquire(out.toString(), "run-1", conf, Duration.ofMillis(200))) {
            String first = Files.readString(out.resolve(WriterLease.FILE));
            Thread.sleep(2_000); // stale after 6 x 200 ms, were it not beating
            assertThrows(OutputBusyException.class,
                    () -> HeartbeatLease.acquire(out.toString(), "run-2", conf, Duration.ofMillis(200)));
            assertFalse(first.equals(Files.readString(out.resolve(WriterLease.FILE))), "the beat time moves on");
        }
    }
}
