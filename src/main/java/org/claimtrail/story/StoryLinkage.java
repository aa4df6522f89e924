package org.claimtrail.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage clustering of one block of articles into stories, with a date window.
 *
 * <p>Two clusters merge when the mean cosine similarity over all their <em>comparable</em> cross
 * pairs reaches the threshold; a pair is comparable when both articles are dated within the window
 * of each other, or both are undated. Pairs that share no term count as 0. So a round-up article
 * that resembles three stories pulls none of them together: once it has joined one, the mean
 * between that story and another is diluted by all the pairs that do not resemble each other (plain
 * single link would chain them). Because only pairs within the window are compared, a long story
 * keeps growing as long as each new article resembles the articles of the days before it.
 */
public final class StoryLinkage {

    private StoryLinkage() {
    }

    /** An article of the block: its id, its day (epoch day, null when undated) and its unit-length term vector. */
    public record Member(String docId, Integer day, Map<String, Double> vector) {
    }

    /**
     * The stories of a block, each a list of indexes into {@code members}, in two passes: average
     * linkage over the pairs within {@code windowDays} (the day-to-day story), then over the pairs
     * within {@code horizonDays} with its own threshold, starting from the first pass's clusters (a
     * story that resumes after a gap longer than the window).
     */
    public static List<List<Integer>> cluster(List<Member> members, int windowDays, double threshold, int horizonDays,
                                              double continueThreshold, int maxPosting) {
        Map<Long, Double> sims = similarities(members, Math.max(windowDays, horizonDays), maxPosting);
        List<List<Integer>> singletons = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            singletons.add(new ArrayList<>(List.of(i)));
        }
        List<List<Integer>> stories = agglomerate(members, singletons, sims, windowDays, threshold);
        return horizonDays > windowDays ? agglomerate(members, stories, sims, horizonDays, continueThreshold) : stories;
    }

    /** One pass of average linkage with one window: see the class comment. */
    public static List<List<Integer>> cluster(List<Member> members, int windowDays, double threshold) {
        return cluster(members, windowDays, threshold, windowDays, threshold, Integer.MAX_VALUE);
    }

    private static List<List<Integer>> agglomerate(List<Member> members, List<List<Integer>> start, Map<Long, Double> sims,
                                                   int windowDays, double threshold) {
        int n = members.size();
        int k = start.size();
        int[] clusterOf = new int[n];
        // per cluster: its members, its dated days sorted, its undated count
        List<List<Integer>> items = new ArrayList<>();
        int[][] days = new int[k][];
        int[] undated = new int[k];
        int[] version = new int[k];
        List<Map<Integer, Double>> sums = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Integer> it = new ArrayList<>(start.get(c));
            items.add(it);
            List<Integer> ds = new ArrayList<>();
            for (int i : it) {
                clusterOf[i] = c;
                Integer d = members.get(i).day();
                if (d == null) {
                    undated[c]++;
                } else {
                    ds.add(d);
                }
            }
            days[c] = ds.stream().mapToInt(Integer::intValue).sorted().toArray();
            sums.add(new HashMap<>());
        }
        for (Map.Entry<Long, Double> e : sims.entrySet()) {
            int a = (int) (e.getKey() / n);
            int b = (int) (e.getKey() % n);
            if (clusterOf[a] == clusterOf[b] || !comparable(members.get(a).day(), members.get(b).day(), windowDays)) {
                continue;
            }
            sums.get(clusterOf[a]).merge(clusterOf[b], e.getValue(), Double::sum);
            sums.get(clusterOf[b]).merge(clusterOf[a], e.getValue(), Double::sum);
        }
        // candidates by mean similarity, best first; ties broken by indexes so the result is deterministic
        PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.<double[]>comparingDouble(c -> -c[0])
                .thenComparingDouble(c -> c[1]).thenComparingDouble(c -> c[2]));
        for (int a = 0; a < k; a++) {
            for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
                int b = e.getKey();
                if (a < b) {
                    offer(queue, a, b, e.getValue(), days, undated, windowDays, threshold, version);
                }
            }
        }
        boolean[] gone = new boolean[k];
        while (!queue.isEmpty()) {
            double[] c = queue.poll();
            int a = (int) c[1];
            int b = (int) c[2];
            if (gone[a] || gone[b] || version[a] != (int) c[3] || version[b] != (int) c[4]) {
                continue;
            }
            // merge b into a
            items.get(a).addAll(items.get(b));
            items.set(b, null);
            days[a] = mergeSorted(days[a], days[b]);
            undated[a] += undated[b];
            gone[b] = true;
            version[a]++;
            Map<Integer, Double> sa = sums.get(a);
            Map<Integer, Double> sb = sums.get(b);
            sa.remove(b);
            for (Map.Entry<Integer, Double> e : sb.entrySet()) {
                if (e.getKey() != a) {
                    sa.merge(e.getKey(), e.getValue(), Double::sum);
                    Map<Integer, Double> other = sums.get(e.getKey());
                    other.remove(b);
                    other.merge(a, e.getValue(), Double::sum);
                }
            }
            sums.set(b, null);
            for (Map.Entry<Integer, Double> e : sa.entrySet()) {
                int x = Math.min(a, e.getKey());
                int y = Math.max(a, e.getKey());
                offer(queue, x, y, e.getValue(), days, undated, windowDays, threshold, version);
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (List<Integer> it : items) {
            if (it != null) {
                it.sort(null);
                clusters.add(it);
            }
        }
        clusters.sort(Comparator.comparing(c -> c.get(0)));
        return clusters;
    }

    private static void offer(PriorityQueue<double[]> queue, int a, int b, double sum, int[][] days, int[] undated,
                              int window, double threshold, int[] version) {
        long comparable = comparablePairs(days[a], days[b], window) + (long) undated[a] * undated[b];
        if (comparable == 0) {
            return;
        }
        double mean = sum / comparable;
        if (mean >= threshold) {
            queue.add(new double[] {mean, a, b, version[a], version[b]});
        }
    }

    /** Pairs (x in a, y in b) with |x - y| <= window; both arrays sorted. */
    static long comparablePairs(int[] a, int[] b, int window) {
        int[] small = a.length <= b.length ? a : b;
        int[] big = small == a ? b : a;
        long n = 0;
        for (int d : small) {
            n += upperBound(big, d + window) - lowerBound(big, d - window);
        }
        return n;
    }

    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(int[] a, int key) {
        return lowerBound(a, key + 1);
    }

    private static int[] mergeSorted(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        Arrays.sort(out);
        return out;
    }

    /**
     * Cosine similarity of every comparable pair that shares a term, keyed {@code a * n + b} (a < b),
     * found through an inverted index of the block's terms; terms of more than {@code maxPosting}
     * articles are left out (see {@link StoryParams#maxPosting()}).
     */
    static Map<Long, Double> similarities(List<Member> members, int windowDays, int maxPosting) {
        int n = members.size();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : members.get(i).vector().keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Double> sims = new HashMap<>();
        for (Map.Entry<String, List<Integer>> p : postings.entrySet()) {
            List<Integer> docs = p.getValue();
            if (docs.size() > maxPosting) {
                continue;
            }
            for (int x = 0; x < docs.size(); x++) {
                int a = docs.get(x);
                Member ma = members.get(a);
                double wa = ma.vector().get(p.getKey());
                for (int y = x + 1; y < docs.size(); y++) {
                    int b = docs.get(y);
                    Member mb = members.get(b);
                    if (!comparable(ma.day(), mb.day(), windowDays)) {
                        continue;
                    }
                    sims.merge((long) Math.min(a, b) * n + Math.max(a, b), wa * mb.vector().get(p.getKey()), Double::sum);
                }
            }
        }
        return sims;
    }

    static boolean comparable(Integer a, Integer b, int windowDays) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= windowDays;
    }
}
