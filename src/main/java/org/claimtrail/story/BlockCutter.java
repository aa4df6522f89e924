package org.claimtrail.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks of {@link StoryBlocks#bounded}, in memory: the connected components of the similarity
 * edges, and where a component holds more than {@code maxBlock} articles, the components of its
 * stronger edges only, the threshold rising by the given factors; what is still too large after the
 * last factor is marked to be cut by date window. An article is named by an index of its own; a
 * block by the smallest doc_id in it.
 *
 * <p>Kept in primitive arrays (two ints and a double per edge, the arrays doubling as they fill) so a day of news, a few edges per
 * article, fits the driver easily; every level is a pass over the edges, with no Spark job.
 */
final class BlockCutter {

    /** An article's block, and whether it is one that was still too large and must be cut by date. */
    record Block(String name, boolean cut) {
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private double[] sims = new double[1024];
    private int edges;

    /** Adds an edge between two articles with its similarity. */
    void add(String a, String b, double sim) {
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
            sims = Arrays.copyOf(sims, edges * 2);
        }
        from[edges] = indexOf(a);
        to[edges] = indexOf(b);
        sims[edges] = sim;
        edges++;
    }

    /**
     * The block of every article that has an edge (articles without one are blocks of their own):
     * the components of the edges at {@code threshold * factors[0]}, the oversized ones split again at
     * each next factor, the rest after the last marked {@link Block#cut}.
     */
    Map<String, Block> blocks(double threshold, double[] factors, int maxBlock) {
        int n = names.size();
        Map<String, Block> out = new LinkedHashMap<>();
        boolean[] open = new boolean[n];
        Arrays.fill(open, true);
        for (int level = 0; level < factors.length; level++) {
            double min = threshold * factors[level];
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (int e = 0; e < edges; e++) {
                if (open[from[e]] && open[to[e]] && sims[e] >= min) {
                    union(parent, from[e], to[e]);
                }
            }
            int[] size = new int[n];
            for (int i = 0; i < n; i++) {
                if (open[i]) {
                    size[find(parent, i)]++;
                }
            }
            boolean last = level == factors.length - 1;
            boolean anyLeft = false;
            for (int i = 0; i < n; i++) {
                if (!open[i]) {
                    continue;
                }
                int root = find(parent, i);
                if (size[root] <= maxBlock || last) {
                    out.put(names.get(i), new Block(names.get(root), size[root] > maxBlock));
                    open[i] = false;
                } else {
                    anyLeft = true;
                }
            }
            if (!anyLeft) {
                break;
            }
        }
        return out;
    }

    private int indexOf(String doc) {
        Integer i = index.get(doc);
        if (i == null) {
            i = names.size();
            index.put(doc, i);
            names.add(doc);
        }
        return i;
    }

    /** Joins two sets; the root is the smaller doc_id, so a block is named by its smallest doc_id. */
    private void union(int[] parent, int x, int y) {
        int a = find(parent, x);
        int b = find(parent, y);
        if (a != b) {
            if (names.get(a).compareTo(names.get(b)) < 0) {
                parent[b] = a;
            } else {
                parent[a] = b;
            }
        }
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }
}
