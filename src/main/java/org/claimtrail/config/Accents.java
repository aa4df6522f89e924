package org.claimtrail.config;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Letters without their accents, so names meet however a text writes them: "Irán" and "Iran",
 * "Südkoreas" and "Sudkoreas", "Großbritannien" and "Grossbritannien". Stories, countries and source
 * keys all compare words so.
 */
public final class Accents {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Accents() {
    }

    public static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace("ß", "ss");
    }
}
