package org.claimtrail.annotate.depparse;

/**
 * Feature id to its row in the precomputed table, an open-addressing map of primitive ints: the
 * scorer looks up every feature of every parser state here, and boxed map lookups were a visible
 * part of the parser's time.
 */
final class FeatureRows {

    private final int[] keys;
    private final int[] rows;
    private final int mask;

    FeatureRows(int[] ids) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
        keys = new int[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(keys, -1);
        for (int row = 0; row < ids.length; row++) {
            int slot = slot(ids[row]);
            while (keys[slot] != -1 && keys[slot] != ids[row]) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == -1) { // the first row of an id wins, as in nndep's map
                keys[slot] = ids[row];
                rows[slot] = row;
            }
        }
    }

    /** The id's row, or -1 when it is not precomputed. */
    int row(int id) {
        int slot = slot(id);
        while (true) {
            int k = keys[slot];
            if (k == id) {
                return rows[slot];
            }
            if (k == -1) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(int id) {
        return (id * 0x9E3779B9) >>> 7 & mask;
    }
}
