package org.claimtrail.extract;

/**
 * A figure found in a sentence, before anything is known about what it counts.
 *
 * @param first        first token of the figure with its qualifier words ("at least 100": "at")
 * @param last         last token of the figure
 * @param head         the token that carries the figure in the parse (the last number word)
 * @param fractionBase true when the figure is the total a fraction is taken of ("a third of the
 *                     12,000"): the clause's verb then belongs to the fraction, not to it
 */
record Quantity(int first, int last, int head, Double low, Double high, Qualifier qualifier, boolean fractionBase) {
}
