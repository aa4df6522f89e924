package org.claimtrail.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Average linkage on hand-made vectors: round-ups, windows, continuation, undated articles. */
class StoryLinkageTest {

    /** A unit vector with equal weight on each term. */
    static Map<String, Double> vector(String... terms) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms) {
            v.put(t, 1 / Math.sqrt(terms.length));
        }
        return v;
    }

    static StoryLinkage.Member member(String id, Integer day, String... terms) {
        return new StoryLinkage.Member(id, day, vector(terms));
    }

    /** The clusters as sets of doc ids. */
    static Set<Set<String>> ids(List<StoryLinkage.Member> members, List<List<Integer>> clusters) {
        Set<Set<String>> out = new HashSet<>();
        for (List<Integer> c : clusters) {
            Set<String> s = new HashSet<>();
            c.forEach(i -> s.add(members.get(i).docId()));
            out.add(s);
        }
        return out;
    }

    /** Three stories on the same days, each four articles sharing most of their terms. */
    static List<StoryLinkage.Member> threeStories() {
        List<StoryLinkage.Member> m = new ArrayList<>();
        for (String s : List.of("quake", "fire", "siege")) {
            for (int i = 0; i < 4; i++) {
                m.add(member(s + i, 100 + i, s, s + "-place", s + "-actor", s + "-word", s + "-extra" + i));
            }
        }
        return m;
    }

    @Test
    void aRoundUpOfThreeStoriesDoesNotMergeThem() {
        List<StoryLinkage.Member> m = threeStories();
        // resembles one article of each story as much as the articles of a story resemble each other
        m.add(member("roundup", 102, "quake", "quake-place", "fire", "fire-place", "siege", "siege-place"));
        Set<Set<String>> clusters = ids(m, StoryLinkage.cluster(m, 30, 0.10, 365, 0.12, 300));
        for (Set<String> c : clusters) {
            long stories = c.stream().filter(id -> !id.equals("roundup")).map(id -> id.replaceAll("\\d+$", "")).distinct().count();
            assertTrue(stories <= 1, "a cluster mixes stories: " + c);
        }
        assertEquals(3, clusters.stream().filter(c -> c.size() >= 4).count(), clusters.toString());
    }

    @Test
    void singleLinkWouldHaveChainedThem() {
        // the round-up's similarity to each story is far above the threshold, so single link merges all
        List<StoryLinkage.Member> m = threeStories();
        m.add(member("roundup", 102, "quake", "quake-place", "fire", "fire-place", "siege", "siege-place"));
        Map<Long, Double> sims = StoryLinkage.similarities(m, 30, Integer.MAX_VALUE);
        int roundup = m.size() - 1;
        double toQuake = sims.get((long) 0 * m.size() + roundup);
        double toFire = sims.get((long) 4 * m.size() + roundup);
        assertTrue(toQuake > 0.3 && toFire > 0.3, toQuake + " " + toFire);
    }

    @Test
    void aLongStoryGrowsDayByDayPastTheWindow() {
        // every article shares terms with the ones a few days before it; the first and last share none
        List<StoryLinkage.Member> m = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            m.add(member("d" + i, 5 * i, "t" + i, "t" + (i + 1), "t" + (i + 2), "story"));
        }
        Set<Set<String>> clusters = ids(m, StoryLinkage.cluster(m, 10, 0.10, 10, 0.12, 300));
        assertEquals(1, clusters.size(), clusters.toString());
    }

    @Test
    void aStoryResumesAfterAGapWithinTheHorizonOnly() {
        List<StoryLinkage.Member> m = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            m.add(member("spring" + i, i, "siege", "city", "general", "x" + i));
            m.add(member("autumn" + i, 200 + i, "siege", "city", "general", "y" + i));
        }
        assertEquals(2, StoryLinkage.cluster(m, 30, 0.10, 90, 0.12, 300).size());
        assertEquals(1, StoryLinkage.cluster(m, 30, 0.10, 365, 0.12, 300).size());
    }

    @Test
    void unrelatedArticlesStayApart() {
        List<StoryLinkage.Member> m = List.of(member("a", 1, "x", "y"), member("b", 1, "p", "q"), member("c", null, "x", "y"));
        // c is undated: not compared with dated articles here (attached later, by the stage)
        assertEquals(3, StoryLinkage.cluster(m, 30, 0.10, 365, 0.12, 300).size());
    }

    @Test
    void countsComparablePairsWithinTheWindow() {
        assertEquals(3, StoryLinkage.comparablePairs(new int[] {1, 5, 40}, new int[] {3, 10}, 5));
        assertEquals(0, StoryLinkage.comparablePairs(new int[] {}, new int[] {3}, 5));
    }

    @Test
    void isDeterministic() {
        List<StoryLinkage.Member> m = threeStories();
        m.add(member("roundup", 102, "quake", "quake-place", "fire", "fire-place", "siege", "siege-place"));
        assertEquals(StoryLinkage.cluster(m, 30, 0.10, 365, 0.12, 300), StoryLinkage.cluster(m, 30, 0.10, 365, 0.12, 300));
    }
}
