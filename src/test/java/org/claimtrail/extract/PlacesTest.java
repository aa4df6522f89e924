package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a count is ({@link Places}), on pre-annotated sentences of our own. */
class PlacesTest {

    @Test
    void aLocativePhraseOnTheFiguresVerbWithThePlaceNounItNames() {
        assertEquals("Kursk region", only("population-nationality").place()); // "killed in the Kursk region"
        assertEquals("Kerr County", only("population-coordinated").place()); // "after the flood in Kerr County"
    }

    @Test
    void aDatelineIsWhereTheReporterIsNotTheCount() {
        assertEquals("Kherson", only("place-dateline").place()); // "ODESSA — Shelling killed 12 civilians in Kherson"
    }

    @Test
    void aSentenceThatNamesNoPlaceTakesTheOneBefore() {
        assertEquals("Sindh province", only("place-sentence-before").place());
    }

    @Test
    void aTollsPossessorIsWhoseNotWhere() {
        // "Fighting continued in eastern Ukraine on Sunday. Russia's military losses rose to 2,000"
        Claim c = only("place-toll-owner");
        assertEquals("Ukraine", c.place());
        assertEquals("RU", c.populationActor());
    }
}
