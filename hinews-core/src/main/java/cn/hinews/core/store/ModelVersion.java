package cn.hinews.core.store;

import java.time.Instant;

/**
 * A version of the relevance model, fixed by what trained it.
 *
 * @param version 1, 2, …
 * @param fingerprint SHA-256 of the taxonomy and of the training examples' ids
 * @param positives how many published items trained it
 * @param negatives how many rejections trained it
 * @param trained false when too few examples existed and the taxonomy alone scores
 * @param createdAt when it was made
 */
public record ModelVersion(
    int version,
    String fingerprint,
    int positives,
    int negatives,
    boolean trained,
    Instant createdAt) {}
