package org.claimtrail.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DigitGroupsTest {

    @Test
    void anApostropheBetweenDigitGroupsBecomesTheLanguagesSeparator() {
        assertEquals("146.000 bis 211.000", DigitGroups.withSeparator("146'000 bis 211'000", "."));
        assertEquals("1,250,000 people", DigitGroups.withSeparator("1\u2019250\u2019000 people", ","));
    }

    @Test
    void otherApostrophesStayAndTheLengthHolds() {
        String text = "He is 5'10, a fan of the '90s; it's 12'0000 or 3'45.";
        assertEquals(text, DigitGroups.withSeparator(text, ","));
        assertEquals("146'000", DigitGroups.withSeparator("146'000", null));
    }
}
