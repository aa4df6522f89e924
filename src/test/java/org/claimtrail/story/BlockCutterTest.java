package org.claimtrail.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The levels of story blocks on hand-made edge lists. */
class BlockCutterTest {

    private static final double[] FACTORS = {1, 2, 4};

    @Test
    void componentsSmallEnoughAreBlocksNamedByTheirSmallestDocId() {
        BlockCutter c = new BlockCutter();
        c.add("d", "b", 0.5);
        c.add("b", "c", 0.5);
        c.add("x", "y", 0.5);
        Map<String, BlockCutter.Block> blocks = c.blocks(0.1, FACTORS, 3);
        assertEquals(5, blocks.size());
        for (String doc : new String[] {"b", "c", "d"}) {
            assertEquals(new BlockCutter.Block("b", false), blocks.get(doc));
        }
        assertEquals(new BlockCutter.Block("x", false), blocks.get("y"));
    }

    @Test
    void edgesBelowTheThresholdJoinNothing() {
        BlockCutter c = new BlockCutter();
        c.add("a", "b", 0.05);
        Map<String, BlockCutter.Block> blocks = c.blocks(0.1, FACTORS, 3);
        assertEquals("a", blocks.get("a").name());
        assertEquals("b", blocks.get("b").name());
    }

    @Test
    void anOversizedComponentIsSplitByItsStrongerEdges() {
        // a chain a-b-c-d-e of five, two strong pairs joined by weak edges; blocks of at most three
        BlockCutter c = new BlockCutter();
        c.add("a", "b", 0.5);
        c.add("b", "c", 0.15);
        c.add("c", "d", 0.15);
        c.add("d", "e", 0.5);
        c.add("q", "r", 0.15);
        Map<String, BlockCutter.Block> blocks = c.blocks(0.1, FACTORS, 3);
        assertEquals("a", blocks.get("b").name());
        assertEquals("c", blocks.get("c").name());
        assertEquals("d", blocks.get("e").name());
        // a small component keeps its weak edge: only oversized ones are split
        assertEquals("q", blocks.get("r").name());
        blocks.values().forEach(b -> assertFalse(b.cut()));
    }

    @Test
    void whatIsTooLargeAfterTheLastLevelIsMarkedToBeCut() {
        BlockCutter c = new BlockCutter();
        String[] docs = {"a", "b", "c", "d", "e"};
        for (int i = 1; i < docs.length; i++) {
            c.add(docs[i - 1], docs[i], 0.9);
        }
        Map<String, BlockCutter.Block> blocks = c.blocks(0.1, FACTORS, 3);
        for (String d : docs) {
            assertEquals("a", blocks.get(d).name());
            assertTrue(blocks.get(d).cut());
        }
    }
}
