package org.claimtrail.io.localfs;

import java.util.Map;

import org.apache.hadoop.fs.LocalFileSystem;

/**
 * The {@code file:} filesystem Spark and claimtrail open ({@code fs.file.impl}): Hadoop's checksummed
 * local filesystem over {@link NioRawLocalFileSystem}.
 */
public class NioLocalFileSystem extends LocalFileSystem {

    /**
     * The Hadoop settings that put these classes in place of Hadoop's for {@code file:}, in the
     * session ({@code spark.hadoop.*}, which tasks get) and in every configuration claimtrail makes:
     * the JVM keeps the first local filesystem opened for all that follow.
     */
    public static final Map<String, String> HADOOP_SETTINGS = Map.of(
            "fs.file.impl", NioLocalFileSystem.class.getName(),
            "fs.AbstractFileSystem.file.impl", NioLocalFs.class.getName());

    public NioLocalFileSystem() {
        super(new NioRawLocalFileSystem());
    }
}
