package cn.hinews.core.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A cluster original of a period, as the ranking's first cut reads it.
 *
 * @param articleId the original
 * @param clusterId its reprint cluster
 * @param relevance its stored relevance
 * @param authority its outlet's authority
 * @param members how many articles its cluster holds
 * @param day the day it appeared
 * @param document its analysis as JSON
 */
public record RankRow(
    long articleId,
    long clusterId,
    double relevance,
    double authority,
    int members,
    Optional<LocalDate> day,
    String document) {}
