package org.claimtrail.annotate.depparse;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

/**
 * CoreNLP's neural dependency parser (nndep) with its transitions scored by {@link TransitionScorer}:
 * the same model, the same greedy search and the same result as {@code DependencyParser.predict},
 * about 2.7 times as fast. nndep keeps its weights, its transition system, its feature extraction and
 * its conversion to a {@link GrammaticalStructure} private, so they are reached by reflection here,
 * once, when the model loads; a CoreNLP whose internals differ fails then, with the member named,
 * and {@code FastDependencyParseAnnotatorTest} compares the parses with nndep's own.
 */
final class NndepParser {

    private final DependencyParser parser;
    private final ArcStandard system;
    private final List<String> transitions;
    private final TransitionScorer scorer;
    private final MethodHandle featureArray;
    private final MethodHandle relation;
    private final MethodHandle structure;

    /**
     * @param model nndep model (classpath resource or file)
     * @param props nndep's properties, without a prefix ({@code numPreComputed}, {@code numCached}, ...)
     */
    NndepParser(String model, Properties props) {
        Config config = new Config(props);
        // nndep's own precomputed table would be built and never used: the scorer keeps its own.
        Properties load = new Properties();
        load.putAll(props);
        load.setProperty("numPreComputed", "0");
        parser = DependencyParser.loadFromModelFile(model, load);
        try {
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            system = (ArcStandard) field(DependencyParser.class, "system").get(parser);
            @SuppressWarnings("unchecked")
            List<String> ts = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            transitions = List.copyOf(ts);
            @SuppressWarnings("unchecked")
            List<Integer> pre = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
            int[] ids = pre.stream().limit(Math.max(0, config.numPreComputed)).mapToInt(Integer::intValue).toArray();
            scorer = new TransitionScorer(Config.numTokens, classifier.getE(), classifier.getW1(), classifier.getb1(),
                    classifier.getW2(), ids, config.numCached);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            featureArray = lookup.unreflect(method("getFeatureArray", Configuration.class));
            relation = lookup.unreflect(method("makeGrammaticalRelation", String.class));
            structure = lookup.unreflect(method("makeGrammaticalStructure", List.class, TreeGraphNode.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this CoreNLP's nndep parser does not have the members the fast parser reads ("
                    + e + "); use the 'depparse' annotator instead", e);
        }
        if (scorer.transitions() != transitions.size()) {
            throw new IllegalStateException("nndep model has " + scorer.transitions() + " output rows for "
                    + transitions.size() + " transitions");
        }
    }

    /** The sentence's dependency structure; its tokens need part-of-speech tags. */
    GrammaticalStructure parse(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        while (!system.isTerminal(c)) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            double[] scores = scorer.scores(features(c));
            // nndep's choice: the best-scoring transition that applies, the first of equal scores
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int j = 0; j < scores.length; j++) {
                if (scores[j] > best) {
                    String t = transitions.get(j);
                    if (system.canApply(c, t)) {
                        best = scores[j];
                        chosen = t;
                    }
                }
            }
            system.apply(c, chosen);
        }
        return structure(sentence, c);
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invoke(parser, c);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** nndep's conversion of the finished configuration, as in {@code DependencyParser.predict}. */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        try {
            for (int i = 1; i <= tokens.size(); i++) {
                int head = c.getHead(i);
                IndexedWord word = new IndexedWord(tokens.get(i - 1));
                IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
                dependencies.add(new TypedDependency(rel, governor, word));
            }
            return (GrammaticalStructure) structure.invoke(parser, dependencies, new TreeGraphNode(root));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static java.lang.reflect.Method method(String name, Class<?>... args) throws NoSuchMethodException {
        java.lang.reflect.Method m = DependencyParser.class.getDeclaredMethod(name, args);
        m.setAccessible(true);
        return m;
    }
}
