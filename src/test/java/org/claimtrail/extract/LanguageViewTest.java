package org.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimtrail.config.LexiconFolder;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** How German and Spanish annotations are read as the English the rules know. */
class LanguageViewTest {

    private static LanguageView view(String lang) {
        return ExtractionLexicon.load(new LexiconFolder(ProjectFiles.home().resolve("conf/lexicon"), lang)).language;
    }

    @Test
    void numeralsInEnglishNotation() {
        LanguageView de = view("de");
        assertEquals("1,200", de.word("1.200", "NUM"));
        assertEquals("1,000,340", de.word("1.000.340", "NUM"));
        assertEquals("3.5", de.word("3,5", "NUM"));
        assertEquals("146,000", de.word("146'000", "NUM")); // Swiss
        assertEquals("4,300", view("es").word("4,300", "NUM")); // Mexican grouping stays grouping
        assertEquals("and", de.word("und", "CCONJ"));
        assertEquals("the", de.word("das", "det"));
        assertEquals("das", de.word("das", "nsubj")); // "Das teilte das Ministerium mit"
        assertEquals("1.200", LanguageView.ENGLISH.word("1.200", "NUM"));
    }

    @Test
    void universalTagsAsPenn() {
        LanguageView es = view("es");
        assertEquals("NN", es.pos("NOUN", false));
        assertEquals("VBN", es.pos("VERB", true));
        assertEquals("VBD", es.pos("VERB", false));
        assertEquals("CD", es.pos("NUM", false));
    }

    @Test
    void caseWordsAsEnglishRelations() {
        LanguageView de = view("de");
        assertEquals("obl:according_to", de.relation("obl:laut", List.of("laut"), "behörden", "sagte"));
        assertEquals("obl:according_to", de.relation("obl:nach", List.of("nach"), "angaben", "sagte"));
        assertEquals("obl:after", de.relation("obl:nach", List.of("nach"), "beben", "starben"));
        assertEquals("nmod:of", de.relation("nmod", List.of(), "ministeriums", "angaben"));
        // "unter Berufung auf die Behörde": citing it ("auf" is a statement's "by", elsewhere "on")
        assertEquals("obl:according_to", de.relation("obl:unter", List.of("unter"), "berufung", "berichtete"));
        assertEquals("nmod:by", de.relation("nmod:auf", List.of("auf"), "behörde", "berufung"));
        assertEquals("nmod:on", de.relation("nmod:auf", List.of("auf"), "insel", "angriff"));
        assertEquals("obl:according_to", view("es").relation("obl", List.of("de", "acuerdo", "con"), "ministerio", "dijo"));
        assertEquals("obl:according_to", LanguageView.ENGLISH.relation("obl:according_to", List.of(), "x", "y"));
    }
}
