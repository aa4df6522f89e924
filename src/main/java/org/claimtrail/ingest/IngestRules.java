package org.claimtrail.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the ingest functions need from configuration, shipped to executors with the task.
 *
 * @param html      how an archived page's article is found (WARC input)
 * @param maxBytes  largest record accepted, in bytes (after decompression)
 * @param today     the run's date: a published date after it is not believed
 * @param languages the languages an article's text is detected among, when it does not say its own
 */
public record IngestRules(BoilerplateFilter boilerplate, HtmlRules html, long maxBytes, LocalDate today, Languages languages)
        implements Serializable {

    /** Without language detection: an article is in the language it says, or none. */
    public IngestRules(BoilerplateFilter boilerplate, HtmlRules html, long maxBytes, LocalDate today) {
        this(boilerplate, html, maxBytes, today, Languages.englishOnly());
    }
}
