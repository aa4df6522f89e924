package org.claimtrail.extract;

import java.time.LocalDate;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * The day a figure's own clause gives ("14 people were killed Wednesday", "on 22 March"), for a
 * statement that gives none: news reports a toll on the day it counts, so a recent day named in the
 * clause is the day the source spoke. Only days within a week before publication are believed; an
 * older date names the event, not the statement ("killed since October 7").
 */
final class EventDay {

    private static final int RECENT_DAYS = 7;

    private EventDay() {
    }

    static LocalDate of(SentenceView s, int anchor, LocalDate published, java.util.Set<String> periodPrepositions) {
        if (anchor < 0 || published == null) {
            return null;
        }
        LocalDate own = ofClause(s, anchor, published, periodPrepositions);
        // "14 were killed and 450 wounded Wednesday": conjoined predicates share the day
        AnnotatedArticle.Edge up = s.parent(anchor);
        if (own == null && up != null && up.rel().startsWith("conj") && up.gov() >= 0) {
            return ofClause(s, up.gov(), published, periodPrepositions);
        }
        return own;
    }

    private static LocalDate ofClause(SentenceView s, int anchor, LocalDate published, java.util.Set<String> periodPrepositions) {
        for (AnnotatedArticle.Edge e : s.children(anchor)) {
            String rel = e.rel();
            if (!(rel.startsWith("obl") || rel.startsWith("nmod:tmod") || rel.equals("advmod"))) {
                continue;
            }
            int t = e.dep();
            if (!s.ner(t).equals("DATE") || hasCase(s, t, periodPrepositions)) {
                continue;
            }
            LocalDate parsed = StatementDates.parseDate(s.norm(t));
            LocalDate d = parsed == null ? null : StatementDates.plausible(parsed, s.word(t), published);
            if (d != null && !d.isBefore(published.minusDays(RECENT_DAYS))) {
                return d;
            }
        }
        return null;
    }

    private static boolean hasCase(SentenceView s, int t, java.util.Set<String> words) {
        for (AnnotatedArticle.Edge e : s.children(t)) {
            if (e.rel().equals("case") && words.contains(s.word(e.dep()).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
