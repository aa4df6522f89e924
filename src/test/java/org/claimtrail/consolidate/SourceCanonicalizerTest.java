package org.claimtrail.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** Source phrases of one article to canonical keys, with the project's alias table and lexicon. */
class SourceCanonicalizerTest {

    static final SourceCanonicalizer CANON = SourceCanonicalizer.load(ProjectFiles.home().resolve("conf/lexicon/sources.csv"));

    static SourceCanonicalizer.Mention mention(String source, String type) {
        return new SourceCanonicalizer.Mention(source, type, null, null);
    }

    @Test
    void aSpokespersonsFiguresKeyOnTheirBody() {
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(
                mention("UN refugee agency spokesperson Mara Velic", "person"), mention("Velic", "person")));
        assertEquals("UN-unhcr", keys.get("UN refugee agency spokesperson Mara Velic").key());
        assertEquals("UN-unhcr", keys.get("Velic").key());
    }

    @Test
    void acronymsWithLowerCaseJoinersAndSplitHyphens() {
        String text = "The London-based Kastavian Observatory for Human Rights (KOHR) said 40 people died.";
        Map<String, SourceKey> keys = CANON.canonicalize(text, List.of(
                mention("KOHR", "other"), mention("Kastavian Observatory for Human Rights", "other"),
                mention("based Kastavian Observatory for Human Rights", "other")));
        String key = keys.get("Kastavian Observatory for Human Rights").key();
        assertEquals(key, keys.get("KOHR").key());
        assertEquals(key, keys.get("based Kastavian Observatory for Human Rights").key());
        assertEquals("Kastavian Observatory for Human Rights", keys.get("based Kastavian Observatory for Human Rights").name());
    }

    @Test
    void aUnitGivenAsAStateBodysOwnKeysOnThatBody() {
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(
                new SourceCanonicalizer.Mention("South Korean army’s Civil Shelter Command", "military", "KR", null),
                new SourceCanonicalizer.Mention("South Korean army", "military", "KR", null),
                new SourceCanonicalizer.Mention("Vellgrad University’s Casualty Research Lab", "other", null, null),
                new SourceCanonicalizer.Mention("South Korea’s Civil Shelter Command", "military", "KR", null)));
        assertEquals(keys.get("South Korean army").key(), keys.get("South Korean army’s Civil Shelter Command").key());
        assertEquals("South Korean army’s Civil Shelter Command", keys.get("South Korean army’s Civil Shelter Command").name());
        // a named owner's unit is a source of its own; a state's says whose it is, not which body
        assertTrue(keys.get("Vellgrad University’s Casualty Research Lab").key().startsWith("name:"));
        assertTrue(keys.get("South Korea’s Civil Shelter Command").key().startsWith("name:"),
                keys.get("South Korea’s Civil Shelter Command").key());
    }

    @Test
    void theCountrysAgencyTakesItsRelaysCountry() {
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(
                new SourceCanonicalizer.Mention("the country's spy agency", "intelligence", null, "KR")));
        assertEquals("KR-intelligence", keys.get("the country's spy agency").key());
    }

    @Test
    void aListedBodyOfAnotherCountryIsNotTheSameSource() {
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(
                new SourceCanonicalizer.Mention("Russian General Staff", "military", "RU", null),
                new SourceCanonicalizer.Mention("Ukraine's General Staff", "military", "UA", null)));
        assertEquals("UA-military", keys.get("Ukraine's General Staff").key());
        assertEquals("RU", keys.get("Russian General Staff").country());
        assertEquals(false, keys.get("Russian General Staff").key().startsWith("UA"));
    }

    @Test
    void officialsOfANamedBodyAreThatBody() {
        Map<String, SourceKey> keys = CANON.canonicalize("The Coastal Relief Agency (CRA) said on Monday ...", List.of(
                new SourceCanonicalizer.Mention("CRA officials", "unnamed official", null, null),
                new SourceCanonicalizer.Mention("Coastal Relief Agency", "government", null, null),
                new SourceCanonicalizer.Mention("Lebanese officials", "unnamed official", null, null)));
        assertEquals(keys.get("Coastal Relief Agency").key(), keys.get("CRA officials").key());
        assertEquals(true, keys.get("Lebanese officials").key().startsWith("official:"));
    }

    @Test
    void aBodyOfAPronounIsNoListedCountrysBody() {
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(
                new SourceCanonicalizer.Mention("its chief of the general staff", "military", null, null),
                new SourceCanonicalizer.Mention("the General Staff", "military", null, null)));
        assertEquals(false, keys.get("its chief of the general staff").key().startsWith("UA"));
        assertEquals("UA-military", keys.get("the General Staff").key());
    }

    @Test
    void aPhraseTypedAsAPersonAnywhereIsThatPersonWhateverTheOrder() {
        SourceCanonicalizer.Mention asBody = mention("lawmaker Mira Hollen-Vast", "government");
        SourceCanonicalizer.Mention asPerson = mention("lawmaker Mira Hollen-Vast", "person");
        assertEquals("person:mira hollen-vast", CANON.canonicalize("", List.of(asBody, asPerson)).get("lawmaker Mira Hollen-Vast").key());
        assertEquals("person:mira hollen-vast", CANON.canonicalize("", List.of(asPerson, asBody)).get("lawmaker Mira Hollen-Vast").key());
    }

    @Test
    void theShortFormOfANameTheArticleSpellsOutIsThatName() {
        String text = "KASTAVIA CITY (Wire)\n\nThe Rights Monitors in Kastavia (RMK), which is based abroad, said on Monday it had counted 80 deaths.";
        Map<String, SourceKey> keys = CANON.canonicalize(text, List.of(mention("Rights Monitors", "other"), mention("RMK", "other")));
        assertEquals("name:rights monitors in kastavia", keys.get("Rights Monitors").key());
        assertEquals("Rights Monitors in Kastavia", keys.get("Rights Monitors").name());
        assertEquals("name:rights monitors in kastavia", keys.get("RMK").key());
    }

    @Test
    void aMinistryInTitleCaseIsTheSameDescriptionKeyedByCountryAndField() {
        SourceCanonicalizer.Mention title = new SourceCanonicalizer.Mention("Peru’s Health Ministry", "government", "PE", null);
        SourceCanonicalizer.Mention lower = new SourceCanonicalizer.Mention("Peru's health ministry", "government", "PE", null);
        SourceCanonicalizer.Mention government = new SourceCanonicalizer.Mention("Peru's Government", "government", "PE", null);
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(title, lower, government));
        assertEquals("PE-government:health", keys.get("Peru’s Health Ministry").key());
        assertEquals("PE-government:health", keys.get("Peru's health ministry").key());
        assertEquals("PE-government", keys.get("Peru's Government").key());
    }

    @Test
    void aMinistryWithoutCountryIsThatOfThePlaceItCounts() {
        SourceCanonicalizer.Mention bare = new SourceCanonicalizer.Mention("the health ministry", "government", null, null, "KV");
        SourceCanonicalizer.Mention other = new SourceCanonicalizer.Mention("the government", "government", null, null, "KV");
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(bare, other));
        assertEquals("KV-government:health", keys.get("the health ministry").key());
        assertEquals("name:government", keys.get("the government").key());
    }

    @Test
    void aDescriptionIsTheOneNamedBodyWhoseNameHoldsItsWords() {
        String text = "The Rights Monitors in Kastavia (RMK) said 80 people died. The US-based rights group said more.";
        Map<String, SourceKey> keys = CANON.canonicalize(text, List.of(mention("Rights Monitors in Kastavia", "other"),
                mention("US-based rights group", "other"), mention("the aid group", "other")));
        assertEquals("name:rights monitors in kastavia", keys.get("US-based rights group").key());
        assertEquals("name:aid group", keys.get("the aid group").key()); // no named body holds "aid"
    }

    @Test
    void theNameASpokespersonPhraseGivesAfterItsRole() {
        assertEquals("Mara Velic", CANON.spokespersonName("UN refugee agency spokesperson Mara Velic"));
        assertEquals(null, CANON.spokespersonName("Mara Velic"));
    }

    @Test
    void aPersonDescribedByTheBodyTheyHeadOrSpeakForKeysOnIt() {
        String text = "The toll reached 900, said Mara Olsen, the acting regional director for the Western Pacific office "
                + "of the World Health Organization. Olsen said more were missing. Lena Voss, the ministry’s spokeswoman, "
                + "said 1,200 were hurt, as Varnia's Health Ministry reported. Harbor police chief Ivo Ranta said 31 were missing.";
        Map<String, SourceKey> keys = CANON.canonicalize(text, List.of(
                mention("Mara Olsen", "person"), mention("Olsen", "person"), mention("Lena Voss", "person"),
                new SourceCanonicalizer.Mention("Varnia's Health Ministry", "government", "XV", null),
                mention("Harbor police chief Ivo Ranta", "person")));
        assertEquals("UN-who", keys.get("Mara Olsen").key());
        assertEquals("UN-who", keys.get("Olsen").key());
        assertEquals(keys.get("Varnia's Health Ministry").key(), keys.get("Lena Voss").key());
        assertEquals("person:ivo ranta", keys.get("Harbor police chief Ivo Ranta").key());
    }

    @Test
    void aDescriptionIsTheListedBodyTheArticleNames() {
        Map<String, SourceKey> keys = CANON.canonicalize("The UNHCR said 9,000 had fled; the UN agency said more would come.",
                List.of(mention("UNHCR", "other"), mention("the UN agency", "other")));
        assertEquals("UN-unhcr", keys.get("the UN agency").key());
        Map<String, SourceKey> other = CANON.canonicalize("A Haitian human rights group said 110 died; the UN human rights office said 5,000.",
                List.of(mention("Haitian human rights group", "other"), mention("UN human rights office", "other")));
        assertEquals("name:haitian human rights group", other.get("Haitian human rights group").key());
    }

    @Test
    void aStateSpeakingIsItsGovernmentShownAsWritten() {
        Map<String, SourceKey> keys = CANON.canonicalize("", List.of(
                new SourceCanonicalizer.Mention("Iran", "other", "IR", null),
                new SourceCanonicalizer.Mention("Iran's government", "government", "IR", null),
                new SourceCanonicalizer.Mention("TASS", "media", "RU", null)));
        assertEquals("IR-government", keys.get("Iran").key());
        assertEquals("Iran", keys.get("Iran").name());
        assertEquals(keys.get("Iran's government").key(), keys.get("Iran").key());
        assertEquals("name:tass", keys.get("TASS").key()); // an outlet of the state is not the state
        Map<String, SourceKey> others = CANON.canonicalize("", List.of(
                new SourceCanonicalizer.Mention("Hamas", "other", "PS", null),
                new SourceCanonicalizer.Mention("KCNA", "other", "KP", null),
                mention("those who", "other")));
        assertEquals("name:hamas", others.get("Hamas").key()); // tells a country, is not its state
        assertEquals("name:kcna", others.get("KCNA").key());
        assertEquals("name:those who", others.get("those who").key()); // not the WHO
    }

    @Test
    void aDescriptionIsTheOneBodyOfItsStoryItFits() {
        SourceKey described = new SourceKey("name:monitoring group", "monitoring group", null, null);
        SourceKey named = new SourceKey("name:coastal monitoring network", "Coastal Monitoring Network", null, null);
        SourceKey other = new SourceKey("name:harbour relief agency", "Harbour Relief Agency", null, null);
        assertEquals(named, CANON.describedIn(described, List.of(described, named, other)));
        // two bodies fit: the description stays as written
        SourceKey second = new SourceKey("name:delta monitoring centre", "Delta Monitoring Centre", null, null);
        assertEquals(null, CANON.describedIn(described, List.of(described, named, second)));
        // a named body is no description
        assertEquals(null, CANON.describedIn(other, List.of(named, other)));
    }

    @Test
    void aSpokespersonForTheGroupSpeaksForTheGroupNamedLastBefore() {
        String text = "Thousands have fled to the camps, an aid group said on Saturday. A video posted by the group"
                + " Tawila Relief Committee shows crowded tents. The Red Crescent sent water. More than 9,000 people"
                + " arrived this week, said Hamid Osman, spokesperson for the aid group. Later the Harbour Relief Group said 40 had died.";
        Map<String, SourceKey> keys = CANON.canonicalize(text, List.of(mention("Tawila Relief Committee", "other"),
                mention("Red Crescent", "other"), mention("Hamid Osman", "person"), mention("Harbour Relief Group", "other")));
        assertEquals(keys.get("Tawila Relief Committee").key(), keys.get("Hamid Osman").key());
        // named by a name alone, the speaker keeps their own key
        Map<String, SourceKey> alone = CANON.canonicalize(text.replace("by the group Tawila", "by Tawila"),
                List.of(mention("Tawila Relief Committee", "other"), mention("Hamid Osman", "person")));
        assertEquals("person:hamid osman", alone.get("Hamid Osman").key());
    }

    /** A body keyed by its name, as the canonicalizer keys one not in the alias table. */
    private static SourceKey body(String name) {
        return new SourceKey("name:" + name.toLowerCase(java.util.Locale.ROOT), name, null, null);
    }

    @Test
    void aBodyCalledByItsKindIsTheOneOfThatKindItsStoryNames() {
        SourceKey police = body("Police");
        List<SourceKey> story = List.of(police, body("Kastavia County Police"), body("Kastavia County"));
        assertEquals(body("Kastavia County Police"), CANON.describedIn(police, story));
        // two forces named: "Police" stays as written
        assertEquals(null, CANON.describedIn(police, List.of(police, body("Kastavia County Police"), body("Meridia State Police"))));
        // not a kind of which a place has one
        assertEquals(null, CANON.describedIn(body("Army"), List.of(body("Army"), body("Meridian Army"))));
    }
}
