package org.claimtrail.ingest;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.LexiconFile;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * What {@link HtmlArticle} needs to find an article in a page, from {@code conf/lexicon/html.tsv}:
 * selectors of page furniture to drop, selectors of article bodies, and the meta names that hold the
 * headline and the publication date. This class only knows the four kinds of rule; the rules are data.
 *
 * @param drop  CSS selectors of elements removed before the body is looked for
 * @param body  CSS selectors of article bodies, in order of trust
 * @param title meta names or properties with the headline, in order
 * @param date  meta names, properties or itemprops with the publication date, in order
 */
public record HtmlRules(List<String> drop, List<String> body, List<String> title, List<String> date)
        implements Serializable {

    public HtmlRules {
        drop = List.copyOf(drop);
        body = List.copyOf(body);
        title = List.copyOf(title);
        date = List.copyOf(date);
    }

    public static HtmlRules load(Path file) {
        List<String> drop = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> title = new ArrayList<>();
        List<String> date = new ArrayList<>();
        for (LexiconFile.Entry e : LexiconFile.read(file)) {
            String kind = e.field(0).toLowerCase(Locale.ROOT);
            String value = e.field(1);
            switch (kind) {
                case "drop", "body" -> {
                    try {
                        QueryParser.parse(value);
                    } catch (Selector.SelectorParseException ex) {
                        throw new ConfigException(e.file() + ":" + e.lineNumber() + ": bad CSS selector: " + ex.getMessage());
                    }
                    (kind.equals("drop") ? drop : body).add(value);
                }
                case "title" -> title.add(value);
                case "date" -> date.add(value);
                default -> throw new ConfigException(e.file() + ":" + e.lineNumber()
                        + ": kind must be drop, body, title or date, got '" + e.field(0) + "'");
            }
        }
        return new HtmlRules(drop, body, title, date);
    }
}
