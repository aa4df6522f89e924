package org.claimtrail.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.config.LexiconFile;

/**
 * Annotates the sentences of {@code src/test/resources/fixtures/sentences.tsv} with the project's
 * CoreNLP configuration ({@link TestAnnotator}) and writes them to {@code sentences.jsonl} beside it,
 * which {@link Fixtures} reads. Run it again after changing the sentences, {@code conf/corenlp.properties}
 * or the candidate filter (the README's Testing section has the command).
 *
 * <p>Usage: {@code FixtureWriter [SENTENCES.tsv [OUT.jsonl]]}, relative to the project home.
 */
public final class FixtureWriter {

    private FixtureWriter() {
    }

    /** Usage: no arguments (every language), or SENTENCES.tsv [OUT.jsonl [LANG]]. */
    public static void main(String[] args) throws IOException {
        Path home = ProjectFiles.home();
        if (args.length == 0) { // every language's fixtures: sentences.tsv (English), sentences.de.tsv, ...
            for (String lang : List.of("en", "de", "es")) {
                String base = "src/test/resources/fixtures/sentences" + (lang.equals("en") ? "" : "." + lang);
                write(home.resolve(base + ".tsv"), home.resolve(base + ".jsonl"), lang);
            }
            return;
        }
        write(home.resolve(args[0]), home.resolve(args.length > 1 ? args[1] : "src/test/resources/fixtures/sentences.jsonl"),
                args.length > 2 ? args[2] : "en");
    }

    private static void write(Path in, Path out, String lang) throws IOException {
        org.claimtrail.annotate.AnnotatorConfig config = TestAnnotator.config(lang);
        List<LexiconFile.Entry> cases = LexiconFile.read(in);
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (LexiconFile.Entry e : cases) {
                String name = e.field(0);
                LocalDate published = LocalDate.parse(e.field(1));
                String text = e.field(2).replace("\\n", "\n");
                AnnotatedArticle a = TestAnnotator.annotate(config, text, published);
                w.write(json.writeValueAsString(Fixtures.json(new Fixtures.Fixture(name, published, text, a.sentences()))));
                w.newLine();
            }
        }
        System.out.println("fixtures: " + cases.size() + " texts annotated into " + out);
    }
}
