package org.claimtrail.io.localfs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's raw local filesystem without a process per call. Without Hadoop's native library (which
 * no Maven artifact ships), {@link RawLocalFileSystem} runs {@code chmod} in a new process for every
 * file and folder it creates, and {@code readlink} for every rename through {@code FileContext}
 * (each Delta commit). A sample run forked about 600 of them on the driver and in tasks. This class
 * does the same two things with {@code java.nio}, in the JVM; the rest is Hadoop's.
 */
public class NioRawLocalFileSystem extends RawLocalFileSystem {

    /** The nine permission bits, owner read first, in the order of {@link FsPermission#toShort()}'s bits 8..0. */
    private static final PosixFilePermission[] BITS = {
        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE};

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
        short mode = permission.toShort();
        if ((mode & ~0777) != 0) {
            super.setPermission(p, permission); // the sticky bit: java.nio has no word for it
            return;
        }
        try {
            Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(mode));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("File " + p + " does not exist");
        } catch (UnsupportedOperationException e) {
            super.setPermission(p, permission); // a filesystem without POSIX permissions
        }
    }

    static Set<PosixFilePermission> posix(short mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < BITS.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(BITS[i]);
            }
        }
        return set;
    }

    /**
     * What is not a symbolic link has its own status as link status: Hadoop asks {@code readlink}
     * first, and gets an empty answer for every path it gives with a scheme anyway.
     */
    @Override
    public FileStatus getFileLinkStatus(Path f) throws IOException {
        if (!Files.isSymbolicLink(pathToFile(f).toPath())) {
            return getFileStatus(f);
        }
        return super.getFileLinkStatus(f);
    }
}
