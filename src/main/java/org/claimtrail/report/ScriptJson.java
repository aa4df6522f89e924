package org.claimtrail.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON for a page's {@code <script>} element. An HTML parser ends a script at the first
 * {@code </script} whatever JavaScript thinks, and reads {@code <!--} specially, so {@code <},
 * {@code >} and {@code &} are written as JSON's {@code \u003c} escapes; U+2028 and U+2029 too,
 * which older JavaScript engines take as line ends inside strings. These characters can only occur
 * inside JSON strings, where the escapes mean the same characters.
 */
final class ScriptJson {

    private ScriptJson() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static String of(Object value) {
        try {
            return escape(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data as JSON: " + e.getMessage(), e);
        }
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
