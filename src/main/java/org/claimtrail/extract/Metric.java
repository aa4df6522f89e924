package org.claimtrail.extract;

import java.util.Set;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.LexiconFile;

/** The metrics of the claim spec. */
public final class Metric {

    private Metric() {
    }

    public static final String KILLED = "killed";
    public static final String WOUNDED = "wounded";
    public static final String CASUALTIES = "casualties";
    public static final String CAPTURED = "captured";
    public static final String MISSING = "missing";
    public static final String DEPLOYED = "deployed";
    public static final String OTHER = "other";

    static final Set<String> ALL = Set.of(KILLED, WOUNDED, CASUALTIES, CAPTURED, MISSING, DEPLOYED, OTHER);

    static String check(String metric, LexiconFile.Entry where) {
        if (!ALL.contains(metric)) {
            throw new ConfigException(where.file() + ":" + where.lineNumber() + ": unknown metric " + metric);
        }
        return metric;
    }

    /** Two metrics joined by and/or: killed or wounded is casualties; otherwise the first stands. */
    static String combine(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        Set<String> pair = Set.of(a, b);
        if (pair.equals(Set.of(KILLED, WOUNDED)) || pair.contains(CASUALTIES)
                && (pair.contains(KILLED) || pair.contains(WOUNDED))) {
            return CASUALTIES;
        }
        return a;
    }
}
