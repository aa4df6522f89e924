package org.claimtrail.annotate.depparse;

import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;

/**
 * A CoreNLP annotator in place of {@code depparse}: the same nndep model and parses
 * ({@link NndepParser}), and only the graph claimtrail reads, the enhanced++ dependencies, where
 * {@code depparse} builds five (basic, collapsed, CC-processed, enhanced, enhanced++) for every
 * sentence. Registered in {@code conf/corenlp*.properties} as
 * {@code customAnnotatorClass.fastdepparse}; it reads the {@code fastdepparse.*} properties that
 * {@code depparse.*} would ({@code model}, {@code extradependencies}, {@code sentenceTimeout}, and
 * nndep's own such as {@code numPreComputed}).
 */
public final class FastDependencyParseAnnotator extends SentenceAnnotator {

    private final NndepParser parser;
    private final GrammaticalStructure.Extras extras;
    private final long maxTime;

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public FastDependencyParseAnnotator(String name, Properties props) {
        Properties own = PropertiesUtils.extractPrefixedProperties(props, name + ".");
        parser = new NndepParser(own.getProperty("model", DependencyParser.DEFAULT_MODEL), own);
        extras = MetaClass.cast(own.getProperty("extradependencies", "NONE"), GrammaticalStructure.Extras.class);
        maxTime = PropertiesUtils.getLong(own, "sentenceTimeout", -1);
    }

    @Override
    protected int nThreads() {
        return 1; // Spark's tasks are the parallelism
    }

    @Override
    protected long maxTime() {
        return maxTime;
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure gs = parser.parse(sentence);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras, null));
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // a sentence past its time budget keeps no graph; the article-level budget rejects stuck articles
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.IndexAnnotation.class,
                CoreAnnotations.ValueAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.SentenceIndexAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }
}
