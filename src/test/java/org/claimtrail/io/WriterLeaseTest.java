package org.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.claimtrail.cli.ClaimtrailCli;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output: a held lease stops a second run at once; a dead holder's lease is taken over. */
class WriterLeaseTest {

    @TempDir
    Path out;

    @Test
    void aHeldLeaseStopsASecondWriterNamingTheFirst() {
        try (WriterLease first = WriterLease.acquire(out, "run-1")) {
            OutputBusyException e = assertThrows(OutputBusyException.class, () -> WriterLease.acquire(out, "run-2"));
            assertTrue(e.getMessage().contains("run run-1 (pid " + ProcessHandle.current().pid()), e.getMessage());
            assertNull(first.deadRun());
        }
        try (WriterLease next = WriterLease.acquire(out, "run-3")) {
            assertNull(next.deadRun(), "a lease released cleanly names no dead run");
        }
    }

    @Test
    void aLeaseLeftByADeadRunIsTakenOverAndNamesIt() throws Exception {
        // what kill -9 leaves: the holder's details in the file, and no lock (the kernel dropped it)
        Files.writeString(out.resolve(WriterLease.FILE), "run_id=dead-run\npid=1\nhost=h\nstarted=x\n");
        try (WriterLease lease = WriterLease.acquire(out, "run-2")) {
            assertEquals("dead-run", lease.deadRun());
        }
    }

    @Test
    void aRunOnABusyOutputExitsWithThreeInOneLineAndTouchesNothing() throws Exception {
        Files.writeString(out.resolve("keep.txt"), "x");
        try (WriterLease held = WriterLease.acquire(out, "run-1")) {
            String before = tree(out);
            StringWriter err = new StringWriter();
            int code = ClaimtrailCli.execute(new PrintWriter(err, true), "run", "--input",
                    ProjectFiles.sample().toString(), "--output", out.toString());
            assertEquals(3, code);
            List<String> lines = err.toString().lines().toList();
            assertEquals(1, lines.size(), err.toString());
            assertTrue(lines.get(0).startsWith("claimtrail: output " + out) && lines.get(0).contains("run run-1"), lines.get(0));
            assertEquals(before, tree(out), "nothing under the output changed");
        }
    }

    /** Every path under a folder with its size and modification time. */
    private static String tree(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted().toList()) {
                sb.append(dir.relativize(p)).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        }
        return sb.toString();
    }
}
