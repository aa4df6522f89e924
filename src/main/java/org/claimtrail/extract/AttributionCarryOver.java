package org.claimtrail.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Attribution across sentences: a figure in a sentence that names no source of its own continues
 * the statement told just before it ("The ministry said 40 people died on Monday. Another 120 were
 * injured."), so it takes that statement's source, relay and day. A briefing told over several
 * sentences is one statement; the chain breaks after {@link #WINDOW} sentences without one.
 */
final class AttributionCarryOver {

    /** How many sentences back a statement still speaks for an unattributed figure. */
    static final int WINDOW = 2;

    /**
     * A reporting event in the article: sentence, who spoke (and who relayed), and the day, if known.
     * It may speak for sentences before it too: {@code reachesBack} when it reports "the figures" or
     * "the casualties" given there, {@code closesQuote} when it ends a quote opened there
     * ("\u201c152 were injured. 133 died,\u201d the ministry said").
     */
    record Statement(int sentence, String source, String intermediary, LocalDate date, String sourceType,
                     String sourceCountry, boolean reachesBack, boolean closesQuote) {
    }

    private AttributionCarryOver() {
    }

    /**
     * @param claims     one article's claims in text order
     * @param statements reporting events without figures (speakers recorded by the discourse pass)
     * @param ownVoice   ids of claims the article tells in its own voice ("are believed to have been
     *                   deployed", "the mission deployed 400"): nobody before speaks for them
     * @param continues  breakdowns: claim id to the id of the figure they break down, whose voice they share
     */
    static List<Claim> apply(List<Claim> claims, List<Statement> statements, java.util.Set<String> ownVoice,
                             java.util.Map<String, String> continues) {
        return apply(claims, statements, ownVoice, continues, new java.util.TreeSet<>());
    }

    /** @param entryStarts sentences that open a live blog's entry: no statement speaks across one */
    static List<Claim> apply(List<Claim> claims, List<Statement> statements, java.util.Set<String> ownVoice,
                             java.util.Map<String, String> continues, java.util.NavigableSet<Integer> entryStarts) {
        // a figure's own attribution first: on a tie in one sentence it beats a bare speaker
        List<Statement> known = new ArrayList<>();
        for (Claim c : claims) {
            if (c.source() != null) {
                known.add(of(c));
            }
        }
        known.addAll(statements);
        List<Claim> out = new ArrayList<>(claims.size());
        java.util.Map<String, Claim> done = new java.util.HashMap<>();
        for (Claim c : claims) {
            Claim whole = done.get(continues.get(c.claimId()));
            if (c.source() == null && whole != null && whole.source() != null) {
                Claim part = c.withSource(whole.source(), whole.sourceType(), whole.sourceCountry(), whole.intermediary(),
                        c.statedOn() != null ? c.statedOn() : whole.statedOn());
                out.add(part);
                done.put(part.claimId(), part);
                known.add(of(part));
                continue;
            }
            if (c.source() != null || ownVoice.contains(c.claimId())) {
                out.add(c);
                done.put(c.claimId(), c);
                continue;
            }
            Statement before = entryStarts.contains(c.sentenceIndex() + 1) ? null : nextReachingBack(known, c);
            if (before == null) {
                before = latestBefore(known, c.sentenceIndex());
            }
            Integer entry = entryStarts.floor(c.sentenceIndex());
            if (before != null && entry != null && before.sentence() < entry) {
                before = null; // said in an earlier entry of the live blog
            }
            if (before == null) {
                out.add(c);
                done.put(c.claimId(), c);
                continue;
            }
            Claim carried = c.withSource(before.source(), before.sourceType(), before.sourceCountry(),
                    before.intermediary(), c.statedOn() != null ? c.statedOn() : before.date());
            out.add(carried);
            done.put(carried.claimId(), carried);
            known.add(of(carried)); // the chain goes on: the next figure may continue this one
        }
        return out;
    }

    private static Statement of(Claim c) {
        return new Statement(c.sentenceIndex(), c.source(), c.intermediary(), c.statedOn(), c.sourceType(),
                c.sourceCountry(), false, false);
    }

    /** The statement of the next sentence, when it reaches back to this claim's sentence. */
    private static Statement nextReachingBack(List<Statement> known, Claim c) {
        for (Statement st : known) {
            if (st.reachesBack() && st.sentence() == c.sentenceIndex() + 1) {
                return st;
            }
        }
        // a quote opened in this sentence and not closed in it: the speaker comes after it
        if (opensQuote(c.sentence())) {
            for (Statement st : known) {
                if (st.sentence() > c.sentenceIndex() && st.sentence() <= c.sentenceIndex() + WINDOW && st.closesQuote()) {
                    return st;
                }
            }
        }
        return null;
    }

    static boolean opensQuote(String sentence) {
        long open = sentence.chars().filter(ch -> ch == '\u201c').count();
        long close = sentence.chars().filter(ch -> ch == '\u201d').count();
        long straight = sentence.chars().filter(ch -> ch == '"').count();
        return open > close || straight % 2 == 1;
    }

    /** The last statement in the {@link #WINDOW} sentences before this one (not in it: that one named nobody). */
    private static Statement latestBefore(List<Statement> known, int sentence) {
        return known.stream()
                .filter(st -> st.sentence() < sentence && st.sentence() >= sentence - WINDOW)
                .max(Comparator.comparingInt(Statement::sentence))
                .orElse(null);
    }
}
