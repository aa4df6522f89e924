package org.claimtrail.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.claimtrail.ingest.ArticleFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a configuration's CoreNLP models on a background thread, so that the load (about 8 s for
 * English on this project's 2-core machine) runs while Spark starts and ingest reads, not at the
 * start of annotate; then warms the annotators up on a short article of our own, so the JIT has
 * compiled them by then too. Only for a JVM that will annotate: on a local master the driver is the
 * executor. A task that needs the models meanwhile waits for this load instead of starting
 * another ({@link CoreNlpHolder} loads each configuration once); a load that fails here fails
 * again, with its error, in the task that needs it.
 */
public final class ModelPreload {

    private ModelPreload() {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModelPreload.class);

    /**
     * Rounds of the warm-up article: a cold CoreNLP annotates at about half its speed for its first
     * seconds. Eight rounds (about 2 s) took the 2,000-article bench's CoreNLP pass from 94.8 to
     * 88.5 s; twenty did no better on the sample run and made its ingest slower.
     */
    static final int WARM_UP_ROUNDS = 8;

    public static void start(AnnotatorConfig config) {
        Thread t = new Thread(() -> {
            try {
                CoreNlpHolder.get(config);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("models not loaded ahead of annotate ({}); annotate loads them", e.toString());
                return;
            }
            warmUp(config, WARM_UP_ROUNDS);
        }, "claimtrail-model-preload");
        t.setDaemon(true); // a run that ends before annotate (a lost lease, an error) does not wait for it
        t.start();
    }

    /**
     * Annotates the warm-up article ({@code warmup.txt}: figures, days, names, a quote, a context
     * sentence, so every annotator runs) {@code rounds} times; returns the last result, or null when
     * it could not (the run goes on cold). Its annotations go nowhere: CoreNLP keeps no state from
     * one article to the next.
     */
    static AnnotatedArticle warmUp(AnnotatorConfig config, int rounds) {
        String text;
        try (InputStream in = ModelPreload.class.getResourceAsStream("warmup.txt")) {
            if (in == null) {
                return null;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        long t0 = System.nanoTime();
        AnnotatedArticle last = null;
        try {
            // taken once: should annotate be over and release the models (several languages), the
            // warm-up must not load them again
            CoreNlpHolder.Pipelines pipelines = CoreNlpHolder.get(config);
            String sha256 = ArticleFactory.sha256(text);
            for (int i = 0; i < rounds; i++) {
                last = ArticleAnnotator.annotateNow(pipelines, config, "warm-up", sha256, text, LocalDate.of(2025, 3, 4));
            }
        } catch (ArticleAnnotator.AnnotateFailure | RuntimeException e) {
            LOG.warn("annotators not warmed up ({})", e.toString());
            return null;
        }
        LOG.info("annotators warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
        return last;
    }
}
