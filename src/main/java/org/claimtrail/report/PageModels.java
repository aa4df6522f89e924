package org.claimtrail.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.spark.sql.Row;

/**
 * Turns the report rows into pages: the index (stories most recent first, each series' latest
 * estimate) and a page per story that has estimates (a chart per series, with its evidence). Pure:
 * rows in, {@link Pages} values out.
 */
final class PageModels {

    private PageModels() {
    }

    /** The story of series that belong to none (claims of articles the story stage left alone). */
    static final String NO_STORY = "no-story";

    /** The index and the story pages; {@code scripts} is what each story page inlines. */
    record Built(Pages.Index index, List<Pages.StoryPage> stories) {
    }

    static Built build(ReportInput in, String scripts) {
        Map<String, Pages.Story> stories = new LinkedHashMap<>();
        for (Row r : in.stories()) {
            Pages.Story s = story(r);
            stories.put(s.storyId(), s);
        }
        Map<String, List<Row>> evidenceBySeries = bySeries(in.evidence());
        Map<String, List<Row>> timelineBySeries = bySeries(in.timeline());
        Map<String, List<Row>> convergenceBySeries = bySeries(in.convergence());
        // series of each story, in the evidence's order (by label); a story's page exists when it has one
        Map<String, List<String>> seriesOfStory = new LinkedHashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        for (Map.Entry<String, List<Row>> e : evidenceBySeries.entrySet()) {
            Row first = e.getValue().get(0);
            String story = storyKey(first.getAs("story_id"));
            seriesOfStory.computeIfAbsent(story, k -> new ArrayList<>()).add(e.getKey());
            labelOf.put(e.getKey(), Objects.requireNonNullElse(first.getAs("series_label"), e.getKey()));
            stories.computeIfAbsent(story, k -> new Pages.Story(k, NO_STORY.equals(k) ? "Estimates outside any story" : k,
                    "", "", 0, 0));
        }
        Map<String, String> files = fileNames(seriesOfStory.keySet());

        List<Pages.StoryPage> pages = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : seriesOfStory.entrySet()) {
            List<Pages.Series> series = new ArrayList<>();
            Pages.Story story = stories.get(e.getKey());
            for (String seriesId : e.getValue()) {
                series.add(series(seriesId, shortLabel(labelOf.get(seriesId), story.label()), evidenceBySeries.get(seriesId),
                        timelineBySeries.getOrDefault(seriesId, List.of()),
                        convergenceBySeries.getOrDefault(seriesId, List.of()), in.discrepancies()));
            }
            pages.add(new Pages.StoryPage(story, files.get(e.getKey()), series, scripts));
        }

