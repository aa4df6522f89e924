package org.claimtrail.testing;

import java.time.LocalDate;

import org.claimtrail.ingest.BoilerplateFilter;
import org.claimtrail.ingest.HtmlRules;
import org.claimtrail.ingest.IngestRules;

/** Ingest rules for tests: the project's boilerplate and HTML lexicons, a 1 MB limit, a fixed "today". */
public final class TestIngest {

    private TestIngest() {
    }

    public static final IngestRules RULES = new IngestRules(
            BoilerplateFilter.load(ProjectFiles.lexicon("boilerplate.tsv")),
            HtmlRules.load(ProjectFiles.lexicon("html.tsv")), 1_000_000, LocalDate.of(2025, 1, 10));
}
