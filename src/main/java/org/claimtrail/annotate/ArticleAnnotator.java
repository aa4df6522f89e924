package org.claimtrail.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * Annotates one article in two passes: tokenize and split the whole text, then run the expensive
 * annotators only on the sentences the {@link CandidateFilter} keeps. The article's publication date
 * is CoreNLP's document date, so SUTime resolves "on Tuesday" to a day.
 */
public final class ArticleAnnotator {

    private ArticleAnnotator() {
    }

    /** Why an article could not be annotated; {@code reason} is the rejects table's code. */
    public static final class AnnotateFailure extends Exception {
        private final String reason;

        AnnotateFailure(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** Runs articles with a time budget; daemon threads, so a stuck one never keeps the JVM alive. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "claimtrail-annotate");
        t.setDaemon(true);
        return t;
    });

    /** Annotates within the configured budgets, or says why not. */
    public static AnnotatedArticle annotate(AnnotatorConfig config, String docId, String sha256, String text,
                                            LocalDate published) throws AnnotateFailure {
        if (text.length() > config.maxChars()) {
            throw new AnnotateFailure("too_long", text.length() + " characters, over annotate.max_chars=" + config.maxChars());
        }
        CoreNlpHolder.Pipelines pipelines = CoreNlpHolder.get(config);
        Future<AnnotatedArticle> f = WORKERS.submit(() -> annotateNow(pipelines, config, docId, sha256, text, published));
        try {
            return f.get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AnnotateFailure("timeout", "not done after annotate.timeout_ms=" + config.timeoutMillis());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new AnnotateFailure("interrupted", "the task was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AnnotateFailure af) {
                throw af;
            }
            throw new AnnotateFailure("annotate_error", cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    static AnnotatedArticle annotateNow(CoreNlpHolder.Pipelines pipelines, AnnotatorConfig config, String docId,
                                        String sha256, String text, LocalDate published) throws AnnotateFailure {
        long t0 = System.nanoTime();
        Annotation doc = new Annotation(text);
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        pipelines.split().annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<String>> words = new ArrayList<>(all.size());
        for (CoreMap s : all) {
            List<String> w = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                w.add(t.word());
            }
            words.add(w);
        }
        List<Integer> chosen = config.filter().select(words);
        List<CoreMap> selected = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            int n = words.get(i).size();
            if (n > config.maxSentenceTokens()) {
                throw new AnnotateFailure("sentence_too_long", "sentence " + i + " has " + n
                        + " tokens, over annotate.max_sentence_tokens=" + config.maxSentenceTokens());
            }
            selected.add(all.get(i));
        }
        List<AnnotatedArticle.Sentence> out = new ArrayList<>(selected.size());
        if (!selected.isEmpty()) {
            // Same text, same tokens (offsets index the article), only the chosen sentences.
            Annotation part = new Annotation(text);
            if (published != null) {
                part.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
            }
            part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
            part.set(CoreAnnotations.SentencesAnnotation.class, selected);
            pipelines.deep().annotate(part);
            for (int k = 0; k < selected.size(); k++) {
                out.add(sentence(chosen.get(k), selected.get(k)));
            }
        }
        return new AnnotatedArticle(docId, sha256, all.size(), out, (System.nanoTime() - t0) / 1_000_000);
    }

    private static AnnotatedArticle.Sentence sentence(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<AnnotatedArticle.Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel t : labels) {
            tokens.add(new AnnotatedArticle.Token(t.word(), t.lemma(), t.tag(), t.ner(),
                    t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    t.beginPosition(), t.endPosition()));
        }
        List<AnnotatedArticle.Edge> edges = new ArrayList<>();
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g != null) {
            for (IndexedWord root : g.getRoots()) {
                edges.add(new AnnotatedArticle.Edge(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : g.edgeIterable()) {
                edges.add(new AnnotatedArticle.Edge(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        return new AnnotatedArticle.Sentence(index, labels.get(0).beginPosition(),
                labels.get(labels.size() - 1).endPosition(), tokens, edges);
    }
}
