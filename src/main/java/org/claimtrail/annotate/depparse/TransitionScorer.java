package org.claimtrail.annotate.depparse;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;

/**
 * The forward pass of CoreNLP's neural dependency parser (nndep): the same numbers, added in the
 * same order, as nndep's {@code Classifier.computeScores}, so the parser picks the same transitions,
 * but laid out for the JIT. nndep scores a transition as a dot product of the hidden layer with one
 * row of the output weights: one chain of dependent additions per transition label, which the JIT
 * neither vectorises nor overlaps, and which was two thirds of the parser's time. Here the output
 * weights are stored transposed and widened to double once, so the scores are built by adding one
 * hidden unit's contribution to every label at a time: independent additions the JIT vectorises,
 * each score still summed over the hidden units in nndep's order. The hidden-layer slices of
 * features nndep does not precompute are built the same way from the transposed input weights.
 *
 * <p>Safe for concurrent use: the only shared mutable state is the slice cache, whose entries are
 * immutable and whose races only cost a recomputation.
 */
final class TransitionScorer {

    private final int features;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int transitions;
    private final float[][] embeddings;
    /** Input weights transposed: one row per (feature position, embedding dimension), one column per hidden unit. */
    private final float[][] inputByColumn;
    private final float[] hiddenBias;
    /** Output weights transposed and widened: one row per hidden unit, one column per transition. */
    private final double[][] outputByHidden;
    /** Feature id to its row of {@link #precomputedHidden}; -1 when it is not precomputed. */
    private final Int2IntOpenHashMap precomputed;
    private final double[][] precomputedHidden;
    private final SliceCache cache;

    /**
     * @param embeddings   nndep's E: one row per word, tag or label id
     * @param inputWeights nndep's W1: hidden units by (feature position x embedding dimension)
     * @param hiddenBias   nndep's b1
     * @param outputWeights nndep's W2: transitions by hidden units
     * @param precomputedIds nndep's precomputed feature ids (token id x features + position), in its order
     * @param cacheSize    slices kept for features not precomputed; 0 adds them to the hidden layer
     *                     unrounded, as nndep does when its cache is off
     */
    TransitionScorer(int features, float[][] embeddings, float[][] inputWeights, float[] hiddenBias,
                     float[][] outputWeights, int[] precomputedIds, int cacheSize) {
        this.features = features;
        this.embeddings = embeddings;
        this.embeddingSize = embeddings[0].length;
        this.hiddenSize = hiddenBias.length;
        this.transitions = outputWeights.length;
        this.hiddenBias = hiddenBias;
        int columns = inputWeights[0].length;
        if (columns != features * embeddingSize) {
            throw new IllegalArgumentException("input weights have " + columns + " columns, expected "
                    + features + " x " + embeddingSize);
        }
        inputByColumn = new float[columns][hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            for (int c = 0; c < columns; c++) {
                inputByColumn[c][h] = inputWeights[h][c];
            }
        }
        outputByHidden = new double[hiddenSize][transitions];
        for (int t = 0; t < transitions; t++) {
            for (int h = 0; h < hiddenSize; h++) {
                outputByHidden[h][t] = outputWeights[t][h];
            }
        }
        precomputed = new Int2IntOpenHashMap(precomputedIds.length);
        precomputed.defaultReturnValue(-1);
        for (int row = 0; row < precomputedIds.length; row++) {
            precomputed.putIfAbsent(precomputedIds[row], row); // the first row of an id wins, as in nndep's map
        }
        precomputedHidden = new double[precomputedIds.length][];
        for (int row = 0; row < precomputedIds.length; row++) {
            int id = precomputedIds[row];
            precomputedHidden[row] = sliceSum(id / features, id % features);
        }
        cache = cacheSize > 0 ? new SliceCache(cacheSize) : null;
    }

    int transitions() {
        return transitions;
    }

    /** The score of every transition for one parser state's feature ids (word, tag and label ids by position). */
    double[] scores(int[] featureIds) {
        double[] hidden = new double[hiddenSize];
        for (int position = 0; position < features; position++) {
            int token = featureIds[position];
            int id = token * features + position;
            int row = precomputed.get(id);
            if (row >= 0) {
                add(hidden, precomputedHidden[row]);
            } else if (cache == null) {
                add(hidden, sliceSum(token, position));
            } else {
                float[] slice = cache.get(id);
                if (slice == null) {
                    slice = slice(token, position);
                    cache.put(id, slice);
                }
                add(hidden, slice);
            }
        }
        for (int h = 0; h < hiddenSize; h++) {
            double v = hidden[h] + hiddenBias[h];
            hidden[h] = v * v * v;
        }
        double[] scores = new double[transitions];
        for (int h = 0; h < hiddenSize; h++) {
            double a = hidden[h];
            double[] w = outputByHidden[h];
            for (int t = 0; t < transitions; t++) {
                scores[t] += a * w[t];
            }
        }
        return scores;
    }

    /** One feature's contribution to the hidden layer, summed in double (nndep's precomputed form). */
    private double[] sliceSum(int token, int position) {
        double[] sum = new double[hiddenSize];
        float[] e = embeddings[token];
        int base = position * embeddingSize;
        for (int d = 0; d < embeddingSize; d++) {
            float x = e[d];
            float[] w = inputByColumn[base + d];
            for (int h = 0; h < hiddenSize; h++) {
                sum[h] += w[h] * x;
            }
        }
        return sum;
    }

    /** The same, rounded to float as nndep caches it. */
    private float[] slice(int token, int position) {
        double[] sum = sliceSum(token, position);
        float[] out = new float[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            out[h] = (float) sum[h];
        }
        return out;
    }

    private static void add(double[] to, double[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }

    private static void add(double[] to, float[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }
}
