package org.claimtrail.report;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader's browser makes of one report page: {@link #problems} lists every JavaScript
 * console message, every chart that did not render or has nothing to draw, and every internal link
 * (to a file of the report, or to an element id) that leads nowhere.
 */
final class ReportInBrowser {

    private ReportInBrowser() {
    }

    static Document dom(Chromium.Loaded loaded, Path page) {
        return Jsoup.parse(loaded.dom(), page.toUri().toString());
    }

    static List<String> problems(Path page, Chromium.Loaded loaded) throws IOException {
        List<String> out = new ArrayList<>();
        String name = page.getFileName().toString();
        loaded.console().forEach(l -> out.add(name + ": console: " + l));
        Document dom = dom(loaded, page);
        var charts = dom.select("div.chart");
        if (!charts.isEmpty() || dom.body().hasAttr("data-charts")) {
            String rendered = dom.body().attr("data-charts-rendered");
            if (!String.valueOf(charts.size()).equals(rendered)) {
                out.add(name + ": " + charts.size() + " charts, rendered: '" + rendered + "'");
            }
        }
        for (Element chart : charts) {
            String points = chart.attr("data-points");
            // ECharts' SVG renderer draws each estimate as a circle or (a projection) a polygon
            int marks = chart.select("svg circle, svg path, svg polygon").size();
            if (!"true".equals(chart.attr("data-rendered")) || points.isEmpty() || Integer.parseInt(points) < 1 || marks == 0) {
                out.add(name + ": empty chart " + chart.id() + " (points " + points + ", svg marks " + marks + ")");
            }
        }
        for (Element a : dom.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                continue;
            }
            String problem = brokenLink(page, href);
            if (problem != null) {
                out.add(name + ": link '" + href + "' " + problem);
            }
        }
        return out;
    }

    /** Null when {@code href} (relative to {@code page}) names an existing file and, if it has a fragment, an element of it. */
    static String brokenLink(Path page, String href) throws IOException {
        URI uri = page.toUri().resolve(href);
        if (!"file".equals(uri.getScheme())) {
            return "is not a file of the report";
        }
        Path target = Path.of(URI.create("file://" + uri.getRawPath()));
        if (!Files.isRegularFile(target)) {
            return "leads to a missing file " + target;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()
                && Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
            return "leads to no element #" + fragment + " in " + target.getFileName();
        }
        return null;
    }
}
