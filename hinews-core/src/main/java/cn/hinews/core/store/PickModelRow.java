package cn.hinews.core.store;

import java.time.Instant;

/**
 * A stored version of the pick model (what editors pick among relevant candidates).
 *
 * @param version 1, 2, …
 * @param fingerprint SHA-256 of what fixed it: the relevance model version's fingerprint, the
 *     features and the series' scopes
 * @param relevanceVersion the relevance model version it was trained with
 * @param picks how many picked items trained it (0: the standard weights)
 * @param periods how many issues' periods trained it
 * @param weights {@code feature=weight} lines
 * @param topics {@code topic-id=value} lines: the picks' topic profile
 * @param createdAt when it was made
 */
public record PickModelRow(
    int version,
    String fingerprint,
    int relevanceVersion,
    int picks,
    int periods,
    String weights,
    String topics,
    Instant createdAt) {}
