package org.claimtrail.story;

import java.io.Serializable;

/**
 * The knobs of story grouping.
 *
 * @param windowDays      articles published further apart than this are never compared directly;
 *                        a story still grows past it, day by day, through the articles in between
 * @param linkThreshold   mean cosine similarity two clusters need to merge (average linkage over
 *                        the pairs within the window)
 * @param horizonDays     a story resumes after a gap longer than the window when its articles
 *                        resemble the story's earlier articles within this many days
 * @param continueThreshold mean similarity (over the pairs within the horizon) for that
 * @param edgeThreshold   similarity a candidate pair needs to put both articles in one block
 *                        (blocks are what average linkage runs on; lower than linkThreshold so that
 *                        no story is cut by the blocking)
 * @param attachThreshold similarity between the centroid of a group of undated articles and a
 *                        dated story for the group to join it
 * @param maxTerms        terms kept per article, the heaviest by weight
 * @param idfPriorArticles articles assumed to exist besides the input, none with the term, when a
 *                        term's rarity is measured (idf = ln((N + prior) / (df + 1))): in a small
 *                        input, a term that every article shares is still evidence of one story
 * @param nameBoost       weight factor of names (places, actors, other names) over content words
 * @param bands           MinHash bands of the candidate search
 * @param rowsPerBand     MinHash values per band: a pair is a candidate when it agrees on every
 *                        value of some band
 * @param maxBlock        largest block that average linkage runs on (see StoryStage#boundedBlocks)
 * @param maxPosting      in a block, a term shared by more articles than this is not used to compare
 *                        them: it is common, so it weighs little, and it would cost the square of its count
 * @param minBandHits     bands a pair must agree on to be compared
 * @param neighbours      in a band bucket, each article is paired with this many next articles in
 *                        date order, which bounds the pairs of a bucket that a common term fills
 */
public record StoryParams(int windowDays, double linkThreshold, int horizonDays, double continueThreshold,
                          double edgeThreshold, double attachThreshold,
                          int maxTerms, double idfPriorArticles, double nameBoost, int bands, int rowsPerBand,
                          int minBandHits, int neighbours, int maxBlock, int maxPosting)
        implements Serializable {

    public static StoryParams defaults() {
        return new StoryParams(30, 0.07, 365, 0.08, 0.04, 0.15, 40, 50, 2.0, 16, 1, 2, 10, 1000, 300);
    }

    public StoryParams withWindow(int days) {
        return new StoryParams(days, linkThreshold, horizonDays, continueThreshold, edgeThreshold, attachThreshold,
                maxTerms, idfPriorArticles, nameBoost, bands, rowsPerBand, minBandHits, neighbours, maxBlock, maxPosting);
    }

    public StoryParams withHorizon(int days) {
        return new StoryParams(windowDays, linkThreshold, days, continueThreshold, edgeThreshold, attachThreshold,
                maxTerms, idfPriorArticles, nameBoost, bands, rowsPerBand, minBandHits, neighbours, maxBlock, maxPosting);
    }

    public StoryParams withThresholds(double link, double cont, double edge, double attach) {
        return new StoryParams(windowDays, link, horizonDays, cont, edge, attach, maxTerms, idfPriorArticles, nameBoost, bands,
                rowsPerBand, minBandHits, neighbours, maxBlock, maxPosting);
    }
}
