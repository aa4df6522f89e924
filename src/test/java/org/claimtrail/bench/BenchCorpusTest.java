package org.claimtrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimtrail.config.Settings;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

    @Test
    void composesDistinctArticlesOfNewsLengthTheSameEveryRun() throws Exception {
        List<BenchCorpus.Source> sources = BenchCorpus.sources(List.of(Settings.projectHome().resolve("data/sample")));
        List<BenchCorpus.Article> corpus = BenchCorpus.compose(sources, 300, 7L);
        assertEquals(300, corpus.size());
        Set<String> texts = new HashSet<>();
        for (BenchCorpus.Article a : corpus) {
            assertTrue(texts.add(a.text()), "a text occurs twice: " + a.id());
            assertTrue(BenchCorpus.words(a.text()) >= BenchCorpus.TARGET_WORDS, a.id() + " is short");
            // its paragraphs come from the sources, whole
            for (String p : a.text().split("\n\n")) {
                if (!p.startsWith("Bench report ")) {
                    assertTrue(sources.stream().anyMatch(s -> s.text().contains(p)), "not a source paragraph: " + p);
                }
            }
        }
        assertEquals(corpus, BenchCorpus.compose(sources, 300, 7L));
    }

    @Test
    void titlesHoldNoDigits() {
        assertEquals("a", BenchCorpus.letters(0));
        assertEquals("ba", BenchCorpus.letters(26));
        assertTrue(BenchCorpus.letters(123456).chars().allMatch(Character::isLetter));
    }

    @Test
    void tooFewParagraphsIsAClearError() {
        var one = List.of(new BenchCorpus.Source("a.txt", "Only one paragraph here with eight words or more.", null));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BenchCorpus.compose(one, 5, 1L));
        assertTrue(e.getMessage().contains("paragraphs"), e.getMessage());
    }
}
