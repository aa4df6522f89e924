package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimtrail.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** What an article's pass remembers of the names in a sentence, on pre-annotated sentences. */
class DiscourseTest {

    @Test
    void peopleAndOrganisationsNamedAreMentions() {
        Fixtures.Fixture f = fixture("pronoun-she"); // "Colonel Ana Petrova briefed reporters in the capital. She said ..."
        Discourse d = new Discourse();
        d.recordNames(f.text(), new SentenceView(f.sentences().get(0)));
        List<Discourse.Mention> people = d.mentions.stream().filter(Discourse.Mention::person).toList();
        assertEquals(1, people.size(), d.mentions.toString());
        assertTrue(people.get(0).text().endsWith("Ana Petrova"));
        assertEquals(false, people.get(0).speaker());
    }

    @Test
    void aSpeakersFullerPhraseIsKeptInsteadOfTheNameInIt() {
        Fixtures.Fixture f = fixture("told-reporters"); // "Colonel Ana Petrova told reporters ..."
        Discourse d = new Discourse();
        SentenceView s = new SentenceView(f.sentences().get(0));
        d.recordSpeaker(s, RuleFixtures.token(s, "petrova"), "Colonel Ana Petrova", true, null);
        d.recordNames(f.text(), s);
        assertEquals(1, d.mentions.size(), d.mentions.toString());
        assertEquals(1, d.statements.size());
    }
}
