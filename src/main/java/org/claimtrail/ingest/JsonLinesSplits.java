package org.claimtrail.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.Seekable;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.io.CorpusFiles;

/**
 * Line numbers for the byte ranges of a large JSON Lines file. A range's reader cannot know how many
 * lines lie before it, and {@code articles.line} and every reject must name the file's real line; so
 * before reading, one parallel pass counts the newlines in each range and each range starts its count
 * from the sum of the ranges before it. Only files large enough to be split pay for this pass.
 */
public final class JsonLinesSplits {

    private JsonLinesSplits() {
    }

    /** How many newlines one range holds. */
    public record RangeCount(String path, long start, long newlines) implements Serializable {
    }

    /** The units with every JSON Lines range's first line number filled in. */
    public static List<InputUnit> numberLines(SparkSession spark, List<InputUnit> units, Map<String, String> fsSettings) {
        List<InputUnit> ranges = units.stream().filter(InputUnit::isRange).toList();
        if (ranges.isEmpty()) {
            return units;
        }
        spark.sparkContext().setJobDescription("ingest: count the lines of split JSON Lines files");
        // Java serialization, as IngestStage ships units: Kryo (spark-defaults.conf) cannot make records
        List<RangeCount> counts = new ArrayList<>(spark.createDataset(ranges, Encoders.javaSerialization(InputUnit.class))
                .map((MapFunction<InputUnit, RangeCount>) u -> {
                    CorpusFiles.use(fsSettings);
                    return new RangeCount(u.path(), u.start(), newlines(u.path(), u.start(), u.end()));
                }, Encoders.javaSerialization(RangeCount.class))
                .collectAsList());
        counts.sort(Comparator.comparing(RangeCount::path).thenComparingLong(RangeCount::start));
        Map<String, Long> newlinesBefore = new HashMap<>();
        Map<String, Long> running = new HashMap<>();
        for (RangeCount c : counts) {
            long before = running.getOrDefault(c.path(), 0L);
            newlinesBefore.put(c.path() + "@" + c.start(), before);
            running.put(c.path(), before + c.newlines());
        }
        List<InputUnit> out = new ArrayList<>(units.size());
        for (InputUnit u : units) {
            out.add(u.isRange() ? u.withFirstLine(1 + newlinesBefore.get(u.path() + "@" + u.start())) : u);
        }
        return out;
    }

    /**
     * Newline bytes in {@code [start, end)} of a file; 0 for a file that cannot be read, whose ranges
     * then become {@code unreadable} rejects when they are read.
     */
    static long newlines(String path, long start, long end) {
        try (InputStream in = CorpusFiles.open(path)) {
            if (start > 0) {
                ((Seekable) in).seek(start);
            }
            byte[] buf = new byte[1 << 16];
            long left = end - start;
            long n = 0;
            while (left > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (r < 0) {
                    break;
                }
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
                left -= r;
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }
}
