package org.claimtrail.io.localfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local filesystem without a process per call does what Hadoop's does, through both of
 * Hadoop's doors: {@code FileSystem} (Spark's writes) and {@code FileContext} (Delta's commits).
 */
class NioLocalFileSystemTest {

    @TempDir
    Path dir;

    private static Configuration conf() {
        Configuration conf = new Configuration();
        NioLocalFileSystem.HADOOP_SETTINGS.forEach(conf::set);
        return conf;
    }

    private static org.apache.hadoop.fs.Path hadoop(Path p) {
        return new org.apache.hadoop.fs.Path(p.toUri());
    }

    @Test
    void permissionsAreSetAsChmodWouldSetThem() throws Exception {
        try (FileSystem fs = FileSystem.newInstance(dir.toUri(), conf())) {
            assertInstanceOf(NioLocalFileSystem.class, fs);
            Path file = dir.resolve("a.txt");
            try (FSDataOutputStream out = fs.create(hadoop(file))) {
                out.write("x".getBytes(StandardCharsets.UTF_8));
            }
            fs.setPermission(hadoop(file), new FsPermission((short) 0640));
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals((short) 0640, fs.getFileStatus(hadoop(file)).getPermission().toShort());
            assertTrue(fs.mkdirs(hadoop(dir.resolve("d/e")), new FsPermission((short) 0750)));
            assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("d/e"))));
            assertThrows(FileNotFoundException.class,
                    () -> fs.setPermission(hadoop(dir.resolve("missing")), new FsPermission((short) 0644)));
        }
    }

    @Test
    void everyBitHasItsPermission() {
        assertEquals("rwxr-xr--", PosixFilePermissions.toString(NioRawLocalFileSystem.posix((short) 0754)));
        assertEquals("-w---x-w-", PosixFilePermissions.toString(NioRawLocalFileSystem.posix((short) 0212)));
    }

    /** Delta commits a version by renaming a temporary file onto a name that must not exist yet. */
    @Test
    void aRenameWithoutOverwriteRefusesATakenNameAsDeltaNeeds() throws Exception {
        FileContext fc = FileContext.getFileContext(dir.toUri(), conf());
        org.apache.hadoop.fs.Path tmp = hadoop(dir.resolve(".0.json.tmp"));
        org.apache.hadoop.fs.Path version = hadoop(dir.resolve("0.json"));
        try (FSDataOutputStream out = fc.create(tmp, EnumSet.of(CreateFlag.CREATE), Options.CreateOpts.createParent())) {
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        fc.rename(tmp, version, Options.Rename.NONE);
        assertTrue(Files.exists(dir.resolve("0.json")));
        assertFalse(Files.exists(dir.resolve(".0.json.tmp")));
        try (FSDataOutputStream out = fc.create(tmp, EnumSet.of(CreateFlag.CREATE), Options.CreateOpts.createParent())) {
            out.write("{\"second\":1}".getBytes(StandardCharsets.UTF_8));
        }
        assertThrows(FileAlreadyExistsException.class, () -> fc.rename(tmp, version, Options.Rename.NONE));
        assertEquals("{}", Files.readString(dir.resolve("0.json")));
    }

    @Test
    void aSymbolicLinkIsStillALink() throws Exception {
        Path target = Files.writeString(dir.resolve("target.txt"), "t");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        try (FileSystem fs = FileSystem.newInstance(dir.toUri(), conf())) {
            NioRawLocalFileSystem raw = (NioRawLocalFileSystem) ((NioLocalFileSystem) fs).getRaw();
            assertTrue(raw.getFileLinkStatus(new org.apache.hadoop.fs.Path(link.toString())).isSymlink());
            assertFalse(raw.getFileLinkStatus(hadoop(target)).isSymlink());
            assertThrows(FileNotFoundException.class, () -> raw.getFileLinkStatus(hadoop(dir.resolve("none"))));
        }
    }
}
