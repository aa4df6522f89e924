package org.claimtrail.extract;

import java.util.Locale;
import java.util.Set;

/** The dateline that may open a sentence: where the reporter files from, never where a count is. */
final class Datelines {

    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private Datelines() {
    }

    /**
     * Whether token {@code t} is in a dateline ("LAHAINA, Hawaii —", "MOSCOW (dpa-AFX) -"): where the
     * reporter files from, not where the count is. A dateline opens the sentence with a name in
     * capitals and ends at the first dash or colon.
     */
    static boolean contains(SentenceView s, int t) {
        int caps = -1;
        for (int i = 0; i < Math.min(s.size(), 12); i++) {
            String w = s.tokens.get(i).word();
            if (w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))
                    && PLACE_NER.contains(s.ner(i))) {
                caps = i;
                break;
            }
        }
        if (caps < 0 || t < caps) {
            return false;
        }
        for (int i = caps; i < Math.min(s.size(), caps + 15); i++) {
            String w = s.word(i);
            if (w.equals("—") || w.equals("–") || w.equals("-") || w.equals("--") || w.equals(":")) {
                return t < i;
            }
        }
        return t == caps;
    }
}
