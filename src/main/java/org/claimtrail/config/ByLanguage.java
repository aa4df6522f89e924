package org.claimtrail.config;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One thing per language read (models and filter, an extractor), looked up by an article's language
 * code ("de", "de-AT"). An article with no language, or one not listed, gets English's.
 */
public record ByLanguage<T extends Serializable>(TreeMap<String, T> byCode) implements Serializable {

    public ByLanguage {
        if (!byCode.containsKey(LexiconFolder.ROOT_LANGUAGE)) {
            throw new IllegalArgumentException("every language set holds English, the default: " + byCode.keySet());
        }
    }

    /** The same thing for every article, whatever its language (tests, benchmarks). */
    public static <T extends Serializable> ByLanguage<T> of(T english) {
        TreeMap<String, T> m = new TreeMap<>();
        m.put(LexiconFolder.ROOT_LANGUAGE, english);
        return new ByLanguage<>(m);
    }

    public T forLanguage(String lang) {
        T t = lang == null ? null : byCode.get(lang.split("[-_]")[0].toLowerCase(Locale.ROOT));
        return t != null ? t : english();
    }

    public T english() {
        return byCode.get(LexiconFolder.ROOT_LANGUAGE);
    }

    public Collection<T> values() {
        return byCode.values();
    }

    public <R extends Serializable> ByLanguage<R> map(Function<T, R> f) {
        TreeMap<String, R> m = new TreeMap<>();
        byCode.forEach((k, v) -> m.put(k, f.apply(v)));
        return new ByLanguage<>(m);
    }
}
