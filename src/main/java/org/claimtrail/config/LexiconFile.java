package org.claimtrail.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated word and pattern lists under {@code conf/lexicon/}: one entry a line,
 * {@code #} starts a comment line, blank lines are skipped. The lists are data that a linguist tunes,
 * so a malformed line is reported with its file and line number.
 */
public final class LexiconFile {

    private LexiconFile() {
    }

    /** One line of a lexicon file, split on tabs, with where it came from for error messages. */
    public record Entry(String file, int lineNumber, List<String> fields) {
        public String field(int i) {
            if (i >= fields.size()) {
                throw new ConfigException(file + ":" + lineNumber + ": expected at least " + (i + 1)
                        + " tab-separated fields, found " + fields.size());
            }
            return fields.get(i);
        }
    }

    public static List<Entry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read lexicon " + file + ": " + e.getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t")) {
                fields.add(f.strip());
            }
            entries.add(new Entry(file.getFileName().toString(), i + 1, fields));
        }
        return entries;
    }
}
