package org.claimtrail.consolidate;

import java.util.Arrays;
import java.util.Locale;

/**
 * A MinHash signature of an article's five-word shingles: two articles whose signatures agree in
 * most places are near-identical texts (wire copies), without comparing the texts themselves.
 */
public final class Shingles {

    private Shingles() {
    }

    static final int SIZE = 32;
    /** Estimated Jaccard similarity at or above which two texts count as copies of each other. */
    public static final double COPY = 0.8;

    public static long[] signature(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
        long[] sig = new long[SIZE];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + 5 <= w.length; i++) {
            long h = String.join(" ", Arrays.copyOfRange(w, i, i + 5)).hashCode() * 0x9E3779B97F4A7C15L;
            for (int k = 0; k < SIZE; k++) {
                long v = mix(h + k * 0xBF58476D1CE4E5B9L);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int k = 0; k < SIZE; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
