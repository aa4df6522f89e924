package org.claimtrail.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The HTML report an analyst opens: {@code index.html} (the run, the stages' counts, the rejects,
 * the stories most recent first with each series' latest estimate) and {@code story/ID.html} per
 * story with estimates (each series as an interactive chart over its evidence). Every page carries
 * its scripts and style, so the folder opens offline and can be mailed as it is.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    static Path write(Path dir, ReportInput input) {
        PageModels.Built built = PageModels.build(input, Assets.scripts());
        PageRenderer renderer = new PageRenderer(Assets.style());
        try {
            Files.createDirectories(dir.resolve("story"));
            for (Pages.StoryPage page : built.stories()) {
                Files.writeString(dir.resolve("story").resolve(page.fileName()), renderer.story(page), StandardCharsets.UTF_8);
            }
            Path index = dir.resolve("index.html");
            Files.writeString(index, renderer.index(built.index()), StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the HTML report in " + dir + ": " + e.getMessage(), e);
        }
    }
}
