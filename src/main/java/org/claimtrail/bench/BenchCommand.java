package org.claimtrail.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrail.config.Settings;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimtrail bench}: measures the annotate stage against the CoreNLP code a user would write
 * without claimtrail. (A) runs here, single-threaded; (B) and (C) run the real CLI in child JVMs
 * on local[1] and local[2] so their wall time and peak memory are their own; (R) reruns (C) over its
 * own output to show the cache.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: plain CoreNLP (A) vs the annotate stage on local[1] (B) and local[2] (C).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "2000", description = "Corpus size. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--baseline-articles", defaultValue = "200",
            description = "Articles the slow baseline (A) runs on; its rate is per article. Default: ${DEFAULT-VALUE}.")
    int baselineArticles;

    @Option(names = "--output", defaultValue = "out/bench", description = "Work folder. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--source", description = "Folders of .txt articles to repeat. Default: data/sample, plus "
            + "../shared/corpus/seeds when it exists.")
    List<Path> sourceFolders = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path home = Settings.projectHome();
        Path work = output.isAbsolute() ? output : Path.of("").toAbsolutePath().resolve(output);
        List<Path> folders = new ArrayList<>(sourceFolders);
        if (folders.isEmpty()) {
            folders.add(home.resolve("data/sample"));
            Path seeds = home.resolve("../shared/corpus/seeds").normalize();
            if (Files.isDirectory(seeds)) {
                folders.add(seeds);
            }
        }
        List<BenchCorpus.Source> sources = BenchCorpus.sources(folders);
        Path jsonl = work.resolve("corpus/corpus.jsonl");
        List<String> texts = BenchCorpus.write(sources, articles, jsonl);
        System.out.printf("bench: %d articles from %d sources in %s%n", articles, sources.size(), folders);

        // (A) the baseline: whole texts, one thread, all annotators, fine-grained NER off.
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ner.applyFineGrained", "false");
        long t0 = System.nanoTime();
        StanfordCoreNLP plain = new StanfordCoreNLP(props);
        double loadA = secs(t0);
        int nA = Math.min(baselineArticles, texts.size());
        long tokensA = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < nA; i++) {
            Annotation a = new Annotation(texts.get(i));
            plain.annotate(a);
            tokensA += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double timeA = secs(t0);
        plain = null;
        double rateA = nA / timeA;
        System.out.printf("A plain CoreNLP, 1 thread: %d articles in %.1f s = %.2f articles/s, %.0f tokens/s "
                + "(model load %.1f s, not counted)%n", nA, timeA, rateA, tokensA / timeA, loadA);
        double tokensPerArticle = (double) tokensA / nA;

        // Ingest once; B and C annotate copies of the same articles table.
        Path ingested = work.resolve("ingested");
        Child ingest = runChild(home, "local[2]", "ingest", "--input", jsonl.toString(), "--output", ingested.toString());
        System.out.println("  " + ingest.summary());
        Result b = runStage(home, ingested, work.resolve("local1"), "local[1]");
        Result c = runStage(home, ingested, work.resolve("local2"), "local[2]");
        Child rerun = runChild(home, "local[2]", "run", "--stages", "annotate,extract", "--output",
                work.resolve("local2").toString());

        double tokens = tokensPerArticle * articles;
        for (Result r : List.of(b, c)) {
            System.out.printf("%s annotate+extract on %s: %d articles in %.1f s = %.2f articles/s, %.0f tokens/s "
                            + "(stage %.1f s incl. model load %.1f s; process wall %.1f s; peak RSS %.2f GB)%n",
                    r == b ? "B" : "C", r.master(), articles, r.seconds(), articles / r.seconds(),
                    tokens / r.seconds(), r.child().stageSeconds(), r.child().loadSeconds(),
                    r.child().wallSeconds(), r.child().peakRssKb() / 1048576.0);
        }
        System.out.printf("B/A = %.2f   C/A = %.2f   (articles/s, model load excluded on both sides)%n",
                articles / b.seconds() / rateA, articles / c.seconds() / rateA);
        System.out.printf("C/A including C's model load = %.2f%n", articles / c.child().stageSeconds() / rateA);
        System.out.printf("R rerun of C over its own output: %s; annotate+extract %.1f s, models loaded: %s%n",
                rerun.annotateLine(), rerun.stageSeconds(), rerun.loadSeconds() > 0 ? "yes" : "no");
        for (Result r : List.of(b, c)) {
            r.child().output().lines().filter(l -> l.startsWith("extract:")).findFirst()
                    .ifPresent(l -> System.out.println("  " + (r == b ? "B " : "C ") + l));
        }
        return 0;
    }

    private record Result(String master, Child child, double seconds) {
    }

    /** Copies the ingested articles into a fresh output and times the annotate stage there. */
    private static Result runStage(Path home, Path ingested, Path out, String master) throws Exception {
        deleteRecursively(out);
        copyRecursively(ingested.resolve("articles"), out.resolve("articles"));
        Child child = runChild(home, master, "run", "--stages", "annotate,extract", "--output", out.toString());
        return new Result(master, child, child.stageSeconds() - child.loadSeconds());
    }

    /** What a child run printed and measured. */
    record Child(String annotateLine, double stageSeconds, double loadSeconds, double wallSeconds, long peakRssKb,
                 String output) {
        String summary() {
            return output.lines().filter(l -> l.startsWith("ingest:")).findFirst().orElse(output);
        }
    }

    /** A stage's closing line ends with its time, alone or before its rate: "annotate: ... (12.3 s, 0.5 articles annotated/s)". */
    private static final Pattern STAGE_TIME = Pattern.compile("^(?:annotate|extract): .*\\((\\d+\\.\\d+) s(?:, [^)]*)?\\)$", Pattern.MULTILINE);
    private static final Pattern LOAD_TIME = Pattern.compile("CoreNLP models loaded in (\\d+) ms");

    /** Runs jobs/claimtrail in a child JVM, sampling its peak RSS (VmHWM) until it exits. */
    private static Child runChild(Path home, String master, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("jobs/claimtrail").toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--master", master));
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("CLAIMTRAIL_SKIP_BUILD", "1"); // the parent runs from this build; keep it
        pb.environment().remove("CLAIMTRAIL_DRIVER_MEMORY"); // children run as a user would, with the default heap
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (out) {
                        out.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the child is gone; what it printed so far is kept
            }
        });
        reader.start();
        long peak = 0;
        while (p.isAlive()) {
            peak = Math.max(peak, peakRssKb(p.toHandle()));
            Thread.sleep(200);
        }
        reader.join();
        double wall = secs(t0);
        String text = out.toString();
        if (p.exitValue() != 0) {
            throw new IllegalStateException("child " + cmd + " failed:\n" + text);
        }
        Matcher st = STAGE_TIME.matcher(text);
        double stages = 0;
        while (st.find()) {
            stages += Double.parseDouble(st.group(1));
        }
        Matcher ld = LOAD_TIME.matcher(text);
        String line = text.lines().filter(l -> l.startsWith("annotate: articles")).findFirst().orElse("");
        return new Child(line, stages, ld.find() ? Long.parseLong(ld.group(1)) / 1000.0 : 0, wall, peak, text);
    }

    /** Peak resident memory of a process and its descendants' largest, from /proc (Linux). */
    private static long peakRssKb(ProcessHandle h) {
        long max = vmHwm(h.pid());
        for (ProcessHandle d : h.descendants().toList()) {
            max = Math.max(max, vmHwm(d.pid()));
        }
        return max;
    }

    private static long vmHwm(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between two samples
        }
        return 0;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
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
