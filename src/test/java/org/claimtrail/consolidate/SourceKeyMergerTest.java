package org.claimtrail.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtrail.extract.ExtractionLexicon;
import org.claimtrail.extract.SourcePhrases;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** Keys of one run that name one source become one key; different sources stay apart. */
class SourceKeyMergerTest {

    static final SourcePhrases PHRASES = new SourcePhrases(ExtractionLexicon.load(ProjectFiles.home().resolve("conf/lexicon")));
    static final SourceKeyMerger MERGER = ConsolidateJob.mergerFor(ProjectFiles.home().resolve("conf/lexicon"), PHRASES);

    static SourceKey name(String key, String name) {
        return new SourceKey("name:" + key, name, null, null);
    }

    static SourceKey person(String key, String name) {
        return new SourceKey("person:" + key, name, null, "person");
    }

    static String target(Map<String, SourceKey> merged, String key) {
        SourceKey k = merged.get(key);
        return k == null ? key : k.key();
    }

    @Test
    void personWithAndWithoutTitleAndCountry() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                person("lebanon health minister carla haddad", "Lebanon's Health Minister Carla Haddad"),
                person("lebanese health minister carla haddad", "Lebanese Health Minister Carla Haddad"),
                person("carla haddad", "Carla Haddad")), Map.of());
        assertEquals(target(m, "person:carla haddad"), target(m, "person:lebanon health minister carla haddad"));
        assertEquals(target(m, "person:carla haddad"), target(m, "person:lebanese health minister carla haddad"));
    }

    @Test
    void aNameWithWhatTheBodyIsAfterItInLowerCaseIsTheName() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("civic observers group", "Civic Observers group"), name("civic observers", "Civic Observers"),
                name("meridian doctors network", "Meridian Doctors Network"), name("meridian doctors", "Meridian Doctors"),
                name("meridian doctors union", "Meridian Doctors Union")), Map.of());
        assertEquals(target(m, "name:civic observers"), target(m, "name:civic observers group"));
        // a capitalized last word is part of the name: two bodies, not one
        assertNotEquals(target(m, "name:meridian doctors network"), target(m, "name:meridian doctors union"));
    }

    @Test
    void spellingVariantsOfOneName() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                person("volodymyr zelensky", "Volodymyr Zelensky"), person("volodymyr zelenskyy", "Volodymyr Zelenskyy"),
                person("zelenskiy", "Zelenskiy")), Map.of());
        assertEquals(target(m, "person:volodymyr zelensky"), target(m, "person:volodymyr zelenskyy"));
        assertEquals(target(m, "person:volodymyr zelensky"), target(m, "person:zelenskiy"));
    }

    @Test
    void acronymsByInitialsAndByArticle() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("world health organization", "World Health Organization"), name("who", "WHO"),
                name("msf", "MSF"), name("doctors without borders", "Doctors Without Borders")),
                Map.of("msf", Set.of("Doctors Without Borders")));
        assertEquals("name:world health organization", target(m, "name:who"));
        assertEquals("name:doctors without borders", target(m, "name:msf"));
    }

    @Test
    void countryAsNounOrAdjective() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("lebanon health ministry", "Lebanon's health ministry"),
                name("lebanese health ministry", "Lebanese Health Ministry"),
                name("iran health ministry", "Iran's Health Ministry")), Map.of());
        assertEquals(target(m, "name:lebanon health ministry"), target(m, "name:lebanese health ministry"));
        assertFalse(target(m, "name:iran health ministry").equals(target(m, "name:lebanon health ministry")));
    }

    @Test
    void aNameAndItsLongerForm() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("syrian observatory", "Syrian Observatory"),
                name("syrian observatory for human rights", "Syrian Observatory for Human Rights"),
                name("un human rights office", "UN human rights office"), name("un human rights council", "UN Human Rights Council")),
                Map.of());
        assertEquals("name:syrian observatory for human rights", target(m, "name:syrian observatory"));
        assertFalse(target(m, "name:un human rights office").equals(target(m, "name:un human rights council")));
    }

    @Test
    void aSurnameTypedAsANameAndABodyWithoutItsCountry() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                person("carla haddad", "Carla Haddad"), name("haddad", "Haddad"),
                new SourceKey("UA-military", "General Staff of the Armed Forces of Ukraine", "UA", "military"),
                name("general staff of the armed forces", "General Staff of the Armed Forces")), Map.of());
        assertEquals("person:carla haddad", target(m, "name:haddad"));
        assertEquals("UA-military", target(m, "name:general staff of the armed forces"));
    }

    @Test
    void aSpokespersonQuotedByNameAloneSpeaksForTheirBody() {
        SourceKey office = new SourceKey("UN-ohchr", "UN human rights office (OHCHR)", null, "government");
        Map<String, SourceKey> m = MERGER.merge(List.of(office, name("al-vestri", "Al-Vestri"),
                person("tomas al-vestri", "Tomas Al-Vestri"), person("mara velic", "Mara Velic")), Map.of(),
                Map.of("Tomas Al-Vestri", "UN-ohchr"));
        assertEquals("UN-ohchr", target(m, "name:al-vestri"));
        assertEquals("UN-ohchr", target(m, "person:tomas al-vestri"));
        assertEquals("person:mara velic", target(m, "person:mara velic")); // speaks for no body named
    }

    @Test
    void anOutletByWhatItIsAndTheStateByTypeOrName() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("vesta news service", "Vesta news service"), name("vesta telegram channel", "Vesta Telegram channel"),
                name("state news agency", "state news agency"), name("state channel", "state channel"),
                new SourceKey("IR-government", "Iran's government", "IR", "government"),
                name("iran government", "Iran's Government")), Map.of());
        assertEquals(target(m, "name:vesta news service"), target(m, "name:vesta telegram channel"));
        assertFalse(target(m, "name:state news agency").equals(target(m, "name:state channel")));
        Map<String, SourceKey> more = MERGER.merge(List.of(
                name("vesta", "Vesta"), name("vesta news service", "Vesta news service"),
                name("israeli daily", "Israeli daily"), name("israeli news site", "Israeli news site")), Map.of());
        assertEquals(target(more, "name:vesta"), target(more, "name:vesta news service"));
        assertFalse(target(more, "name:israeli daily").equals(target(more, "name:israeli news site")));
        assertEquals("IR-government", target(m, "name:iran government"));
    }
    @Test
    void aJointSourceAndItsMembersNamedAlone() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("meduza and mediazona", "Meduza and Mediazona"), name("mediazona", "Mediazona"),
                name("bbc russian service together with mediazona", "BBC Russian Service together with Mediazona"),
                name("bbc russian service", "BBC Russian Service")), Map.of());
        assertEquals(target(m, "name:mediazona"), target(m, "name:meduza and mediazona"));
        assertEquals(target(m, "name:mediazona"), target(m, "name:bbc russian service"));
    }

    @Test
    void aJointSourceWhoseMemberComesWithItsArticleAndWhatItIs() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("regional relief office and the blue lantern organization",
                        "regional relief office and the “Blue Lantern” organization"),
                // two "and"s, a function word before them: the part after "and the" is still a body
                name("minister of water and irrigation of the north and the blue lantern organization",
                        "Minister of Water and Irrigation of the North and the “Blue Lantern” organization"),
                name("blue lantern", "Blue Lantern"),
                name("water", "Water"), name("irrigation of the north", "Irrigation of the North")), Map.of());
        assertEquals(target(m, "name:blue lantern"), target(m, "name:regional relief office and the blue lantern organization"));
        assertEquals(target(m, "name:blue lantern"),
                target(m, "name:minister of water and irrigation of the north and the blue lantern organization"));
        // "and" inside the minister's title joins no bodies
        assertFalse(target(m, "name:water").equals(target(m, "name:blue lantern")), m.toString());
        assertFalse(target(m, "name:irrigation of the north").equals(target(m, "name:blue lantern")), m.toString());
    }

    @Test
    void anAndInsideOneNameJoinsNoBodies() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("department of health and human services", "Department of Health and Human Services"),
                name("human services", "Human Services"),
                name("killed and wounded", "killed and wounded"), name("wounded", "wounded")), Map.of());
        assertFalse(m.containsKey("name:human services"), m.toString());
        assertFalse(m.containsKey("name:wounded"), m.toString());
    }

    @Test
    void aShortSurnameIsTheOneFullNameItEnds() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                person("lee seong-gwon", "Lee Seong-gwon"), name("lee", "Lee"), name("kim", "Kim")), Map.of());
        assertEquals("person:lee seong-gwon", target(m, "name:lee"));
        assertFalse(m.containsKey("name:kim"), m.toString());
    }
    @Test
    void aNameAndTheOnlyLongerNameItBegins() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("coastal rights monitors", "Coastal Rights Monitors"),
                // its own longer name, as one article wrote it, is no other body
                name("coastal rights monitors", "Coastal Rights Monitors network"),
                name("coastal rights monitors in lagos", "Coastal Rights Monitors in Lagos")), Map.of());
        assertEquals(target(m, "name:coastal rights monitors in lagos"), target(m, "name:coastal rights monitors"));
    }

    @Test
    void oneBodyOfOneCountryWithItsWordsReordered() {
        Map<String, SourceKey> m = MERGER.merge(List.of(
                name("iran foundation of wounded and disabled veterans", "Iran's Foundation of Wounded and Disabled Veterans"),
                name("islamic republic disabled veterans foundation", "the Islamic Republic's Disabled Veterans Foundation"),
                // another country's body of the same words stays apart
                name("iraq disabled veterans foundation", "Iraq's Disabled Veterans Foundation")), Map.of());
        assertEquals(target(m, "name:iran foundation of wounded and disabled veterans"),
                target(m, "name:islamic republic disabled veterans foundation"));
        assertFalse(m.containsKey("name:iraq disabled veterans foundation"), m.toString());
    }
}
