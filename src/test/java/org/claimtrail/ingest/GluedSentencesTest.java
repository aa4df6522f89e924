package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GluedSentencesTest {

    @Test
    void separatesSentencesJoinedWithoutASpace() {
        assertEquals("The water rose overnight. Rescuers found 12 bodies, officials said.",
                GluedSentences.unglue("The water rose overnight.Rescuers found 12 bodies, officials said."));
        assertEquals("\u201cWe will not stop,\u201d she told reporters. \u201cNobody is forgotten.\u201d",
                GluedSentences.unglue("\u201cWe will not stop,\u201d she told reporters.\u201cNobody is forgotten.\u201d"));
        assertEquals("the search ended.\u201d Officials said 9 remain missing.",
                GluedSentences.unglue("the search ended.\u201dOfficials said 9 remain missing."));
    }

    @Test
    void leavesAbbreviationsNumbersAndHostsAlone() {
        String text = "The U.S.Army sent 1.5 million rations, per example.com and Mr.Smith at 3.Pm";
        assertEquals(text, GluedSentences.unglue(text));
        assertEquals("A normal sentence. Another one.", GluedSentences.unglue("A normal sentence. Another one."));
    }

    @Test
    void breaksAWireDatelineFromTheSentenceItRanInto() {
        assertEquals("Port Varna, June 3 (VNA)\n\nAt least 12 people were killed on Monday.",
                GluedSentences.unglue("Port Varna, June 3 (VNA) At least 12 people were killed on Monday."));
        String plain = "Officials in Port Varna, the capital, said 12 people (mostly children) died.";
        assertEquals(plain, GluedSentences.unglue(plain));
    }
}
