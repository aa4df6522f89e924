package org.claimtrail.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The body a person speaks for, from the source phrase or an apposition in the article, with the project's lexicon. */
class SpeakerBodiesTest {

    static final SpeakerBodies BODIES = new SpeakerBodies(KeyingWords.load(ProjectFiles.home().resolve("conf/lexicon")));

    @Test
    void theBodyInTheSourcePhrase() {
        assertEquals("UN health agency", BODIES.inPhrase("UN health agency's chief Mara Olsen"));
        assertEquals("Kastavian rights office", BODIES.inPhrase("Kastavian rights office spokesperson Dara Quill"));
        assertEquals("Varnia's Foundation of Veterans Affairs", BODIES.inPhrase("head of Varnia's Foundation of Veterans Affairs"));
    }

    @Test
    void aTitleBeforeTheNameKeepsThePerson() {
        assertNull(BODIES.inPhrase("Harbor police chief Ivo Ranta"));
        assertNull(BODIES.inPhrase("Police Chief Ivo Ranta"));
        assertNull(BODIES.inPhrase("Chief of the General Staff Ivo Ranta"));
        assertNull(BODIES.inText("Ivo Ranta", "Harbor police chief Ivo Ranta said 31 people were missing."));
    }

    @Test
    void anAppositionAfterTheName() {
        assertEquals("the World Health Organization", BODIES.inText("Mara Olsen",
                "The toll stands at 900, said Mara Olsen, the acting regional emergency director for the Western "
                        + "Pacific office of the World Health Organization, on Monday."));
        assertEquals("the UNHCR", BODIES.inText("Ivo Ranta",
                "Only 8,000 people reached the camp, Ivo Ranta, head of the UNHCR office in Port Kell, told reporters."));
        assertEquals("the Center for Countering Rumors", BODIES.inText("Ana Lind",
                "The losses exceeded 200, according to Ana Lind, head of the Center for Countering Rumors at Varnia's "
                        + "Security Council, on Monday."));
        assertEquals("FEMA", BODIES.inText("Ana Lind",
                "Some 400 staff were deployed, according to Ana Lind, the director of the regional office at FEMA."));
        assertEquals("the ministry", BODIES.inText("Lena Voss",
                "Lena Voss, the ministry’s spokeswoman, said 1,200 people were hurt."));
    }

    @Test
    void aRoleOfTheBodyBeforeTheName() {
        assertEquals("the Kastavian Veterans Foundation", BODIES.inText("Oren",
                "The head of the Kastavian Veterans Foundation, Oren, warned the toll may reach 1,100."));
        // quoted by surname where the article gave the whole name after the role
        assertEquals("Kastavian rights office", BODIES.inText("Quill",
                "“Forty were killed,” Kastavian rights office spokesperson Dara Quill said. Quill added more."));
    }

    @Test
    void noRoleNoBody() {
        assertNull(BODIES.inText("Lena Voss", "Lena Voss, who met the ministry’s spokesperson, said 40 homes burned."));
        assertNull(BODIES.inText("Lena Voss", "Lena Voss, who once worked as head of the UNHCR office, said 40 homes burned."));
        assertNull(BODIES.inText("Ivo Ranta", "Ivo Ranta, a resident of the town, said 40 homes burned."));
        assertNull(BODIES.inText("Ivo Ranta", "The Harbor Authority said 31 people were missing, Ivo Ranta said."));
    }
}
