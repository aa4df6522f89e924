package org.claimtrail.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimtrail.annotate.AnnotatedArticle;

/**
 * Who says so: the source of a figure and who relayed it, from the reporters in its sentence (or a
 * speaker after a quote, or "according to"), with pronouns and bare descriptions ("he", "the
 * spokesman") resolved to earlier mentions of the article. Also records each sentence's speakers
 * and statement dates for the sentences after it.
 */
final class SourceResolver implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A figure's source (null when unattributed), its head token, who relayed it, and when it was said. */
    record Sourced(String source, int sourceHead, String intermediary, LocalDate statedOn) {
    }

    private final ExtractionLexicon lx;
    private final Attribution attribution;
    private final StatementDates dates;
    private final SourcePhrases phrases;
    private final SpeakerTokens speakers;

    SourceResolver(ExtractionLexicon lx, Attribution attribution, StatementDates dates, SourcePhrases phrases) {
        this.lx = lx;
        this.phrases = phrases;
        this.attribution = attribution;
        this.dates = dates;
        this.speakers = new SpeakerTokens(lx);
    }

    /** The source of figure {@code q} given its sentence's reporters; null when a reporter denies it. */
    Sourced attribute(String text, LocalDate published, SentenceView s, Quantity q, List<Attribution.Reporter> reporters,
                      Discourse d) {
        String source = null;
        String intermediary = null;
        int sourceHead = -1;
        LocalDate statedOn = null;
        for (int ri = 0; ri < reporters.size(); ri++) {
            Attribution.Reporter r = reporters.get(ri);
            if (r.kind().equals("deny")) {
                return null;
            }
            int agent = speakers.sourceToken(s, r.agent());
            if (agent < 0 || lx.isPronoun(s.word(agent), "speaker") || s.pos(agent).startsWith("JJ") && !s.capitalized(agent)) {
                continue; // '"I would say ...," Ryder said': the quote's speaker is; "horrorizada por los informes": no one
            }
            agent = governingAntecedent(s, reporters, ri, agent);
            String who = attribution.speakerBefore(s, r.head()) ? modifiersBefore(text, s, r.head())
                    : resolve(text, s, agent, d);
            if (who == null) {
                continue;
            }
            if (source == null) {
                source = who;
                sourceHead = agent;
                statedOn = dates.dateOf(s, r.head(), published, d);
            } else if (intermediary == null && !who.equalsIgnoreCase(source)) {
                intermediary = who;
                if (statedOn == null) {
                    statedOn = dates.dateOf(s, r.head(), published, d);
                }
            }
        }
        if (source == null) {
            // '"... several hundred casualties ...," Ryder said.': a speaker after the figure, wherever
            // the parser hung the verb, speaks for the quote
            for (int v = q.last() + 1; v < s.size() && source == null; v++) {
                String kind = s.isVerb(v) ? lx.reportingVerbs.get(s.lemma(v)) : null;
                if (kind == null || !kind.equals("say") || !s.children(v, "ccomp").isEmpty()) {
                    continue;
                }
                AnnotatedArticle.Edge up = s.parent(v);
                if (inRelativeClause(s, v) && !trailingAfterComma(s, v)
                        || up != null && Set.of("aux", "mark", "case", "cop", "det").contains(up.rel())) {
                    continue; // "the $600 million its backers say it needs" describes a noun; it reports nothing
                }
                // a trailing ", officials told The Post" names its speaker right before the verb
                int agent = speakers.sourceToken(s, trailingAfterComma(s, v) ? v - 1 : attribution.agentOfVerb(s, v, kind));
                if (agent > q.last() && !lx.isPronoun(s.word(agent), "speaker")) {
                    source = resolve(text, s, agent, d);
                    sourceHead = agent;
                    statedOn = dates.dateOf(s, v, published, d);
                }
            }
        }
        if (source == null) {
            // "according to X" speaks for the whole sentence, wherever the parser hung it
            for (int t = 0; t < s.size() && source == null; t++) {
                for (AnnotatedArticle.Edge e : s.children(t)) {
                    // "..., according to Pakistani leaders" parsed as a conjunct of the verb: the noun
                    // still carries "according" as its case marker
                    int noun = e.rel().endsWith(":according_to") ? e.dep()
                            : e.rel().equals("case") && s.lemma(e.dep()).equals("accord") ? t : -1;
                    if (noun >= 0 && source == null) {
                        int agent = speakers.sourceToken(s, speakers.agentOfNoun(s, noun));
                        source = agent < 0 ? null : resolve(text, s, agent, d);
                        sourceHead = agent;
                    }
                }
            }
        }
        return new Sourced(source, sourceHead, intermediary, statedOn);
    }

    /**
     * "HRAI said that it has confirmed 974 fatalities", "a rights group put the toll higher, saying it
     * confirmed 967": a pronoun agent of an inner reporter is the named agent of the reporter that
     * governs it, before it in the same sentence, not an earlier sentence's source (which would make
     * the real speaker an intermediary). "he"/"she" take only a person, "it" only a body.
     */
    private int governingAntecedent(SentenceView s, List<Attribution.Reporter> reporters, int index, int agent) {
        String pronoun = lx.pronouns.get(s.word(agent).toLowerCase(java.util.Locale.ROOT));
        if (pronoun == null || pronoun.equals("speaker") || pronoun.equals("speaker_group")) {
            return agent;
        }
        for (int i = index + 1; i < reporters.size(); i++) {
            int outer = speakers.sourceToken(s, reporters.get(i).agent());
            if (outer < 0 || outer >= agent) {
                continue;
            }
            if (lx.pronouns.containsKey(s.word(outer).toLowerCase(java.util.Locale.ROOT))) {
                return agent;
            }
            boolean person = "PERSON".equals(s.ner(outer)) || lx.personRoles.contains(s.lemma(outer));
            boolean fits = pronoun.equals("person") ? person : !person || s.word(agent).equalsIgnoreCase("they");
            return fits ? outer : agent;
        }
        return agent;
    }

    /** True when a bracket opens between two tokens. */
    private static boolean bracketed(SentenceView s, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            String w = s.word(t);
            if (w.equals("(") || w.equals("[") || w.equals("-LRB-") || w.equals("-LSB-")) {
                return true;
            }
        }
        return false;
    }

    /** "the media outlets", "the two groups": a plural description noun with only common words before it, after "the". */
    private boolean pluralDescription(SentenceView s, int[] r, int agent) {
        if (agent != r[1] || r[0] == 0 || !s.word(r[0] - 1).equals("the") || !s.pos(agent).equals("NNS")
                || !lx.descriptionNouns.contains(s.lemma(agent))) {
            return false;
        }
        for (int t = r[0]; t <= r[1]; t++) {
            if (s.capitalized(t) || s.isProperNoun(t)) {
                return false;
            }
        }
        return true;
    }

    /** The source an agent token names, pronouns and bare descriptions resolved to an earlier mention. */
    private String resolve(String text, SentenceView s, int agent, Discourse d) {
        String w = s.word(agent);
        String pronoun = lx.pronouns.get(w);
        if (pronoun != null && !pronoun.equals("speaker")) {
            boolean person = pronoun.equals("person");
            // "it", "we", "our": an organisation that has spoken before is likelier than one only named
            // "we", "our" in a quote: the speaker's organisation, if it has spoken; else the quote's speaker decides
            boolean weOnlySpeakers = pronoun.equals("speaker_group");
            // "Governor Brian Kemp told a briefing ..., where he said": a person who is the subject of a
            // clause before the pronoun, in its own sentence, is who "he" is
            for (int t = agent - 1; person && t >= 0; t--) {
                AnnotatedArticle.Edge up = s.parent(t);
                if (s.ner(t).equals("PERSON") && (t + 1 == s.size() || !s.ner(t + 1).equals("PERSON"))
                        && up != null && up.rel().startsWith("nsubj")) {
                    return PhraseSpan.text(text, s, PhraseSpan.range(lx, s, t, true));
                }
            }
            for (boolean speakersOnly : weOnlySpeakers ? new boolean[] {true} : new boolean[] {!person, false}) {
                for (int i = d.mentions.size() - 1; i >= 0; i--) {
                    Discourse.Mention m = d.mentions.get(i);
                    if (m.sentence() == s.sentence.index() && m.token() >= agent || speakersOnly && !m.speaker()) {
                        continue;
                    }
                    if (m.person() == person) {
                        return m.text();
                    }
                }
            }
            return null;
        }
        // "la cadena de televisión estadounidense CNN", "die Katastrophenschutzbehörde Afad": a
        // description with the body's name in apposition reaches to the name
        if (lx.descriptionNouns.contains(s.lemma(agent))) {
            for (AnnotatedArticle.Edge e : s.children(agent)) {
                int n = e.dep();
                // not an acronym in brackets after the name ("Authority (AFAD)"): that is the same name
                if (e.rel().equals("appos") && n > agent && s.isProperNoun(n) && !s.ner(n).equals("PERSON")
                        && !s.ner(n).equals("LOCATION") && !bracketed(s, agent, n)) {
                    int[] described = PhraseSpan.range(lx, s, agent, true);
                    int[] name = PhraseSpan.range(lx, s, n, true);
                    return PhraseSpan.text(text, s, new int[] {Math.min(described[0], name[0]), name[1]});
                }
            }
        }
        int[] r = PhraseSpan.range(lx, s, agent, true);
        String phrase = PhraseSpan.text(text, s, r);
        // "the official", "the spokesman": a description with no name points back to who it describes
        boolean described = definiteDescription(s, r, agent, phrase); // "according to the monitoring group"
        // "laut dem Ministerium", "afirmó el Ministerio": taggers call a capitalized noun a proper name
        // (and NER an organisation); a body noun alone is a description all the same
        boolean common = !s.isProperNoun(agent) || lx.descriptionNouns.contains(s.lemma(agent));
        boolean bare = r[0] == r[1] && agent > 0 && s.word(agent - 1).equals("the") && common
                || pluralDescription(s, r, agent) // "according to the media outlets": the ones named before
                || described;
        if (bare) {
            String head = s.lemma(agent);
            for (int i = d.mentions.size() - 1; i >= 0; i--) {
                Discourse.Mention m = d.mentions.get(i);
                if (m.key().contains(head) && !m.text().equalsIgnoreCase(phrase)) {
                    return m.text();
                }
            }
            // "the newspaper", "the ministry": the last source of that kind named before
            String type = phrases.typeOfPhrase(phrase);
            if (type != null && !type.equals("person")) {
                for (int i = d.mentions.size() - 1; i >= 0; i--) {
                    Discourse.Mention m = d.mentions.get(i);
                    if (m.sentence() < s.sentence.index() && type.equals(phrases.typeOfPhrase(m.text()))
                            && !m.text().equalsIgnoreCase(phrase)) {
                        return m.text();
                    }
                }
            }
            // "the group said": the last organisation named; "according to the analysts": the last
            // organisation that spoke (not the outlet whose correspondent reports, named since)
            boolean member = lx.memberNouns.contains(head);
            if (lx.descriptionNouns.contains(head) || member) {
                for (int i = d.mentions.size() - 1; i >= 0; i--) {
                    Discourse.Mention m = d.mentions.get(i);
                    if (member && !m.speaker()) {
                        continue;
                    }
                    // "the monitoring group" is a body of its own kind: not an outlet or a state body named before
                    if (!m.person() && m.sentence() <= s.sentence.index() && !m.text().equalsIgnoreCase(phrase)
                            && !(m.sentence() == s.sentence.index() && m.token() >= agent)
                            && !(described && phrases.typeOfPhrase(m.text()) != null)) {
                        return m.text();
                    }
                }
            }
            if (lx.personRoles.contains(head)) { // "the spokesman added": the person last named, one who spoke first
                for (boolean speakersOnly : new boolean[] {true, false}) {
                    for (int i = d.mentions.size() - 1; i >= 0; i--) {
                        if (d.mentions.get(i).person() && (d.mentions.get(i).speaker() || !speakersOnly)) {
                            return d.mentions.get(i).text();
                        }
                    }
                }
            }
        }
        return phrase;
    }

    /**
     * "the monitoring group", "the Britain-based rights group": the definite article, then words
     * without a proper name, ending in a noun that points back to a body (anaphoric_body_nouns.tsv). Not a
     * state body ("the health ministry"): that is keyed by its country, not by the last name before it.
     */
    private boolean definiteDescription(SentenceView s, int[] r, int agent, String phrase) {
        if (r[0] >= r[1] || r[1] != agent || r[0] == 0 || !s.word(r[0] - 1).equalsIgnoreCase("the")
                || !lx.anaphoricBodyNouns.contains(s.lemma(agent))) {
            return false;
        }
        for (int t = r[0]; t <= r[1]; t++) {
            if (s.isProperNoun(t) || s.pos(t).equals("POS")) { // "the mayor's office" names its body by whose it is
                return false;
            }
        }
        return phrases.typeOfPhrase(phrase) == null;
    }

    /**
     * "..., and 10 are still missing, officials told The Post.": a reporting clause set off by a comma
     * at the end of the sentence attributes it, however the parser attached it.
     */
    private static boolean trailingAfterComma(SentenceView s, int v) {
        int subjectStart = v - 1;
        while (subjectStart > 0 && (s.isNoun(subjectStart) || s.pos(subjectStart).equals("DT") || s.pos(subjectStart).startsWith("JJ"))) {
            subjectStart--;
        }
        if (subjectStart == v - 1 || !s.word(subjectStart).equals(",")) {
            return false;
        }
        for (int t = v + 1; t < s.size(); t++) {
            if (s.isVerb(t) || s.word(t).equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRelativeClause(SentenceView s, int v) {
        int cur = v;
        for (int steps = 0; steps < 8 && cur >= 0; steps++) {
            AnnotatedArticle.Edge p = s.parent(cur);
            if (p == null) {
                return false;
            }
            if (p.rel().startsWith("acl")) {
                return true;
            }
            cur = p.gov();
        }
        return false;
    }

    /** "South Korean intelligence reports that": the words before a reporting word taken for a noun. */
    private String modifiersBefore(String text, SentenceView s, int head) {
        int first = head;
        for (AnnotatedArticle.Edge e : s.children(head)) {
            String rel = e.rel();
            if (e.dep() < head && !s.pos(e.dep()).startsWith("PRP")
                    && (rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod:poss"))) {
                first = Math.min(first, PhraseSpan.range(lx, s, e.dep(), false)[0]);
            }
        }
        return first == head ? null : text.substring(s.begin(first), s.end(head - 1));
    }

    /** Reporting events of a sentence (with or without figures): sources for later pronouns, and dates. */
    void recordStatements(String text, LocalDate published, SentenceView s, Discourse d) {
        for (int v = 0; v < s.size(); v++) {
            String kind = attribution.reportingVerbAt(s, v) ? lx.reportingVerbs.get(s.lemma(v))
                    : attribution.publishesFigure(s, v) ? "say" : null;
            if (kind == null || kind.equals("deny")) {
                recordAccordingTo(text, s, v, d);
                recordDatedDocument(text, published, s, v, d);
                continue;
            }
            int agent = speakers.sourceToken(s, attribution.agentOfVerb(s, v, kind));
            if (agent >= 0 && lx.isPronoun(s.word(agent), "speaker")) {
                continue;
            }
            LocalDate date = dates.dateOf(s, v, published, d);
            if (date != null) {
                d.lastDate = date;
            }
            if (agent < 0) {
                if (date != null) { // nobody named, but the article's day is told
                    d.statements.add(new Discourse.Statement(s.sentence.index(), null, date));
                }
                continue;
            }
            String who = resolve(text, s, agent, d);
            if (who == null) {
                continue;
            }
            boolean person = s.ner(agent).equals("PERSON") && !describedAsBody(s, agent) || lx.isPronoun(s.word(agent), "person");
            d.recordSpeaker(s, agent, who, person, date);
            d.speakers.add(new AttributionCarryOver.Statement(s.sentence.index(), who, null, date, phrases.typeOfPhrase(who),
                    phrases.countryOf(who), reportsEarlierFigures(s, v), closesQuote(text, s, v)));
        }
    }

    /**
     * "Mediazona, a Russian independent media outlet, ...": a name the tagger took for a person that
     * the article itself describes as a body, in apposition.
     */
    private boolean describedAsBody(SentenceView s, int name) {
        for (AnnotatedArticle.Edge e : s.children(name)) {
            if (e.rel().equals("appos") && s.isNoun(e.dep()) && lx.descriptionNouns.contains(s.lemma(e.dep()))) {
                return true;
            }
        }
        return false;
    }

    /** "The Nov. 22 report", "an Oct. 16 tally", "Tuesday's statement": a document that dates a statement. */
    private void recordDatedDocument(String text, LocalDate published, SentenceView s, int t, Discourse d) {
        if (!s.isNoun(t) || !lx.reportingNouns.contains(s.lemma(t))) {
            return;
        }
        LocalDate date = dates.dateOf(s, t, published, d);
        if (date == null) {
            return;
        }
        int agent = speakers.sourceToken(s, speakers.agentOfNoun(s, t));
        String who = agent < 0 || agent == t ? null : resolve(text, s, agent, d);
        if (who != null) { // the author of "an Oct. 16 tally from X" is who "the agency" later points back to
            d.recordSpeaker(s, agent, who, s.ner(agent).equals("PERSON"), date);
        } else {
            d.statements.add(new Discourse.Statement(s.sentence.index(), null, date));
        }
    }

    /** "Here is the breakdown by state, according to CNN's tally:": a speaker for the lines that follow. */
    private void recordAccordingTo(String text, SentenceView s, int t, Discourse d) {
        for (AnnotatedArticle.Edge e : s.children(t)) {
            if (e.rel().endsWith(":according_to")) {
                int agent = speakers.sourceToken(s, speakers.agentOfNoun(s, e.dep()));
                String who = agent < 0 ? null : resolve(text, s, agent, d);
                if (who != null) {
                    d.speakers.add(new AttributionCarryOver.Statement(s.sentence.index(), who, null, null,
                            phrases.typeOfPhrase(who), phrases.countryOf(who), false, false));
                    if (!lx.nonSourceNouns.contains(s.lemma(agent))) { // a document ("an official toll") is no one "the group" points to
                        d.mentions.add(new Discourse.Mention(s.sentence.index(), agent, who, s.ner(agent).equals("PERSON"),
                                who.toLowerCase(Locale.ROOT), true));
                    }
                }
            }
        }
    }

    /** "TASS reported the initial figures", "MDA confirmed the casualties": the figures were given before. */
    private boolean reportsEarlierFigures(SentenceView s, int verb) {
        // "This was reported by the ministry": a demonstrative subject points back
        for (AnnotatedArticle.Edge e : s.children(verb)) {
            if (e.rel().startsWith("nsubj") && lx.anaphoricDeterminers.contains(s.word(e.dep()).toLowerCase(Locale.ROOT))
                    && !s.word(e.dep()).equalsIgnoreCase("the")) {
                return true;
            }
        }
        for (int o : s.children(verb, "obj")) {
            if (lx.anaphoricDeterminers.contains(s.word(o)) && !s.word(o).equals("the")) {
                return true; // "Das teilte die Feuerwehr mit": that, the fire service said
            }
            boolean definite = false;
            for (AnnotatedArticle.Edge e : s.children(o)) {
                definite |= e.rel().equals("det") && lx.anaphoricDeterminers.contains(s.word(e.dep()).toLowerCase(Locale.ROOT));
            }
            String lemma = s.lemma(o);
            if (definite && (lx.nonSourceNouns.contains(lemma) || lx.nounMetric.containsKey(lemma))) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb after the closing quote of a quote that began in an earlier sentence. */
    private static boolean closesQuote(String text, SentenceView s, int verb) {
        String before = text.substring(s.sentence.charBegin(), s.begin(verb));
        int close = Math.max(before.lastIndexOf('\u201d'), before.lastIndexOf('"'));
        return close >= 0 && !AttributionCarryOver.opensQuote(before.substring(0, close));
    }
}
