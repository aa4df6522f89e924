package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimtrail.config.ConfigException;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped patterns in conf/lexicon/boilerplate.tsv, on the kinds of page furniture they target. */
class BoilerplateFilterTest {

    private static final BoilerplateFilter FILTER = BoilerplateFilter.load(ProjectFiles.lexicon("boilerplate.tsv"));

    private static final String BODY = String.join("\n",
            "Officials said at least 40 soldiers were killed in the attack on Tuesday.",
            "",
            "The ministry gave no further details about the wounded.",
            "",
            "Talks are due to resume next week in Geneva, diplomats said.");

    @Test
    void languageSwitcherAndAdvertisementLinesGo() {
        BoilerplateFilter.Cleaned c = FILTER.clean("ua en ru\n\n" + BODY.replace("\n\nThe ministry", "\n\nAdvertisement:\n\nThe ministry"));
        assertFalse(c.text().contains("ua en ru"));
        assertFalse(c.text().contains("Advertisement"));
        assertEquals(2, c.droppedLines());
        assertTrue(c.text().startsWith("Officials said at least 40"));
    }

    @Test
    void breadcrumbGoesButASentenceStartingWithHomeStays() {
        BoilerplateFilter.Cleaned c = FILTER.clean("Home / War / Frontline\nHome Secretary Jane Doe said 12 officers were hurt.");
        assertEquals("Home Secretary Jane Doe said 12 officers were hurt.", c.text());
    }

    @Test
    void donationAppealAtTheEndGoesWithEverythingAfterIt() {
        String page = BODY + "\n\nSupport independent journalism with a monthly gift.\nEvery contribution counts.\nRemind me later.";
        BoilerplateFilter.Cleaned c = FILTER.clean(page);
        assertEquals(BODY, c.text());
        assertEquals(3, c.droppedLines());
    }

    @Test
    void readMoreBlockAtTheEndGoes() {
        BoilerplateFilter.Cleaned c = FILTER.clean(BODY + "\n\nRead more:\nA teaser headline about something else\nAnother teaser");
        assertEquals(BODY, c.text());
    }

    @Test
    void tailRuleNeverFiresInTheFirstHalf() {
        String page = "Read more:\n" + BODY + "\n" + BODY;
        assertTrue(FILTER.clean(page).text().contains("Officials said"));
    }

    @Test
    void articleSentencesAreKept() {
        BoilerplateFilter.Cleaned c = FILTER.clean(BODY);
        assertEquals(BODY, c.text());
        assertEquals(0, c.droppedLines());
        String quote = "\"We need your support to rebuild,\" the mayor told donors, as 300 families remained homeless.";
        assertEquals(quote, FILTER.clean(quote).text());
    }

    @Test
    void malformedLexiconLineIsAClearError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("b.tsv");
        Files.writeString(f, "# comment\nline\t^ok$\nsometimes\t^x$\n");
        ConfigException e = assertThrows(ConfigException.class, () -> BoilerplateFilter.load(f));
        assertTrue(e.getMessage().contains("b.tsv:3"), e.getMessage());
    }
}
