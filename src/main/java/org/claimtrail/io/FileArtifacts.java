package org.claimtrail.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files and folders under the output that are not tables (CSV copies of reports, the HTML report):
 * written under {@value #STAGING}, then put in place by a rename, so a reader never opens half a
 * file. A run killed between the two leaves its staged copy; the next writer, holding the
 * {@link WriterLease}, knows no one else is writing and removes it ({@link #cleanStaging()}).
 */
final class FileArtifacts {

    static final String STAGING = ".staging";

    private final Path output;
    private int sequence;

    FileArtifacts(Path output) {
        this.output = output;
    }

    /** A fresh path to write {@code relative} to before {@link #land}. */
    Path stagingFor(String relative) {
        return output.resolve(STAGING).resolve((sequence++) + "-" + relative.replace('/', '~'));
    }

    /** Puts a staged file or folder in place of {@code relative}, replacing what was there. */
    void land(String relative, Path staged) {
        Path target = output.resolve(relative);
        Path aside = output.resolve(STAGING).resolve("old-" + (sequence++) + "-" + relative.replace('/', '~'));
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(aside);
        } catch (IOException e) {
            throw new IllegalStateException("cannot put " + target + " in place: " + e.getMessage(), e);
        }
    }

    /** Removes what writers left staged; only for the holder of the writer lease. */
    void cleanStaging() {
        try {
            deleteTree(output.resolve(STAGING));
        } catch (IOException e) {
            throw new IllegalStateException("cannot clean " + output.resolve(STAGING) + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path x : all) {
                Files.deleteIfExists(x);
            }
        }
    }
}
