package org.claimtrail.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A language's regular verb endings ({@code verb_endings.tsv}: "ar" gives "ó", "aron", "ado", ...),
 * read once: a verb list may give an infinitive ("informar") for all its forms ("informó", "ha
 * informado"). A language without the file (English, whose lists hold lemmas) has no endings, and a
 * listed verb is only itself.
 */
public record VerbForms(List<LexiconFile.Entry> endings) {

    public static VerbForms of(LexiconFolder folder) {
        return new VerbForms(folder.readOptional("verb_endings.tsv"));
    }

    /** A verb as listed and, for an infinitive with listed endings, its regular forms. */
    public List<String> of(String listed) {
        List<String> forms = new ArrayList<>();
        forms.add(listed);
        String verb = listed.toLowerCase(Locale.ROOT);
        for (LexiconFile.Entry ending : endings) {
            String infinitive = ending.field(0);
            if (verb.endsWith(infinitive) && verb.length() > infinitive.length() + 1 && !verb.contains(" ")) {
                String stem = verb.substring(0, verb.length() - infinitive.length());
                for (String form : ending.field(1).split("\\s+")) {
                    forms.add(stem + form);
                }
                break;
            }
        }
        return forms;
    }
}
