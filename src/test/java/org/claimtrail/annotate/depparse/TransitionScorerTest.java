package org.claimtrail.annotate.depparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The scorer against nndep's arithmetic, written out as its {@code Classifier.computeScores} does it
 * (one dot product per output row, precomputed features summed in double, the others rounded to
 * float): the scores must be equal to the last bit, or the parser could pick other transitions.
 */
class TransitionScorerTest {

    static final int FEATURES = 6;
    static final int EMBEDDING = 5;
    static final int HIDDEN = 7;
    static final int TRANSITIONS = 9;
    static final int VOCABULARY = 40;

    final Random random = new Random(42);
    final float[][] e = matrix(VOCABULARY, EMBEDDING);
    final float[][] w1 = matrix(HIDDEN, FEATURES * EMBEDDING);
    final float[] b1 = matrix(1, HIDDEN)[0];
    final float[][] w2 = matrix(TRANSITIONS, HIDDEN);
    /** feature ids (token x features + position); 3 and 17 twice, as a model file may list them */
    final int[] precomputed = {3 * FEATURES, 17 * FEATURES + 2, 3 * FEATURES, 5 * FEATURES + 5, 17 * FEATURES + 2};

    @Test
    void scoresAreNndepsToTheLastBit() {
        TransitionScorer scorer = new TransitionScorer(FEATURES, e, w1, b1, w2, precomputed, 4);
        for (int i = 0; i < 200; i++) {
            int[] ids = new int[FEATURES];
            for (int p = 0; p < FEATURES; p++) {
                ids[p] = random.nextInt(4) == 0 ? new int[] {3, 17, 5}[random.nextInt(3)] : random.nextInt(VOCABULARY);
            }
            // a small cache over many states: entries are evicted and recomputed, never stale
            assertArrayEquals(reference(ids, true), scorer.scores(ids), 0.0, "state " + i);
        }
    }

    @Test
    void withoutACacheSlicesAreAddedUnrounded() {
        TransitionScorer scorer = new TransitionScorer(FEATURES, e, w1, b1, w2, precomputed, 0);
        int[] ids = {1, 2, 3, 4, 5, 6};
        assertArrayEquals(reference(ids, false), scorer.scores(ids), 0.0);
        assertEquals(TRANSITIONS, scorer.transitions());
    }

    /** nndep's Classifier.computeScores, loop for loop. */
    double[] reference(int[] ids, boolean cached) {
        double[] hidden = new double[HIDDEN];
        for (int p = 0; p < FEATURES; p++) {
            int id = ids[p] * FEATURES + p;
            boolean pre = false;
            for (int x : precomputed) {
                pre |= x == id;
            }
            double[] slice = new double[HIDDEN];
            for (int h = 0; h < HIDDEN; h++) {
                double partial = 0.0;
                for (int d = 0; d < EMBEDDING; d++) {
                    partial += w1[h][p * EMBEDDING + d] * e[ids[p]][d];
                }
                slice[h] = pre || !cached ? partial : (float) partial;
            }
            for (int h = 0; h < HIDDEN; h++) {
                hidden[h] += slice[h];
            }
        }
        for (int h = 0; h < HIDDEN; h++) {
            hidden[h] += b1[h];
            hidden[h] = hidden[h] * hidden[h] * hidden[h];
        }
        double[] scores = new double[TRANSITIONS];
        for (int t = 0; t < TRANSITIONS; t++) {
            double sum = 0;
            for (int h = 0; h < HIDDEN; h++) {
                sum += hidden[h] * w2[t][h];
            }
            scores[t] = sum;
        }
        return scores;
    }

    float[][] matrix(int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = (float) random.nextGaussian();
            }
        }
        return m;
    }
}
