package org.claimtrail.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** An article's terms from hand-built annotated tokens and plain text, with the project's stop list. */
class StoryTermsTest {

    static final StoryTerms READER = StoryTerms.load(ProjectFiles.home().resolve("conf/lexicon"));

    static Map<String, StoryTerms.Term> terms(String title, String text, List<AnnotatedArticle.Sentence> sentences, String outlet) {
        Map<String, StoryTerms.Term> out = new HashMap<>();
        READER.of(title, text, sentences, outlet).forEach(t -> out.put(t.term(), t));
        return out;
    }

    /** One annotated sentence over the whole text: each {word, lemma, pos, ner} in order, separated by single spaces. */
    static AnnotatedArticle.Sentence sentence(String text, String[]... tokens) {
        List<AnnotatedArticle.Token> list = new ArrayList<>();
        int at = 0;
        for (String[] t : tokens) {
            int begin = text.indexOf(t[0], at);
            list.add(new AnnotatedArticle.Token(t[0], t[1], t[2], t[3], null, begin, begin + t[0].length()));
            at = begin + t[0].length();
        }
        return new AnnotatedArticle.Sentence(0, true, 0, text.length(), list, List.of());
    }

    @Test
    void namesFromNerKeepTheirKindAndSpelling() {
        String text = "Shelling near Al-Aqsa hospital in Deir al-Balah killed 12, Dr Mira Haddad said.";
        AnnotatedArticle.Sentence s = sentence(text,
                new String[] {"Shelling", "shelling", "NN", "O"}, new String[] {"near", "near", "IN", "O"},
                new String[] {"Al", "Al", "NNP", "LOCATION"}, new String[] {"-", "-", "HYPH", "LOCATION"},
                new String[] {"Aqsa", "Aqsa", "NNP", "LOCATION"}, new String[] {"hospital", "hospital", "NN", "O"},
                new String[] {"in", "in", "IN", "O"}, new String[] {"Deir", "Deir", "NNP", "LOCATION"},
                new String[] {"al-Balah", "al-Balah", "NNP", "LOCATION"}, new String[] {"killed", "kill", "VBD", "O"},
                new String[] {"12", "12", "CD", "NUMBER"}, new String[] {"Dr", "Dr", "NNP", "O"},
                new String[] {"Mira", "Mira", "NNP", "PERSON"}, new String[] {"Haddad", "Haddad", "NNP", "PERSON"},
                new String[] {"said", "say", "VBD", "O"});
        Map<String, StoryTerms.Term> t = terms(null, text, List.of(s), null);
        assertEquals(StoryTerms.PLACE, t.get("e:al-aqsa").kind());
        assertEquals("Al-Aqsa", t.get("e:al-aqsa").display());
        assertEquals(StoryTerms.PLACE, t.get("e:deir al-balah").kind());
        assertEquals(StoryTerms.ACTOR, t.get("e:mira haddad").kind());
        assertTrue(t.containsKey("w:shelling") && t.containsKey("w:hospital") && t.containsKey("w:kill"));
        assertFalse(t.containsKey("w:say"), "a stop word");
    }

    @Test
    void plainTextGivesCapitalizedRunsAsNamesAndOtherWords() {
        String text = "Floods hit Port Lumen\n\nThe river burst its banks in Port Lumen on Monday. Reuters said rescuers "
                + "searched the flooded districts.";
        Map<String, StoryTerms.Term> t = terms(null, text, List.of(), "Lumen Daily (Online)");
        assertEquals(2, t.get("e:port lumen").count(), 0);
        assertEquals(StoryTerms.NAME, t.get("e:port lumen").kind());
        assertFalse(t.containsKey("e:the"), "a capital after a sentence end is not a name");
        assertFalse(t.containsKey("e:monday"));
        assertFalse(t.containsKey("e:reuters"), "agencies crediting themselves are not what a story is about");
        assertTrue(t.containsKey("w:river") && t.containsKey("w:bank") && t.containsKey("w:rescuer"));
        assertTrue(t.containsKey("w:flooded"));
    }

    @Test
    void theOutletNamingItselfIsNoTerm() {
        String text = "Lumen Daily has learned that Port Lumen flooded.";
        Map<String, StoryTerms.Term> t = terms(null, text, List.of(), "Lumen Daily (Online)");
        assertFalse(t.containsKey("e:lumen daily"));
        assertTrue(t.containsKey("e:port lumen"));
    }

    @Test
    void theTitleCounts() {
        Map<String, StoryTerms.Term> t = terms("Quake in Marash", "Rescuers dug through rubble.", List.of(), null);
        assertTrue(t.containsKey("e:marash") && t.containsKey("w:quake") && t.containsKey("w:rubble"));
    }

    @Test
    void namesMeetAcrossLanguages() {
        Map<String, StoryTerms.Term> de = terms(null, "Das Beben in der Türkei und in Syrien zerstörte Häuser in Marasch.", List.of(), null);
        Map<String, StoryTerms.Term> es = terms(null, "El sismo en Turquía y Siria dejó daños en Tartús y en Irán.", List.of(), null);
        assertTrue(de.containsKey("e:turkey") && de.containsKey("e:syria"), de.keySet().toString());
        assertTrue(es.containsKey("e:turkey") && es.containsKey("e:syria"), es.keySet().toString());
        assertTrue(es.containsKey("e:tartus") && es.containsKey("e:iran"), "accents folded: " + es.keySet());
        assertEquals("Turkey", es.get("e:turkey").display());
        // the German and Spanish stop lists are read too: function words are no terms
        assertFalse(de.containsKey("w:der") || de.containsKey("w:und") || es.containsKey("w:dejo") && es.containsKey("w:los"));
    }

    @Test
    void universalTagsGiveContentWords() {
        String text = "Tausende verloren ihr Zuhause";
        AnnotatedArticle.Sentence s = sentence(text, new String[] {"Tausende", null, "NOUN", "O"},
                new String[] {"verloren", null, "VERB", "O"}, new String[] {"ihr", null, "DET", "O"},
                new String[] {"Zuhause", null, "NOUN", "O"});
        Map<String, StoryTerms.Term> t = terms(null, text, List.of(s), null);
        assertTrue(t.containsKey("w:zuhause") && t.containsKey("w:verloren"), t.keySet().toString());
        assertFalse(t.containsKey("w:ihr"));
    }
}
