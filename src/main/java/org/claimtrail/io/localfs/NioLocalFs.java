package org.claimtrail.io.localfs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.local.LocalConfigKeys;

/**
 * The {@code file:} filesystem of Hadoop's {@code FileContext} ({@code fs.AbstractFileSystem.file.impl}),
 * which Delta's log store commits through: Hadoop's {@code LocalFs} over {@link NioRawLocalFileSystem}
 * (Hadoop's own builds its raw filesystem itself, so it cannot be given another).
 */
public class NioLocalFs extends ChecksumFs {

    public NioLocalFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
        super(new Raw(uri, conf));
    }

    /** What Hadoop's {@code RawLocalFs} is, over {@link NioRawLocalFileSystem}. */
    static final class Raw extends DelegateToFileSystem {

        Raw(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(uri, new NioRawLocalFileSystem(), conf, uri.getScheme(), false);
        }

        @Override
        public int getUriDefaultPort() {
            return -1;
        }

        @Override
        @SuppressWarnings("deprecation")
        public FsServerDefaults getServerDefaults() throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        @Override
        public FsServerDefaults getServerDefaults(Path f) throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        /** Names are the operating system's to judge, as in Hadoop's {@code RawLocalFs}. */
        @Override
        public boolean isValidName(String src) {
            return true;
        }
    }
}
