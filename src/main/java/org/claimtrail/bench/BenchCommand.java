package org.claimtrail.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.claimtrail.config.Settings;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimtrail bench}: the whole pipeline, end to end, against the CoreNLP code a user would
 * write without claimtrail. (A) runs here, single-threaded; the two {@code run}s (a tenth of the
 * corpus, then all of it) run the real CLI in child JVMs on local[2], so their wall time (JVM start,
 * model load and every stage included) and peak memory are their own.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: plain CoreNLP (A) vs the whole run, end to end, on 1/10 and all of a corpus of distinct articles.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "2000", description = "Corpus size (the 10x run). Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--baseline-articles", defaultValue = "200",
            description = "Articles the slow baseline (A) runs on; its rate is per article. Default: ${DEFAULT-VALUE}.")
    int baselineArticles;

    @Option(names = "--master", defaultValue = "local[2]", description = "Master of the measured runs. Default: ${DEFAULT-VALUE}.")
    String master;

    @Option(names = "--output", defaultValue = "out/bench", description = "Work folder. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--source", description = "Folders of .txt articles whose paragraphs make the corpus. Default: "
            + "data/sample, plus ../shared/corpus/seeds and ../shared/corpus/dev when they exist.")
    List<Path> sourceFolders = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path home = Settings.projectHome();
        Path work = output.isAbsolute() ? output : Path.of("").toAbsolutePath().resolve(output);
        List<Path> folders = new ArrayList<>(sourceFolders);
        if (folders.isEmpty()) {
            folders.add(home.resolve("data/sample"));
            for (String shared : List.of("../shared/corpus/seeds", "../shared/corpus/dev")) {
                Path p = home.resolve(shared).normalize();
                if (Files.isDirectory(p)) {
                    folders.add(p);
                }
            }
        }
        List<BenchCorpus.Source> sources = BenchCorpus.sources(folders);
        List<BenchCorpus.Article> corpus = BenchCorpus.compose(sources, articles, 20241217L);
        int small = Math.max(1, articles / 10);
        Path all = work.resolve("corpus/all.jsonl");
        Path tenth = work.resolve("corpus/tenth.jsonl");
        BenchCorpus.write(corpus, all);
        BenchCorpus.write(corpus.subList(0, small), tenth);
        System.out.printf("bench: %d distinct articles made of %d paragraphs of %d source articles in %s%n",
                articles, BenchCorpus.paragraphs(sources).size(), sources.size(), folders);

        Baseline a = baseline(corpus.subList(0, Math.min(baselineArticles, corpus.size())));
        System.out.printf("A plain CoreNLP, 1 thread: %d articles in %.1f s = %.2f articles/s, %.0f tokens/article "
                + "(model load %.1f s, not counted)%n", a.articles(), a.seconds(), a.rate(), a.tokensPerArticle(), a.loadSeconds());

        BenchChild one = measure(home, tenth, work.resolve("run-1x"), small);
        BenchChild ten = measure(home, all, work.resolve("run-10x"), articles);
        double rate = articles / ten.wallSeconds();
        System.out.printf("end to end: %.2f articles/s = %.2fx plain CoreNLP; 10x the articles cost %.2fx the time%n",
                rate, rate / a.rate(), ten.wallSeconds() / one.wallSeconds());
        for (String stage : List.of("ingest", "annotate", "extract")) {
            System.out.println("  " + ten.line(stage));
        }
        return 0;
    }

    private record Baseline(int articles, double seconds, double loadSeconds, double tokensPerArticle) {
        double rate() {
            return articles / seconds;
        }
    }

    /** (A): whole texts, one thread, all annotators, fine-grained NER off — what a user would write. */
    private static Baseline baseline(List<BenchCorpus.Article> texts) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ner.applyFineGrained", "false");
        long t0 = System.nanoTime();
        StanfordCoreNLP plain = new StanfordCoreNLP(props);
        double load = secs(t0);
        long tokens = 0;
        t0 = System.nanoTime();
        for (BenchCorpus.Article text : texts) {
            Annotation a = new Annotation(text.text());
            plain.annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return new Baseline(texts.size(), secs(t0), load, (double) tokens / texts.size());
    }

    /** One whole run of the corpus file into a fresh folder, printed with its stages. */
    private BenchChild measure(Path home, Path corpus, Path out, int n) throws Exception {
        deleteRecursively(out);
        BenchChild c = BenchChild.run(home, "run", "--input", corpus.toString(), "--output", out.toString(), "--master", master);
        System.out.printf("run of %d articles on %s: %.1f s wall (JVM start, model load, all stages) = %.2f articles/s; "
                + "peak RSS %.2f GB%n    %s%n", n, master, c.wallSeconds(), n / c.wallSeconds(), c.peakRssKb() / 1048576.0, c.stages());
        return c;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