        Map<String, List<Pages.Latest>> latest = new HashMap<>();
        for (Row r : in.summary()) {
            String story = storyKey(r.getAs("story_id"));
            String seriesId = r.getAs("series_id");
            String storyLabel = stories.containsKey(story) ? stories.get(story).label() : null;
            latest.computeIfAbsent(story, k -> new ArrayList<>()).add(new Pages.Latest(
                    shortLabel(Objects.requireNonNullElse(r.getAs("series_label"), seriesId), storyLabel), anchor("s", seriesId),
                    r.getAs("latest_quantity"), r.getAs("latest_source"), day(r.getAs("latest_date"))));
        }
        latest.values().forEach(l -> l.sort(Comparator.comparing(Pages.Latest::seriesLabel)));
        List<Pages.Story> ordered = new ArrayList<>(stories.values());
        ordered.sort(MOST_RECENT_FIRST);
        List<Pages.StoryLine> lines = new ArrayList<>();
        for (Pages.Story s : ordered) {
            String file = files.get(s.storyId());
            lines.add(new Pages.StoryLine(s, file == null ? null : "story/" + file,
                    latest.getOrDefault(s.storyId(), List.of())));
        }
        return new Built(new Pages.Index(in.run(), in.tables(), in.rejects(), lines), pages);
    }

    /** Latest day first (ISO days sort as text), undated stories last, then by label. */
    static final Comparator<Pages.Story> MOST_RECENT_FIRST = Comparator
            .comparing((Pages.Story s) -> s.lastDate().isEmpty() ? s.firstDate() : s.lastDate(), Comparator.reverseOrder())
            .thenComparing(Pages.Story::firstDate, Comparator.reverseOrder())
            .thenComparing(Pages.Story::label);

    private static Pages.Story story(Row r) {
        return new Pages.Story(r.getAs("story_id"), Objects.requireNonNullElse(r.getAs("label"), r.getAs("story_id")),
                day(r.getAs("first_date")), day(r.getAs("last_date")), number(r, "n_articles"), number(r, "n_outlets"));
    }

    private static Pages.Series series(String seriesId, String label, List<Row> evidence, List<Row> timeline,
            List<Row> convergence, List<Row> discrepancies) {
        Map<String, List<Row>> byAssertion = new LinkedHashMap<>();
        for (Row r : evidence) {
            byAssertion.computeIfAbsent(r.getAs("assertion_id"), k -> new ArrayList<>()).add(r);
        }
        Map<String, ChartData.Carried> carried = new HashMap<>();
        List<Pages.Evidence> rows = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byAssertion.entrySet()) {
            Pages.Evidence ev = evidence(e.getKey(), e.getValue(), discrepancies);
            rows.add(ev);
            carried.put(e.getKey(), new ChartData.Carried(ev.projected(),
                    ev.outlets().stream().map(o -> o.lang() == null ? o.name() : o.name() + " (" + o.lang() + ")").distinct().toList(),
                    ev.sentence().before() + ev.sentence().figure() + ev.sentence().after()));
        }
        ChartData.Chart chart = ChartData.build(timeline, convergence, carried);
        return new Pages.Series(seriesId, anchor("s", seriesId), label, anchor("chart", seriesId),
                ScriptJson.of(chart.data()), chart.points(), chart.logScale(), rows);
    }

    private static Pages.Evidence evidence(String assertionId, List<Row> reports, List<Row> discrepancies) {
        Row a = reports.get(0);
        boolean projected = reports.stream().allMatch(r -> "projected".equals(r.getAs("modality")));
        List<Pages.Outlet> outlets = new ArrayList<>();
        Set<String> docs = new HashSet<>();
        Row quoted = null;
        for (Row r : reports) {
            if (!docs.add(r.getAs("doc_id"))) {
                continue;
            }
            outlets.add(new Pages.Outlet(Objects.requireNonNullElse(r.getAs("outlet"), "(unknown outlet)"),
                    httpUrl(r.getAs("url")), r.getAs("title"), day(r.getAs("published")), r.getAs("copy_of"), r.getAs("lang")));
            if (quoted == null && r.getAs("copy_of") == null) {
                quoted = r;
            }
        }
        quoted = quoted == null ? a : quoted;
        String stated = day(a.getAs("stated_on"));
        return new Pages.Evidence(anchor("a", assertionId), day(a.getAs("as_of")),
                stated.isEmpty() ? "first published (the statement's day is not given)" : "stated",
                "unattributed".equals(a.getAs("source_key")) ? "(unattributed)" : a.getAs("source_name"),
                a.getAs("assertion_text"), projected, outlets,
                highlight(quoted.getAs("sentence"), quoted.getAs("article_text")),
                flags(assertionId, reports, discrepancies));
    }

    /**
     * The discrepancies that concern an assertion: an outlet that wrote its figure otherwise, and,
     * on the other side, an article figure of this assertion that differs from a better-carried one.
     */
    static List<String> flags(String assertionId, List<Row> reports, List<Row> discrepancies) {
        List<String> out = new ArrayList<>();
        for (Row d : discrepancies) {
            if (assertionId.equals(d.getAs("assertion_id"))) {
                out.add(d.getAs("outlet") + " wrote \u201c" + d.getAs("article_text") + "\u201d: " + kind(d));
            }
            for (Row r : reports) {
                if (Objects.equals(r.getAs("doc_id"), d.getAs("doc_id"))
                        && Objects.equals(r.getAs("article_text"), d.getAs("article_text"))
                        && !assertionId.equals(d.getAs("assertion_id"))) {
                    out.add("differs from \u201c" + d.getAs("assertion_text") + "\u201d by " + d.getAs("source_name")
                            + " as carried by " + d.getAs("assertion_articles") + " articles: " + kind(d));
                    break;
                }
            }
        }
        return out;
    }

    private static String kind(Row d) {
        String kind = Objects.requireNonNullElse(d.getAs("kind"), "");
        return switch (kind) {
            case "metric" -> "another metric (" + d.getAs("article_metric") + " for " + d.getAs("assertion_metric") + ")";
            case "bounds", "qualifier" -> hedgeDropped(d) ? "dropped the hedge \u201c" + words(d.getAs("assertion_qualifier")) + "\u201d"
                    : "bounds".equals(kind) ? "other bounds"
                    : "another qualifier (" + words(d.getAs("article_qualifier")) + " for " + words(d.getAs("assertion_qualifier")) + ")";
            default -> kind;
        };
    }

    /** A qualifier as words: at_least is "at least", approx "about". */
    static String words(String qualifier) {
        return qualifier == null ? "none" : "approx".equals(qualifier) ? "about" : qualifier.replace('_', ' ');
    }

    private static boolean hedgeDropped(Row d) {
        return "exact".equals(d.getAs("article_qualifier")) && !"exact".equals(d.getAs("assertion_qualifier"));
    }

    /** The sentence cut at the figure as the article wrote it (first match, then ignoring case); uncut if absent. */
    static Pages.Sentence highlight(String sentence, String figure) {
        if (sentence == null) {
            return new Pages.Sentence("", "", "");
        }
        if (figure == null || figure.isEmpty()) {
            return new Pages.Sentence(sentence, "", "");
        }
        int at = sentence.indexOf(figure);
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (at < 0 && lower.length() == sentence.length()) { // same length: the indices still match
            at = lower.indexOf(figure.toLowerCase(Locale.ROOT));
        }
        if (at < 0) {
            return new Pages.Sentence(sentence, "", "");
        }
        return new Pages.Sentence(sentence.substring(0, at), sentence.substring(at, at + figure.length()),
                sentence.substring(at + figure.length()));
    }

    /** A series label without its story's label at the end: on the story's own card and page it says nothing. */
    static String shortLabel(String seriesLabel, String storyLabel) {
        String suffix = " \u00b7 " + storyLabel;
        return storyLabel != null && seriesLabel.endsWith(suffix) && seriesLabel.length() > suffix.length()
                ? seriesLabel.substring(0, seriesLabel.length() - suffix.length()) : seriesLabel;
    }

    /** Only http and https URLs become links: no javascript: or data: from an article's metadata. */
    static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : null;
    }

    /** An id for an element or a file name: letters, digits, '-' and '_' only. */
    static String anchor(String prefix, String id) {
        String safe = Objects.requireNonNullElse(id, "none").replaceAll("[^A-Za-z0-9_-]", "_");
        return prefix + "-" + (safe.length() > 100 ? safe.substring(0, 100) : safe);
    }

    /** A file name per story, from its id, unique among them. */
    static Map<String, String> fileNames(Iterable<String> storyIds) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : storyIds) {
            String base = anchor("story", id).substring("story-".length());
            String file = base + ".html";
            for (int i = 2; !taken.add(file); i++) {
                file = base + "-" + i + ".html";
            }
            out.put(id, file);
        }
        return out;
    }

    private static String storyKey(String storyId) {
        return storyId == null ? NO_STORY : storyId;
    }

    private static Map<String, List<Row>> bySeries(List<Row> rows) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(r.getAs("series_id"), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static String day(Object d) {
        return d instanceof LocalDate ld ? ld.toString() : d == null ? "" : d.toString();
    }

    private static long number(Row r, String field) {
        Object v = r.getAs(field);
        return v instanceof Number n ? n.longValue() : 0;
    }
}
