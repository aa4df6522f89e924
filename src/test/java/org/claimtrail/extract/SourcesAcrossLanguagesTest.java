package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtrail.config.ByLanguage;
import org.claimtrail.consolidate.SourceCanonicalizer;
import org.claimtrail.consolidate.SourceKey;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * One body named in German, Spanish and English is one source: each language's lists give the
 * phrase its type and country (extract), and the keying reads every language's words (consolidate).
 */
class SourcesAcrossLanguagesTest {

    private static final ByLanguage<ClaimExtractor> EXTRACTORS = ClaimExtractor.load(ProjectFiles.home().resolve("conf/lexicon"),
            Set.of("en", "de", "es"));
    private static final SourceCanonicalizer CANON = SourceCanonicalizer.load(ProjectFiles.home().resolve("conf/lexicon/sources.csv"));

    /** The claim's view of a source phrase in a language, as the extract stage writes it. */
    private static SourceCanonicalizer.Mention mention(String lang, String phrase) {
        SourcePhrases phrases = new SourcePhrases(EXTRACTORS.forLanguage(lang).lexicon());
        return new SourceCanonicalizer.Mention(phrase, phrases.typeOfPhrase(phrase), phrases.countryOf(phrase), null);
    }

    private static SourceKey key(String lang, String phrase) {
        SourceCanonicalizer.Mention m = mention(lang, phrase);
        return CANON.canonicalize("", List.of(m)).get(phrase);
    }

    /** Each "lang:phrase" is keyed as the English phrase is. */
    private static void assertOneSource(String english, String... others) {
        String expected = key("en", english).key();
        for (String other : others) {
            String[] lp = other.split(":", 2);
            assertEquals(expected, key(lp[0], lp[1]).key(), other);
        }
    }

    @Test
    void theSouthKoreanSpyAgencyInThreeLanguages() {
        assertOneSource("South Korea's spy agency", "de:Südkoreas Geheimdienst", "de:der südkoreanische Geheimdienst",
                "es:el servicio de inteligencia surcoreano");
    }

    @Test
    void aHealthMinistryByCountryAndFieldWhateverTheLanguage() {
        assertOneSource("Lebanon's health ministry", "de:das libanesische Gesundheitsministerium", "es:el Ministerio de Sanidad de Líbano");
        assertNotEquals(key("en", "Lebanon's health ministry").key(), key("es", "el Ministerio de Sanidad de Irán").key());
    }

    @Test
    void aStateSpeakingInItsOwnNameInAnyLanguage() {
        assertOneSource("Ukraine", "es:Ucrania", "de:Kiew");
    }

    @Test
    void aGermanBodyIsNoPersonThoughItsNounsAreCapitalized() {
        SourceCanonicalizer.Mention m = mention("de", "Staatliche Ermittlungskomitee Russlands");
        assertNotEquals("person", m.type());
        assertEquals("RU", m.country());
    }

    @Test
    void aGermanTitleBeforeANameIsStillAPerson() {
        assertEquals("person", mention("de", "Gesundheitsminister Karl Lauterbach").type());
        assertEquals("person", mention("de", "Murat Kurum").type());
    }

    @Test
    void anotherLanguagesArticleIsNoPrefixOfAnEnglishName() {
        // every language's lists key at once: Spanish "los", "el" must not cut "Los Angeles", "El Salvador"
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(
                new SourceCanonicalizer.Mention("Los Angeles Fire Department", "government", "US", null),
                new SourceCanonicalizer.Mention("UN agency", "other", null, null)));
        assertEquals("name:los angeles fire department", keys.get("Los Angeles Fire Department").key());
        assertEquals("Los Angeles Fire Department", keys.get("Los Angeles Fire Department").name());
        assertEquals("name:un agency", keys.get("UN agency").key());
    }

    @Test
    void lettersOutsideAsciiStayInTheKey() {
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(new SourceCanonicalizer.Mention("Indiens Militär", "other", null, null)));
        assertEquals("name:indiens militar", keys.get("Indiens Militär").key());
    }
}
