package org.claimtrail.testing;

import java.time.LocalDate;

import org.claimtrail.annotate.AnnotatedArticle;
import org.claimtrail.annotate.AnnotatorConfig;
import org.claimtrail.annotate.ArticleAnnotator;
import org.claimtrail.annotate.CandidateFilter;
import org.claimtrail.ingest.ArticleFactory;

/**
 * The project's own annotate configuration (conf/corenlp.properties and conf/lexicon) for tests.
 * CoreNLP loads its models once per test JVM, on the first call, through the stage's own holder.
 */
public final class TestAnnotator {

    private TestAnnotator() {
    }

    public static final AnnotatorConfig CONFIG = AnnotatorConfig.load(
            ProjectFiles.home().resolve("conf/corenlp.properties"),
            CandidateFilter.load(ProjectFiles.home().resolve("conf/lexicon"), 1),
            200_000, 250, 120_000);

    public static AnnotatedArticle annotate(String text, LocalDate published) {
        return annotate(CONFIG, text, published);
    }

    /** The configuration of another language read: conf/corenlp-LANG.properties and conf/lexicon/LANG. */
    public static AnnotatorConfig config(String lang) {
        return lang.equals("en") ? CONFIG : AnnotatorConfig.load(
                ProjectFiles.home().resolve("conf/corenlp-" + lang + ".properties"),
                CandidateFilter.load(new org.claimtrail.config.LexiconFolder(ProjectFiles.home().resolve("conf/lexicon"), lang), 1),
                200_000, 250, 120_000);
    }

    public static AnnotatedArticle annotate(AnnotatorConfig config, String text, LocalDate published) {
        try {
            return ArticleAnnotator.annotate(config, "t", ArticleFactory.sha256(text), text, published);
        } catch (ArticleAnnotator.AnnotateFailure e) {
            throw new AssertionError(e.reason() + ": " + e.getMessage(), e);
        }
    }
}
