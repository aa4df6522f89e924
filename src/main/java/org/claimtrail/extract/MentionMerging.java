package org.claimtrail.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One claim per statement in an article: the same figure from the same source, given twice, becomes
 * one claim with its mentions counted.
 */
final class MentionMerging implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SourcePhrases phrases;

    MentionMerging(SourcePhrases phrases) {
        this.phrases = phrases;
    }

    /**
     * Same figure, same source: one claim, its mentions counted, the best-evidenced mention kept (a
     * source, then a date, then the fullest source name, then the first). An unattributed repeat of an attributed figure joins it.
     * The claims come back in text order.
     */
    List<Claim> merge(List<Claim> claims) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            groups.computeIfAbsent(figureKey(c), k -> new ArrayList<>()).add(c);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Claim> group : groups.values()) {
            List<List<Claim>> bySpeaker = new ArrayList<>();
            List<Claim> unattributed = new ArrayList<>();
            for (Claim c : group) {
                if (c.source() == null) {
                    unattributed.add(c);
                    continue;
                }
                List<Claim> home = null;
                for (List<Claim> b : bySpeaker) {
                    if (sameSpeaker(b.get(0), c)) {
                        home = b;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    bySpeaker.add(home);
                }
                home.add(c);
            }
            if (bySpeaker.size() == 1) {
                bySpeaker.get(0).addAll(unattributed);
            } else if (!unattributed.isEmpty()) {
                bySpeaker.add(unattributed);
            }
            for (List<Claim> b : bySpeaker) {
                out.add(best(b).withMentions(b.size()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.charBegin(), b.charBegin()));
        return out;
    }

    private static String figureKey(Claim c) {
        return c.metric() + "|" + c.valueLow() + "|" + c.valueHigh();
    }

    private Claim best(List<Claim> mentions) {
        Claim best = mentions.get(0);
        for (Claim c : mentions) {
            // on a tie, the fuller name: a headline's "Sudan Doctors" is the body's "Preliminary
            // Committee of the Sudan Doctors Union"
            if (score(c) > score(best) || score(c) == score(best) && c.source() != null && best.source() != null
                    && c.source().length() > best.source().length()) {
                best = c;
            }
        }
        return best;
    }

    /** A source, then a date, then a body or person rather than a bare country ("Pakistan says" / "the ISPR said"). */
    private int score(Claim c) {
        boolean specific = c.source() != null && !phrases.withoutCountry(c.source()).isBlank();
        return (c.source() != null ? 8 : 0) + (c.statedOn() != null ? 4 : 0) + (specific ? 2 : 0)
                + (c.intermediary() != null ? 1 : 0);
    }

    private boolean sameSpeaker(Claim a, Claim b) {
        return phrases.speakersMatch(a.source(), b.source())
                || a.intermediary() != null && phrases.speakersMatch(a.intermediary(), b.source())
                || b.intermediary() != null && phrases.speakersMatch(a.source(), b.intermediary());
    }
}
