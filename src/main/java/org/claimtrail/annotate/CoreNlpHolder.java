package org.claimtrail.annotate;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The CoreNLP pipelines of this JVM, built lazily on first use and shared by every task thread
 * (CoreNLP's annotators are safe for concurrent use; its own {@code -threads} mode relies on that).
 * Only {@link AnnotatorConfig} travels from the driver; the models load here, once per executor JVM
 * and configuration.
 */
public final class CoreNlpHolder {

    private CoreNlpHolder() {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpHolder.class);
    private static final Map<String, Pipelines> PIPELINES = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    /**
     * The cheap pipeline (tokenize, ssplit) and those that run on chosen sentences: candidates with a
     * date cue when SUTime reads whole sentences ({@code dated}; null when it reads the spans around
     * date cues, {@link TimeWindows}, as its NER would load the CRF a second time for nothing),
     * candidates without one, the spans around date cues, and context sentences. Annotators with
     * equal settings are shared between them by CoreNLP's annotator pool, so each model loads once.
     */
    public record Pipelines(StanfordCoreNLP split, StanfordCoreNLP dated, StanfordCoreNLP undated,
                            StanfordCoreNLP timeWindows, StanfordCoreNLP context, long loadMillis) {
    }

    public static Pipelines get(AnnotatorConfig config) {
        // Keyed by the CoreNLP properties alone: configurations that differ only in the candidate
        // filter or the budgets share one set of models.
        return PIPELINES.computeIfAbsent(config.properties().toString(), k -> load(config));
    }

    /**
     * Drops this JVM's pipelines when it holds several languages' models. The driver calls it once
     * annotate's outcomes are stored: in local mode the driver is the executor, and three languages'
     * models (about 2 GB) left in a 3 GB heap starved the story stage's joins until Spark gave up
     * (UNABLE_TO_ACQUIRE_MEMORY on dev plus dev-multilingual). One language's models fit beside
     * Spark, and stay for the next run in the same JVM. A later use loads them again.
     */
    public static void releaseIfSeveral() {
        if (PIPELINES.size() > 1) {
            PIPELINES.clear();
        }
    }

    /** How many times this JVM has loaded models: 1 per configuration, however many threads asked. */
    public static int loads() {
        return LOADS.get();
    }

    private static Pipelines load(AnnotatorConfig config) {
        long t0 = System.nanoTime();
        Properties split = config.coreNlp();
        // German and Spanish split contractions ("am" is "an dem", "del" "de el") before tagging: mwt
        split.setProperty("annotators", config.properties().getOrDefault("claimtrail.split.annotators", "tokenize,ssplit"));
        StanfordCoreNLP splitPipeline = new StanfordCoreNLP(split);
        // These run on sentences the split pipeline made, so they do not re-tokenize.
        StanfordCoreNLP dated = config.sutimeWindow() > 0 ? null : new StanfordCoreNLP(config.coreNlp(), false);
        StanfordCoreNLP undated = new StanfordCoreNLP(config.coreNlpWithoutTime(), false);
        StanfordCoreNLP timeWindows = new StanfordCoreNLP(config.coreNlpForTimeWindows(), false);
        StanfordCoreNLP context = new StanfordCoreNLP(config.coreNlpForContext(), false);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        LOADS.incrementAndGet();
        LOG.info("CoreNLP models loaded in {} ms (annotators {}, config {})", millis,
                config.coreNlp().getProperty("annotators"), config.hash().substring(0, 12));
        return new Pipelines(splitPipeline, dated, undated, timeWindows, context, millis);
    }
}
