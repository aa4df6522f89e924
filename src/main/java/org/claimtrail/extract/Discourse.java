package org.claimtrail.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one article's pass remembers as it goes: who was named and who spoke (for "he" and "the
 * official" later), each statement's date, and the last date the text gave ("the same day").
 */
final class Discourse {

    /** A place in the article where someone or something was named. */
    record Mention(int sentence, int token, String text, boolean person, String key, boolean speaker) {
    }

    /** A reporting event: in which sentence, who spoke, on what day (maybe unknown). */
    record Statement(int sentence, String source, LocalDate date) {
    }

    final List<Mention> mentions = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    /** Every speaker with the sentence they spoke in: who speaks for later unattributed figures. */
    final List<AttributionCarryOver.Statement> speakers = new ArrayList<>();
    /** Claims the article tells in its own voice: no earlier statement speaks for them. */
    final java.util.Set<String> ownVoice = new java.util.HashSet<>();
    /** Breakdowns ("Of those, 90 were men", "- Florida: 15 people"): claim id to the id of the figure they break down. */
    final java.util.Map<String, String> continues = new java.util.HashMap<>();
    /** Sentences that open a new entry of a live blog ("09:40 — ..."): attribution does not carry into one. */
    final java.util.TreeSet<Integer> entryStarts = new java.util.TreeSet<>();
    LocalDate lastDate;
    /** The article's publication day, or null. */
    LocalDate published;

    /** The people and organisations a sentence names (runs of one NER tag), unless a speaker's phrase holds them. */
    void recordNames(String text, SentenceView s) {
        int i = 0;
        while (i < s.size()) {
            String ner = s.ner(i);
            if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
                int j = i;
                while (j + 1 < s.size() && s.ner(j + 1).equals(ner)) {
                    j++;
                }
                String name = text.substring(s.begin(i), s.end(j));
                boolean known = false;
                for (Mention m : mentions) {
                    known |= m.sentence() == s.sentence.index() && m.text().contains(name);
                }
                if (!known) { // a speaker's fuller phrase ("lawmaker Lee Seong-kweun") is kept instead
                    mentions.add(new Mention(s.sentence.index(), i, name, ner.equals("PERSON"), key(name), false));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    /** A time stamp, then a dash or colon, at the start of a line: a live blog's entry. */
    private static final java.util.regex.Pattern ENTRY_STAMP =
            java.util.regex.Pattern.compile("^\\s*\\d{1,2}[:.]\\d{2}\\s*[A-Za-z.]{0,5}\\s*[\u2014\u2013:-]");

    void recordEntryStart(String text, org.claimtrail.annotate.AnnotatedArticle.Sentence sentence) {
        int begin = sentence.charBegin();
        boolean lineStart = begin == 0 || text.lastIndexOf('\n', begin - 1) >= 0
                && text.substring(text.lastIndexOf('\n', begin - 1) + 1, begin).isBlank();
        if (lineStart && ENTRY_STAMP.matcher(text.substring(begin, sentence.charEnd())).find()) {
            entryStarts.add(sentence.index());
        }
    }

    void recordSpeaker(SentenceView s, int agent, String who, boolean person, LocalDate date) {
        statements.add(new Statement(s.sentence.index(), who, date));
        mentions.add(new Mention(s.sentence.index(), agent, who, person, key(who), true));
    }

    private static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT);
    }
}
