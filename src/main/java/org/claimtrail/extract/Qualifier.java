package org.claimtrail.extract;

import java.util.Locale;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.LexiconFile;

/** How a figure's bounds relate to its number (claim spec, "Values"). */
public enum Qualifier {
    EXACT, APPROX, AT_LEAST, MORE_THAN, AT_MOST, NEARLY, RANGE, VAGUE;

    /** The code in the claims table. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Bounds of a single number n under this qualifier: {low, high}, null meaning unbounded. */
    Double[] bounds(double n) {
        return switch (this) {
            case AT_LEAST, MORE_THAN -> new Double[] {n, null};
            case AT_MOST, NEARLY -> new Double[] {null, n};
            default -> new Double[] {n, n};
        };
    }

    static Qualifier parse(String code, LexiconFile.Entry where) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where.file() + ":" + where.lineNumber() + ": unknown qualifier " + code);
        }
    }
}
