package org.claimtrail.annotate;

import java.io.Serializable;
import java.util.List;

/**
 * One article's annotations: the candidate sentences (and their context) with tokens and
 * dependency edges. Offsets index {@code articles.text}.
 *
 * @param sentenceCount every sentence of the article, annotated or not
 */
public record AnnotatedArticle(String docId, String sha256, int sentenceCount, List<Sentence> sentences,
                               long millis) implements Serializable {

    /**
     * A sentence; {@code index} is its position among all the article's sentences (0-based).
     * {@code candidate} is false for a context sentence, annotated without dependencies only so that
     * attribution can look back at it.
     */
    public record Sentence(int index, boolean candidate, int charBegin, int charEnd, List<Token> tokens, List<Edge> edges)
            implements Serializable {
    }

    /**
     * A token. {@code norm} is CoreNLP's normalized value for numbers, amounts and dates
     * ({@code 100.0}, {@code >=100.0}, {@code ~1000.0}, {@code 2024-12-17}), else null.
     */
    public record Token(String word, String lemma, String pos, String ner, String norm, int begin, int end)
            implements Serializable {
    }

    /** A dependency edge between token positions in the sentence (0-based); {@code gov} is -1 for the root. */
    public record Edge(int gov, int dep, String rel) implements Serializable {
    }
}
