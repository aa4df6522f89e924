package org.claimtrail.ingest;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.LexiconFile;

/**
 * Drops the lines of a scraped page that are not article text (language switchers, "Advertisement",
 * donation appeals, trailing promo blocks). The patterns live in {@code conf/lexicon/boilerplate.tsv};
 * this class only knows the two kinds of rule:
 * <ul>
 *   <li>{@code line}: a line that matches is dropped;</li>
 *   <li>{@code tail}: a line that matches in the last part of the text is dropped with every line after
 *       it (a "Read more" or "Support us" block ends the article).</li>
 * </ul>
 * The text that remains is what {@code articles.text} holds, so every later offset indexes it exactly.
 */
public final class BoilerplateFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A tail rule fires only past this share of the text, so a body line is never cut off early. */
    static final double TAIL_START = 0.5;

    public enum Kind { LINE, TAIL }

    public record Rule(Kind kind, Pattern pattern) implements Serializable {
    }

    /** The cleaned text and how many lines were dropped from it. */
    public record Cleaned(String text, int droppedLines) {
    }

    private final List<Rule> rules;

    public BoilerplateFilter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static BoilerplateFilter load(Path file) {
        List<Rule> rules = new ArrayList<>();
        for (LexiconFile.Entry e : LexiconFile.read(file)) {
            Kind kind;
            try {
                kind = Kind.valueOf(e.field(0).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new ConfigException(e.file() + ":" + e.lineNumber() + ": kind must be line or tail, got '"
                        + e.field(0) + "'");
            }
            try {
                rules.add(new Rule(kind, Pattern.compile(e.field(1))));
            } catch (PatternSyntaxException ex) {
                throw new ConfigException(e.file() + ":" + e.lineNumber() + ": bad pattern: " + ex.getDescription());
            }
        }
        return new BoilerplateFilter(rules);
    }

    public Cleaned clean(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder(text.length());
        int dropped = 0;
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            boolean inTail = offset >= TAIL_START * text.length();
            if (!trimmed.isEmpty() && inTail && matches(Kind.TAIL, trimmed)) {
                for (int j = i; j < lines.length; j++) {
                    if (!lines[j].isBlank()) {
                        dropped++;
                    }
                }
                break;
            }
            offset += line.length() + 1;
            if (!trimmed.isEmpty() && matches(Kind.LINE, trimmed)) {
                dropped++;
                continue;
            }
            if (kept.length() > 0) {
                kept.append('\n');
            }
            kept.append(line);
        }
        return new Cleaned(kept.toString().strip(), dropped);
    }

    /** True when a {@code line} rule drops this line wherever it stands. */
    public boolean isFurnitureLine(String line) {
        return matches(Kind.LINE, line.strip());
    }

    private boolean matches(Kind kind, String line) {
        for (Rule r : rules) {
            if (r.kind() == kind && r.pattern().matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
