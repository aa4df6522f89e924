package org.claimtrail.annotate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a configuration's CoreNLP models on a background thread, so that the load (about 8 s for
 * English on this project's 2-core machine) runs while Spark starts and ingest reads, not at the
 * start of annotate. Only for a JVM that will annotate: on a local master the driver is the
 * executor. A task that needs the models meanwhile waits for this load instead of starting
 * another ({@link CoreNlpHolder} loads each configuration once); a load that fails here fails
 * again, with its error, in the task that needs it.
 */
public final class ModelPreload {

    private ModelPreload() {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModelPreload.class);

    public static void start(AnnotatorConfig config) {
        Thread t = new Thread(() -> {
            try {
                CoreNlpHolder.get(config);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("models not loaded ahead of annotate ({}); annotate loads them", e.toString());
            }
        }, "claimtrail-model-preload");
        t.setDaemon(true); // a run that ends before annotate (a lost lease, an error) does not wait for it
        t.start();
    }
}
