package org.claimtrail.report;

import java.util.List;

/**
 * What the report's templates show, as plain values: the index page and a page per story. Built
 * from the report rows by {@link PageModels}, rendered by {@link PageRenderer}; every string here is
 * data (a headline, a source's name, a sentence) that the templates escape.
 */
public final class Pages {

    private Pages() {
    }

    /** The index: the run, what each stage wrote, the rejects, and the stories, most recent first. */
    public record Index(Run run, List<Count> tables, List<Count> rejects, List<StoryLine> stories) {
    }

    /** The run the report belongs to. {@code stageLines} are the lines the stages printed, in order. */
    public record Run(String runId, String generated, List<String> inputs, List<String> stageLines) {
    }

    /** A label and a number: rows of a table, rejects of a reason. */
    public record Count(String label, long n) {
    }

    /** A story on the index, with the latest estimate of each of its series. */
    public record StoryLine(Story story, String href, List<Latest> latest) {
    }

    /** A story as the story stage wrote it. Dates are ISO days or empty. */
    public record Story(String storyId, String label, String firstDate, String lastDate, long nArticles, long nOutlets) {
    }

    /** A series' latest estimate, from the summary report. */
    public record Latest(String seriesLabel, String anchor, String quantity, String source, String day) {
    }

    /** A story's page: its series, each with a chart and the evidence below it. */
    public record StoryPage(Story story, String fileName, List<Series> series, String scripts) {
    }

    /**
     * One estimate series: {@code chartJson} is the chart's data, already safe to embed in a script
     * element ({@link ScriptJson}); {@code points} how many estimates the chart draws.
     */
    public record Series(String seriesId, String anchor, String label, String chartId, String chartJson, int points,
                         boolean logScale, List<Evidence> evidence) {
    }

    /** One assertion: a source's figure on a day, the outlets that carried it, the sentence, the flags. */
    public record Evidence(String anchor, String day, String dayNote, String source, String quantity,
                           boolean projected, List<Outlet> outlets, Sentence sentence, List<String> discrepancies) {
    }

    /** An outlet that carried an assertion: a link to its article when the URL is http(s), and its language. */
    public record Outlet(String name, String url, String title, String published, String copyOf, String lang) {
    }

    /** A sentence cut around the figure, so the template can mark it without any markup in the data. */
    public record Sentence(String before, String figure, String after) {
    }

    /** What index.jte takes: the page and the style it inlines. */
    public record IndexView(Index page, String style) {
    }

    /** What story.jte takes: the page and the style it inlines. */
    public record StoryView(StoryPage page, String style) {
    }
}
