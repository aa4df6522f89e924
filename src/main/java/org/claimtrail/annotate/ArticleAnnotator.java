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
        text = DigitGroups.withSeparator(text, config.digitGroupSeparator()); // same length: offsets hold
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
        List<Integer> full = new ArrayList<>();
        List<Integer> dated = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        List<Integer> context = new ArrayList<>();
        for (int i : chosen) {
            int n = words.get(i).size();
            if (!config.filter().isFull(words, i)) {
                context.add(i);
                continue;
            }
            if (n > config.maxSentenceTokens()) {
                throw new AnnotateFailure("sentence_too_long", "sentence " + i + " has " + n
                        + " tokens, over annotate.max_sentence_tokens=" + config.maxSentenceTokens());
            }
            full.add(i);
            if (!config.sutimeOnlyWithTimeCue() || config.filter().hasTimeCue(words.get(i))) {
                dated.add(i);
            } else {
                undated.add(i);
            }
        }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        if (config.sutimeWindow() > 0) {
            // every candidate without SUTime, then SUTime only around the date cues of the dated ones
            List<CoreMap> datedSentences = new ArrayList<>(dated.size());
            List<List<Integer>> cues = new ArrayList<>(dated.size());
            for (int i : dated) {
                datedSentences.add(all.get(i));
                cues.add(config.filter().timeCues(words.get(i)));
            }
            TimeWindows windows = TimeWindows.cut(text, datedSentences, cues, config.sutimeWindow());
            annotateSome(pipelines.undated(), text, published, tokens, all, full);
            windows.annotate(pipelines.timeWindows(), published);
        } else {
            annotateSome(pipelines.dated(), text, published, tokens, all, dated);
            annotateSome(pipelines.undated(), text, published, tokens, all, undated);
        }
        annotateSome(pipelines.context(), text, published, tokens, all, context);
        List<AnnotatedArticle.Sentence> out = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            out.add(sentence(i, all.get(i), !context.contains(i)));
        }
        return new AnnotatedArticle(docId, sha256, all.size(), out, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Runs a pipeline over some of the article's sentences: same text, same tokens (offsets index
     * the article), only those sentences.
     */
    private static void annotateSome(edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline, String text, LocalDate published,
                                     List<CoreLabel> tokens, List<CoreMap> all, List<Integer> which) {
        if (which.isEmpty()) {
            return;
        }
        List<CoreMap> some = new ArrayList<>(which.size());
        for (int i : which) {
            some.add(all.get(i));
        }
        run(pipeline, text, published, tokens, some);
    }

    /** Runs a pipeline over {@code sentences} of an article of {@code tokens}, dated by its publication. */
    static void run(edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline, String text, LocalDate published,
                    List<CoreLabel> tokens, List<CoreMap> sentences) {
        Annotation part = new Annotation(text);
        if (published != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        pipeline.annotate(part);
    }

    private static AnnotatedArticle.Sentence sentence(int index, CoreMap s, boolean candidate) {
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
        return new AnnotatedArticle.Sentence(index, candidate, labels.get(0).beginPosition(),
                labels.get(labels.size() - 1).endPosition(), tokens, edges);
    }
}
