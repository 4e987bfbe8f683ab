package cn.hinews.core.store;

/**
 * A judged article that shares at least one LSH band with a new one.
 *
 * @param articleId the judged article
 * @param clusterId its reprint cluster
 * @param signature its MinHash signature
 */
public record BandMatch(long articleId, long clusterId, Judgement.Signature signature) {}
