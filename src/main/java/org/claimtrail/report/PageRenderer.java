package org.claimtrail.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the pages with the JTE templates of {@code src/main/jte}, compiled into the jar at build
 * time. JTE escapes every {@code ${...}} for where it stands (text, attribute, URL attribute);
 * the templates write unescaped only the inlined scripts and style and the chart JSON, which
 * {@link Assets} and {@link ScriptJson} make safe.
 */
final class PageRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String style;

    PageRenderer(String style) {
        this.style = style;
    }

    String index(Pages.Index index) {
        StringOutput out = new StringOutput();
        engine.render("index.jte", new Pages.IndexView(index, style), out);
        return out.toString();
    }

    String story(Pages.StoryPage page) {
        StringOutput out = new StringOutput();
        engine.render("story.jte", new Pages.StoryView(page, style), out);
        return out.toString();
    }

}
