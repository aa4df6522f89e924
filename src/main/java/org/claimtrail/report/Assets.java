package org.claimtrail.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The scripts and style the pages inline, so a page works from {@code file://} with no network and
 * keeps working when the report folder is mailed: ECharts from its WebJar (the version the WebJar's
 * own pom.properties names), then our {@code report.js}, and {@code report.css}.
 */
final class Assets {

    private Assets() {
    }

    static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

    private static final String OWN = "org/claimtrail/report/";

    /** ECharts and report.js, ready to stand between {@code <script>} and {@code </script>}. */
    static String scripts() {
        return inlineScript(resource(echartsPath()) + "\n;\n" + resource(OWN + "report.js"));
    }

    static String style() {
        return resource(OWN + "report.css").replace("</", "<\\/");
    }

    static String echartsPath() {
        Properties pom = new Properties();
        try (InputStream in = stream(ECHARTS_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/echarts/" + pom.getProperty("version") + "/dist/echarts.min.js";
    }

    private static final Pattern SCRIPT_END = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);

    /**
     * A script's text made safe inside a script element: "&lt;/script" would end it early. Such text
     * can only stand in a JavaScript string, regular expression or comment, where "&lt;\/" means the same.
     */
    static String inlineScript(String js) {
        return SCRIPT_END.matcher(js).replaceAll("<\\\\/$1").replace("<!--", "<\\!--");
    }

    private static String resource(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = Assets.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + path + " (the HTML report needs it)");
        }
        return in;
    }
}
