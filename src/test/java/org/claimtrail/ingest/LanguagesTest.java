package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtrail.config.ConfigException;
import org.claimtrail.testing.TestIngest;
import org.junit.jupiter.api.Test;

/** An article's language: given, or detected among the run's languages; and which are read. */
class LanguagesTest {

    static final Languages RUN = new Languages(List.of("en", "de", "es", "fr"), Set.of("en"));

    @Test
    void detectsNewsTextInEachLanguage() {
        assertEquals("de", RUN.detect("Bei dem Erdbeben sind nach Angaben der Behörden mindestens 1.200 Menschen ums Leben "
                + "gekommen, teilte das Innenministerium am Dienstag mit."));
        assertEquals("es", RUN.detect("Al menos 300 personas murieron en las inundaciones, según informó el martes el "
                + "ministerio del Interior."));
        assertEquals("en", RUN.detect("At least 300 people were killed in the floods, the interior ministry said on Tuesday, "
                + "and rescuers were still searching."));
        assertNull(RUN.detect("Ein Mann wurde verletzt.")); // too short to tell
    }

    @Test
    void givenTagsToCodes() {
        assertEquals("en", Languages.code("en-US"));
        assertEquals("de", Languages.code("DE"));
        assertEquals("es", Languages.code("es_ES"));
        assertNull(Languages.code("english"));
        assertNull(Languages.code(" "));
    }

    @Test
    void detectionOffAndUnknownCodes() {
        assertEquals(Set.of("en"), new Languages(List.of("en"), Set.of("EN ")).read()); // codes normalized
        assertNull(Languages.englishOnly().detect("Bei dem Erdbeben starben 40 Menschen.")); // detection off
        assertThrows(ConfigException.class, () -> new Languages(List.of("en", "xx"), Set.of("en")));
    }

    @Test
    void anArticleKeepsTheLanguageItGivesAndOtherwiseGetsTheDetectedOne() {
        IngestRules rules = new IngestRules(TestIngest.RULES.boilerplate(), TestIngest.RULES.html(), 1_000_000,
                TestIngest.RULES.today(), RUN);
        String german = "Nach dem Brand in der Altstadt wurden 14 Menschen verletzt, sagte ein Sprecher der Feuerwehr am "
                + "Abend in der Stadt.";
        Article detected = ArticleFactory.build(new RawRecord("d", "/c/d.txt", null, german, Map.of()), rules).article();
        assertEquals("de", detected.lang());
        assertEquals("detected", detected.meta().get("lang_from"));
        Article given = ArticleFactory.build(new RawRecord("g", "/c/g.txt", null, german, Map.of("lang", "de-AT")), rules).article();
        assertEquals("de", given.lang());
        assertEquals("given", given.meta().get("lang_from"));
    }
}
