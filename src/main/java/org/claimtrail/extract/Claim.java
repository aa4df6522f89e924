package org.claimtrail.extract;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One numeric estimate in one article: a row of the {@code claims} table (without the article's
 * outlet and url, which the stage joins on).
 *
 * @param charBegin    start of the figure (with its qualifier words) in {@code articles.text}
 * @param subject      whose people or materiel: "North Korean troops"
 * @param source       who the article says made the estimate, as the text names them; null if unattributed
 * @param intermediary who relayed the source's figure (a lawmaker citing an agency, an outlet citing the Pentagon)
 * @param statedOn     the day the source made the statement; null when the text does not say
 * @param modality     asserted or projected
 * @param mentions     how many times the article gives this claim
 */
public record Claim(String claimId, String docId, int sentenceIndex, int charBegin, int charEnd, String sentence,
                    String quantityText, String metric, String subject, Double valueLow, Double valueHigh,
                    String qualifier, String source, String sourceType, String sourceCountry, String intermediary,
                    LocalDate statedOn, String modality, int mentions) implements Serializable {

    Claim withMentions(int n) {
        return new Claim(claimId, docId, sentenceIndex, charBegin, charEnd, sentence, quantityText, metric, subject,
                valueLow, valueHigh, qualifier, source, sourceType, sourceCountry, intermediary, statedOn, modality, n);
    }

    Claim withSource(String src, String type, String country, String via, LocalDate on) {
        return new Claim(claimId, docId, sentenceIndex, charBegin, charEnd, sentence, quantityText, metric, subject,
                valueLow, valueHigh, qualifier, src, type, country, via, on, modality, mentions);
    }

    Claim withStatedOn(LocalDate d) {
        return new Claim(claimId, docId, sentenceIndex, charBegin, charEnd, sentence, quantityText, metric, subject,
                valueLow, valueHigh, qualifier, source, sourceType, sourceCountry, intermediary, d, modality, mentions);
    }
}
