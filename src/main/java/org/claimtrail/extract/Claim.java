package org.claimtrail.extract;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One numeric estimate in one article: a row of the {@code claims} table (without the article's
 * outlet and url, which the stage joins on).
 *
 * @param charBegin    start of the figure (with its qualifier words) in {@code articles.text}
 * @param population   the group counted, head noun last: "North Korean troops", "people" when the text names none
 * @param populationClass civilians, military, armed group, people, children or other
 * @param populationActor whose people: a country code ("KP") or a group's name ("Hezbollah"); null when not said
 * @param place        where the count is, as named: "Kursk region"; null when the article names no place
 * @param placeCountry the place's country code, when known
 * @param source       who the article says made the estimate, as the text names them; null if unattributed
 * @param intermediary who relayed the source's figure (a lawmaker citing an agency, an outlet citing the Pentagon)
 * @param statedOn     the day the source made the statement; null when the text does not say
 * @param modality     asserted or projected
 * @param mentions     how many times the article gives this claim
 */
public record Claim(String claimId, String docId, int sentenceIndex, int charBegin, int charEnd, String sentence,
                    String quantityText, String metric, String population, String populationClass,
                    String populationActor, String place, String placeCountry, Double valueLow, Double valueHigh,
                    String qualifier, String source, String sourceType, String sourceCountry, String intermediary,
                    LocalDate statedOn, String modality, int mentions) implements Serializable {

    Claim withMentions(int n) {
        return new Claim(claimId, docId, sentenceIndex, charBegin, charEnd, sentence, quantityText, metric, population,
                populationClass, populationActor, place, placeCountry,
                valueLow, valueHigh, qualifier, source, sourceType, sourceCountry, intermediary, statedOn, modality, n);
    }

    Claim withSource(String src, String type, String country, String via, LocalDate on) {
        return new Claim(claimId, docId, sentenceIndex, charBegin, charEnd, sentence, quantityText, metric, population,
                populationClass, populationActor, place, placeCountry,
                valueLow, valueHigh, qualifier, src, type, country, via, on, modality, mentions);
    }

    Claim withStatedOn(LocalDate d) {
        return new Claim(claimId, docId, sentenceIndex, charBegin, charEnd, sentence, quantityText, metric, population,
                populationClass, populationActor, place, placeCountry,
                valueLow, valueHigh, qualifier, source, sourceType, sourceCountry, intermediary, d, modality, mentions);
    }
}
