package org.claimtrail.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.claimtrail.io.CorpusFiles;

/**
 * Compressed corpus files ({@code .gz}, {@code .bz2}, {@code .zst}, {@code .deflate}), chosen by
 * Hadoop's {@link CompressionCodecFactory} from the file name's last extension.
 * <p>
 * Gzip, bzip2 and deflate are Hadoop's own codecs, which fall back to pure Java without libhadoop.
 * Hadoop's {@code ZStandardCodec} does not: it needs a libhadoop built with zstd and fails at the first
 * read otherwise. So {@code .zst} is mapped to aircompressor's {@code ZstdCodec}, the same Hadoop codec
 * interface in pure Java (and a jar every Spark ships).
 */
public final class Compression {

    private Compression() {
    }

    static final String CODECS = String.join(",",
            "org.apache.hadoop.io.compress.GzipCodec",
            "org.apache.hadoop.io.compress.BZip2Codec",
            "org.apache.hadoop.io.compress.DefaultCodec",
            "io.airlift.compress.zstd.ZstdCodec");

    private static volatile CompressionCodecFactory factory;

    private static CompressionCodecFactory factory() {
        if (factory == null) {
            synchronized (Compression.class) {
                if (factory == null) {
                    Configuration conf = new Configuration();
                    // only the codecs this JVM can load: a missing one must not stop plain and gzip input
                    conf.set("io.compression.codecs", String.join(",", java.util.Arrays.stream(CODECS.split(","))
                            .filter(Compression::loadable).toList()));
                    factory = new CompressionCodecFactory(conf);
                }
            }
        }
        return factory;
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, Compression.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The codec a file name asks for, if it ends in a compression extension. */
    public static Optional<CompressionCodec> codec(String name) {
        return Optional.ofNullable(factory().getCodec(new Path(fileName(name))));
    }

    /** The name without its compression extension: {@code a.jsonl.gz -> a.jsonl}; others as they are. */
    public static String inner(String name) {
        String file = fileName(name);
        return codec(file).map(c -> file.substring(0, file.length() - c.getDefaultExtension().length())).orElse(file);
    }

    /** Opens a corpus file, decompressing it when its name says it is compressed. */
    public static InputStream open(String path) throws IOException {
        InputStream raw = CorpusFiles.open(path);
        Optional<CompressionCodec> codec = codec(path);
        if (codec.isEmpty()) {
            return raw;
        }
        try {
            return codec.get().createInputStream(raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** True when the name ends in a compression extension. */
    public static boolean isCompressed(String name) {
        return codec(name).isPresent();
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        String name = slash < 0 ? path : path.substring(slash + 1);
        // Hadoop matches extensions case-sensitively; corpora from Windows arrive as .GZ too
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot) + name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
