package org.claimtrail.annotate.depparse;

/**
 * Hidden-layer slices of features that are not precomputed, kept in a direct-mapped table. nndep
 * keeps them in a least-recently-used map behind one lock that every parsing thread takes for every
 * feature; here a slot is read and written without a lock. An entry is immutable once made, so a
 * race between threads only means a slice is computed twice; the values never differ.
 */
final class SliceCache {

    private record Entry(int id, float[] slice) {
    }

    private final Entry[] slots;
    private final int mask;

    SliceCache(int size) {
        int capacity = Integer.highestOneBit(Math.max(2, size - 1)) << 1;
        slots = new Entry[capacity];
        mask = capacity - 1;
    }

    float[] get(int id) {
        Entry e = slots[slot(id)];
        return e != null && e.id() == id ? e.slice() : null;
    }

    void put(int id, float[] slice) {
        slots[slot(id)] = new Entry(id, slice);
    }

    private int slot(int id) {
        return (id * 0x9E3779B9) >>> 11 & mask;
    }
}
