package org.claimtrail.extract;

import static org.claimtrail.extract.RuleFixtures.claims;
import static org.claimtrail.extract.RuleFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What group a figure counts ({@link Population}), on pre-annotated sentences of our own. */
class PopulationTest {

    @Test
    void theCountedNounWithItsModifiersNotTheFigureOrItsQualifier() {
        Claim c = only("population-nationality"); // "at least 300 North Korean soldiers were killed"
        assertEquals("North Korean soldiers", c.population());
        assertEquals("military", c.populationClass());
        assertEquals("KP", c.populationActor());
        assertEquals("enemy soldiers", only("verb-captured").population()); // "17 enemy soldiers"
        assertEquals("soldiers", only("vague-several-hundred").population());
    }

    @Test
    void coordinatedNounsWithoutAFigureOfTheirOwnBelongToTheGroup() {
        assertEquals("campers and counselors", only("population-coordinated").population());
    }

    @Test
    void aTollsOwnerSaysWhosePeopleItCounts() {
        Claim c = only("population-toll-owner"); // "Syrian military losses reached 900"
        assertEquals("Syrian military", c.population());
        assertEquals("military", c.populationClass());
        assertEquals("SY", c.populationActor());
    }

    @Test
    void aSuffererSaysWhoseABareFigureIs() {
        List<Claim> cs = claims("population-sufferer"); // "The rebel brigades suffered about 400 wounded and 150 killed"
        assertEquals(2, cs.size());
        for (Claim c : cs) {
            assertEquals("rebel brigades", c.population(), c.quantityText());
            assertEquals("armed group", c.populationClass());
        }
    }

    @Test
    void aFigureThatNamesNoGroupCountsPeople() {
        Claim c = only("population-bare-toll"); // "The death toll rose to 85"
        assertEquals("people", c.population());
        assertEquals("people", c.populationClass());
        assertNull(c.populationActor());
    }
}
