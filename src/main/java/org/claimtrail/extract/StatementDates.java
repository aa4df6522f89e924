package org.claimtrail.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * When a source made its statement ({@code stated_on}): the date on the reporting expression (or "the
 * same day" pointing back), and, for an undated figure, another dated statement by the same speaker
 * in the article.
 */
final class StatementDates implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ExtractionLexicon lx;
    private final Attribution attribution;
    private final SourcePhrases phrases;

    StatementDates(ExtractionLexicon lx, Attribution attribution, SourcePhrases phrases) {
        this.lx = lx;
        this.attribution = attribution;
        this.phrases = phrases;
    }

    /** The statement date on a reporting expression: its temporal modifiers, or "the same day". */
    LocalDate dateOf(SentenceView s, int reporter, LocalDate published, Discourse d) {
        for (AnnotatedArticle.Edge e : s.children(reporter)) {
            String rel = e.rel();
            if (rel.startsWith("ccomp") || rel.startsWith("nsubj") || rel.startsWith("xcomp") || rel.startsWith("parataxis")
                    || rel.startsWith("advcl") || rel.startsWith("obj") || rel.equals("conj")) {
                continue;
            }
            LocalDate date = dateIn(s, e.dep(), published, d, 2);
            if (date != null) {
                return date;
            }
        }
        // "A U.S. defense official, who spoke ... on Tuesday, was quoted as saying": the speaker's own clause
        int agent = attribution.agentOfVerb(s, reporter, lx.reportingVerbs.getOrDefault(s.lemma(reporter), "say"));
        if (agent >= 0) {
            // "Maui County on Friday evening released ...": the day hung on the subject by the parser
            for (AnnotatedArticle.Edge e : s.children(agent)) {
                LocalDate date = e.dep() > agent && e.dep() < reporter && (e.rel().equals("nmod:on") || e.rel().endsWith(":tmod"))
                        ? dayOrEvening(s, e.dep(), published, d) : null;
                if (date != null) {
                    return date;
                }
            }
            for (AnnotatedArticle.Edge e : s.children(agent)) {
                if (e.rel().startsWith("acl") && lx.speechVerbs.contains(s.lemma(e.dep()))) {
                    for (AnnotatedArticle.Edge t : s.children(e.dep())) {
                        LocalDate date = t.rel().startsWith("obl") || t.rel().startsWith("nmod") ? dateIn(s, t.dep(), published, d, 1) : null;
                        if (date != null) {
                            return date;
                        }
                    }
                }
            }
        }
        // "was quoted as saying by news reports Tuesday": the quoting verb above the saying verb
        AnnotatedArticle.Edge up = s.parent(reporter);
        if (up != null && up.gov() >= 0 && "quote".equals(lx.reportingVerbs.get(s.lemma(up.gov())))) {
            return dateOf(s, up.gov(), published, d);
        }
        return adjacentDate(s, reporter, published, d);
    }

    /**
     * "Iran, which has a history of ..., on Monday said": a day written right before the reporting
     * verb (or right after it, "said Monday") dates it, wherever the parser hung it.
     */
    private LocalDate adjacentDate(SentenceView s, int reporter, LocalDate published, Discourse d) {
        int before = reporter - 1;
        while (before >= 0 && (s.pos(before).equals("RB") || s.pos(before).equals("MD"))) {
            before--; // "on Monday also said"
        }
        if (before >= 0 && s.ner(before).equals("DATE")) {
            LocalDate date = dateIn(s, before, published, d, 0);
            if (date != null) {
                return date;
            }
        }
        int after = reporter + 1;
        if (after < s.size() && s.ner(after).equals("DATE")) {
            return dateIn(s, after, published, d, 0);
        }
        return null;
    }

    /** A day, or a part of one ("Friday evening": a TIME to the tagger, resolved to its day all the same). */
    private LocalDate dayOrEvening(SentenceView s, int t, LocalDate published, Discourse d) {
        if (s.ner(t).equals("TIME")) {
            LocalDate date = parseDate(s.norm(t));
            return date == null ? null : plausible(date, s.word(t), published);
        }
        return dateIn(s, t, published, d, 1);
    }

    private LocalDate dateIn(SentenceView s, int t, LocalDate published, Discourse d, int depth) {
        if (s.ner(t).equals("DATE")) {
            LocalDate date = parseDate(s.norm(t));
            if (date != null) {
                return plausible(date, s.word(t), published);
            }
        }
        for (List<String> phrase : lx.anaphoricDates) {
            if (phrase.get(phrase.size() - 1).equals(s.word(t)) && endsWith(s, t, phrase) && d.lastDate != null) {
                return d.lastDate;
            }
        }
        for (List<String> phrase : lx.sameDayPhrases) {
            if (published != null && phrase.get(phrase.size() - 1).equals(s.word(t)) && endsWith(s, t, phrase)) {
                return published;
            }
        }
        if (depth > 0) {
            for (AnnotatedArticle.Edge e : s.children(t)) {
                LocalDate date = dateIn(s, e.dep(), published, d, depth - 1);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static boolean endsWith(SentenceView s, int t, List<String> phrase) {
        int start = t - phrase.size() + 1;
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!s.word(start + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The day of a SUTime normalized value ("2024-12-18", "2024-12-18T10:00"), or null. */
    static LocalDate parseDate(String norm) {
        if (norm == null || !norm.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        try {
            return LocalDate.parse(norm.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A weekday resolved into the future meant last week's; other future dates are not believed. */
    static LocalDate plausible(LocalDate date, String word, LocalDate published) {
        if (published == null || !date.isAfter(published)) {
            return date;
        }
        if (word.matches("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day")) {
            return date.minusDays(7);
        }
        return null;
    }

    /** Undated claims of a speaker who dated another statement in the article take that date. */
    List<Claim> carryToSameSpeaker(List<Claim> claims, Discourse d) {
        List<Claim> dated = new ArrayList<>();
        for (Claim c : claims) {
            if (c.statedOn() == null && c.source() != null && !restated(c)) {
                LocalDate inherited = sameSpeakerDate(c, claims, d);
                dated.add(inherited == null ? c : c.withStatedOn(inherited));
            } else {
                dated.add(c);
            }
        }
        return dated;
    }

    /** "down from their previous toll of 115": a cue among the few words before the figure. */
    private boolean restated(Claim c) {
        int at = c.sentence().indexOf(c.quantityText());
        String before = at < 0 ? "" : c.sentence().substring(0, at).toLowerCase(java.util.Locale.ROOT);
        String[] words = before.split("[^a-z]+");
        for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
            if (lx.restatementCues.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Within {@link #NEWS_DAYS} days before publication (any day when the article is undated). */
    private static boolean newsDay(LocalDate day, LocalDate published) {
        return published == null || !day.isBefore(published.minusDays(NEWS_DAYS)) && !day.isAfter(published);
    }

    /** How old a statement day may be and still be an article's news day. */
    private static final int NEWS_DAYS = 2;

    private LocalDate sameSpeakerDate(Claim c, List<Claim> claims, Discourse d) {
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        for (Discourse.Statement st : d.statements) {
            // a statement told after the figure dates it when it is the article's news (the lead
            // sums up what the speaker is quoted saying below), not when it is background from
            // months before ("On July 5, X published ...")
            boolean told = st.date() != null && (st.sentence() <= c.sentenceIndex() || newsDay(st.date(), d.published));
            if (told && (phrases.speakersMatch(st.source(), c.source())
                    || c.intermediary() != null && phrases.speakersMatch(st.source(), c.intermediary()))) {
                return st.date();
            }
            if (st.date() != null) {
                days.add(st.date());
            }
        }

        // an article whose statements all name one day tells one day's news: its other statements
        // were made that day too; with several days, the lead's (the first dated statement) is the
        // news day. Only a day close to publication is a news day: an older one dates a caption or
        // the background ("footage released on Oct. 26"), not the article's statements.
        if (days.size() == 1) {
            LocalDate day = days.iterator().next();
            return newsDay(day, d.published) ? day : null;
        }
        for (Discourse.Statement st : d.statements) {
            if (st.date() != null) {
                return newsDay(st.date(), d.published) ? st.date() : null;
            }
        }
        // no statement dated at all: "The minister said 2,750 were wounded Tuesday. ... more than 200
        // critically, he added": the day of the speaker's dated figure holds for their other figures
        for (Claim other : claims) {
            if (other.statedOn() != null && !restated(other) && phrases.speakersMatch(other.source(), c.source())) {
                return other.statedOn();
            }
        }
        return null;
    }
}
