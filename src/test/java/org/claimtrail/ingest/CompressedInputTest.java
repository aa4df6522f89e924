package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.luben.zstd.ZstdOutputStream;

/**
 * Compressed JSON Lines and text read exactly like their plain forms. The files are compressed here by
 * other libraries than the reader's (the JDK's gzip, commons-compress's bzip2, the reference zstd
 * through zstd-jni), so a codec is checked against a writer it does not share code with.
 */
class CompressedInputTest {

    @TempDir
    Path dir;

    static final String JSONL = String.join("\n",
            "{\"id\":\"a\",\"text\":\"Some 40 fighters were captured, the army said.\",\"url\":\"https://wire.example/2024/12/19/a\"}",
            "",
            "{\"id\":\"b\",\"text\":\"broken",
            "{\"id\":\"c\",\"title\":\"no text\"}",
            "{\"text\":\"No id here: dozens were wounded, medics said.\",\"outlet\":\"Post\"}",
            "");

    interface Compressor {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    private Path write(String name, String text, Compressor c) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = c.wrap(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    /** What a reader made of a unit, without the path (which differs by name). */
    private static List<String> summary(List<IngestOutcome> outcomes) {
        return outcomes.stream().map(o -> o.article() != null
                ? "article " + o.article().docId() + " line " + o.article().line() + " " + o.article().outlet() + " "
                        + o.article().published() + ": " + o.article().text()
                : "reject " + o.reject().docId() + " line " + o.reject().line() + " " + o.reject().reason()).toList();
    }

    private static List<String> read(Path p) {
        List<InputUnit> units = CorpusDiscovery.discover(List.of(p.toString()));
        assertEquals(1, units.size());
        return summary(CorpusReader.read(units.get(0), ArticleFactoryTest.RULES));
    }

    @Test
    void jsonLinesGzBz2AndZstReadLikeThePlainFile() throws IOException {
        List<String> plain = read(write("feed.jsonl", JSONL, out -> out));
        assertEquals(4, plain.size(), plain.toString());
        assertTrue(plain.get(0).startsWith("article a line 1 wire.example 2024-12-19"), plain.get(0));
        assertEquals(plain, read(write("feed.jsonl.gz", JSONL, GZIPOutputStream::new)));
        assertEquals(plain, read(write("feed.jsonl.bz2", JSONL, BZip2CompressorOutputStream::new)));
        assertEquals(plain, read(write("feed.jsonl.zst", JSONL, ZstdOutputStream::new)));
        assertEquals(plain, read(write("feed.ndjson.GZ", JSONL, GZIPOutputStream::new)));
    }

    @Test
    void compressedTextFilesKeepTheirNameAsDocId() throws IOException {
        String text = "KYIV -- About 300 troops were deployed, the ministry said.";
        List<String> plain = read(write("101.txt", text, out -> out));
        assertEquals(List.of("article 101 line null null null: " + text), plain);
        Files.delete(dir.resolve("101.txt"));
        assertEquals(plain, read(write("101.txt.gz", text, GZIPOutputStream::new)));
        assertEquals(plain, read(write("101.txt.bz2", text, BZip2CompressorOutputStream::new)));
        assertEquals(plain, read(write("101.txt.zst", text, ZstdOutputStream::new)));
    }

    @Test
    void aFolderReadsCompressedFilesByTheirInnerExtension() throws IOException {
        write("a.txt.gz", "Some 12 people were hurt.", GZIPOutputStream::new);
        write("b.jsonl.zst", JSONL, ZstdOutputStream::new);
        write("c.csv.gz", "x,y", GZIPOutputStream::new);
        List<InputUnit> units = CorpusDiscovery.discover(List.of(dir.toString()));
        assertEquals(List.of(InputUnit.Kind.TEXT, InputUnit.Kind.JSONL, InputUnit.Kind.REJECT),
                units.stream().map(InputUnit::kind).toList());
        assertEquals("a", units.get(0).docId());
        assertEquals("unsupported_file", units.get(2).reject().reason());
    }

    @Test
    void theSizeLimitAppliesToTheDecompressedText() throws IOException {
        // 5,000 bytes of text compress to a few dozen: the limit must see the 5,000
        Path p = write("big.txt.gz", "x".repeat(5_000), GZIPOutputStream::new);
        assertTrue(Files.size(p) < 4_000);
        IngestRules small = new IngestRules(ArticleFactoryTest.RULES.boilerplate(), ArticleFactoryTest.RULES.html(),
                4_000, ArticleFactoryTest.RULES.today());
        IngestOutcome o = CorpusReader.read(InputUnit.text(p.toString(), Map.of()), small).get(0);
        assertEquals("too_large", o.reject().reason());
    }

    @Test
    void aCorruptArchiveIsAnUnreadableReject() throws IOException {
        Path p = dir.resolve("feed.jsonl.gz");
        Files.write(p, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        List<String> out = read(p);
        assertEquals(1, out.size());
        assertTrue(out.get(0).contains("unreadable"), out.toString());
    }
}
