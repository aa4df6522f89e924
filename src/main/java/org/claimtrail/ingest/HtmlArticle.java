package org.claimtrail.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in an HTML page: its headline, publication date, language and main text. A small
 * main-content extractor in the manner of readability: page furniture is removed by the selectors of
 * {@link HtmlRules}, the body is the first configured container with enough text (else the element
 * that holds the most paragraph text), and its blocks become paragraphs, blank-line separated, the
 * headline first, as the text corpora are written. Blocks that are mostly link text (menus, "related"
 * lists that no selector caught) are dropped.
 */
public final class HtmlArticle {

    private HtmlArticle() {
    }

    /** A body container needs this much text to be believed; less, and the next rule is tried. */
    static final int MIN_BODY_CHARS = 200;
    /** A block whose text is more than this share link text is navigation, not article. */
    static final double MAX_LINK_SHARE = 0.5;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a page yields; {@code paragraphs} empty means no article text was found.
     *
     * @param siteName the page's own name for its outlet (og:site_name), kept in meta
     */
    public record Extracted(String title, String published, String lang, String siteName, List<String> paragraphs) {

        /** The article text: the headline, then the paragraphs, blank-line separated. */
        public String text() {
            List<String> parts = new ArrayList<>();
            if (title != null && (paragraphs.isEmpty() || !paragraphs.get(0).equals(title))) {
                parts.add(title);
            }
            parts.addAll(paragraphs);
            return String.join("\n\n", parts);
        }

        /** The same page with the paragraphs that a test says are furniture left out. */
        public Extracted without(java.util.function.Predicate<String> furniture) {
            return new Extracted(title, published, lang, siteName, paragraphs.stream().filter(furniture.negate()).toList());
        }
    }

    public static Extracted extract(Document doc, HtmlRules rules) {
        // metadata first: JSON-LD lives in script elements, which the drop rules remove
        List<JsonNode> jsonLd = jsonLd(doc);
        String title = firstMeta(doc, rules.title())
                .or(() -> jsonLdValue(jsonLd, "headline"))
                .or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank()))
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text))
                .map(HtmlArticle::squash).filter(t -> !t.isBlank()).orElse(null);
        String published = null;
        for (String name : rules.date()) {
            published = metaContents(doc, name).stream().filter(v -> MetadataRules.parseIso(v).isPresent())
                    .findFirst().orElse(null);
            if (published != null) {
                break;
            }
        }
        if (published == null) {
            published = jsonLdValues(jsonLd, "datePublished").stream()
                    .filter(v -> MetadataRules.parseIso(v).isPresent()).findFirst().orElse(null);
        }
        String lang = Optional.ofNullable(doc.selectFirst("html[lang]")).map(e -> e.attr("lang"))
                .map(l -> l.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]).filter(l -> !l.isBlank()).orElse(null);
        String siteName = metaContents(doc, "og:site_name").stream().findFirst().map(HtmlArticle::squash).orElse(null);

        for (String selector : rules.drop()) {
            doc.select(selector).remove();
        }
        Element body = bodyElement(doc, rules);
        List<String> paragraphs = body == null ? List.of() : blocks(body);
        return new Extracted(title, published, lang, siteName, paragraphs);
    }

    /** The first configured container with enough text, else the element with the most paragraph text. */
    static Element bodyElement(Document doc, HtmlRules rules) {
        for (String selector : rules.body()) {
            Element best = null;
            int bestChars = 0;
            for (Element e : doc.select(selector)) {
                int chars = e.text().length();
                if (chars >= MIN_BODY_CHARS && chars > bestChars) {
                    best = e;
                    bestChars = chars;
                }
            }
            if (best != null) {
                return best;
            }
        }
        Element best = null;
        int bestChars = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int chars = 0;
            for (Element child : parent.children()) {
                if (child.nameIs("p")) {
                    chars += child.text().length();
                }
            }
            if (chars > bestChars) {
                best = parent;
                bestChars = chars;
            }
        }
        return best != null ? best : doc.body();
    }

    /** The text blocks of an element in document order, link-heavy ones left out. */
    static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final StringBuilder block = new StringBuilder();
            private int linkChars;
            private int inLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s\\u00a0]+", " ");
                    if (block.length() == 0 || block.charAt(block.length() - 1) == ' ' || block.charAt(block.length() - 1) == '\n') {
                        s = s.stripLeading();
                    }
                    block.append(s);
                    if (inLink > 0) {
                        linkChars += s.strip().length();
                    }
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        trimEnd();
                        block.append('\n');
                    } else if (e.nameIs("a")) {
                        inLink++;
                    } else if (e.isBlock()) {
                        flush();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.nameIs("a")) {
                        inLink--;
                    } else if (e.isBlock()) {
                        flush();
                    }
                }
                if (node == root) {
                    flush();
                }
            }

            private void trimEnd() {
                while (block.length() > 0 && block.charAt(block.length() - 1) == ' ') {
                    block.setLength(block.length() - 1);
                }
            }

            private void flush() {
                String text = block.toString().strip().replaceAll(" *\n+ *", "\n");
                int chars = text.replace("\n", "").length();
                if (!text.isEmpty() && linkChars <= MAX_LINK_SHARE * chars) {
                    out.add(text);
                }
                block.setLength(0);
                linkChars = 0;
            }
        }, root);
        return out;
    }

    /** Content of the meta elements with this name, property or itemprop, in document order. */
    static List<String> metaContents(Document doc, String name) {
        List<String> values = new ArrayList<>();
        for (Element m : doc.select("meta[content]")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
        }
        if (values.isEmpty()) {
            // <time itemprop="datePublished" datetime="...">
            for (Element t : doc.select("[itemprop][datetime]")) {
                if (name.equalsIgnoreCase(t.attr("itemprop"))) {
                    values.add(t.attr("datetime").strip());
                }
            }
        }
        return values;
    }

    private static Optional<String> firstMeta(Document doc, List<String> names) {
        for (String name : names) {
            List<String> v = metaContents(doc, name);
            if (!v.isEmpty()) {
                return Optional.of(v.get(0));
            }
        }
        return Optional.empty();
    }

    /** The JSON-LD blocks of a page; one that does not parse is passed over (pages often ship broken ones). */
    static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        Elements scripts = doc.select("script[type=application/ld+json]");
        for (Element s : scripts) {
            try {
                JsonNode n = JSON.readTree(s.data());
                if (n != null) {
                    nodes.add(n);
                }
            } catch (Exception e) {
                // not usable metadata; the page itself may still be a fine article
            }
        }
        return nodes;
    }

    private static Optional<String> jsonLdValue(List<JsonNode> nodes, String key) {
        return jsonLdValues(nodes, key).stream().findFirst();
    }

    /** Every string value of a key anywhere in the JSON-LD (objects, arrays, {@code @graph}), in order. */
    static List<String> jsonLdValues(List<JsonNode> nodes, String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            collect(n, key, out);
        }
        return out;
    }

    private static void collect(JsonNode n, String key, List<String> out) {
        if (n.isObject()) {
            JsonNode v = n.get(key);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText().strip());
            }
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), key, out);
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) {
                collect(c, key, out);
            }
        }
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
