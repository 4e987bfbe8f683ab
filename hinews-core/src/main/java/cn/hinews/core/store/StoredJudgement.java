package cn.hinews.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An article's stored judgement as readers see it, with its reprint cluster.
 *
 * @param articleId the article
 * @param revision the revision that was judged
 * @param modelVersion the relevance model version that scored it
 * @param relevance 0..1
 * @param authority 0..1
 * @param day the day it appeared, if known
 * @param clusterId its reprint cluster
 * @param originalId the cluster's original
 * @param members how many articles the cluster holds (1: no reprint)
 * @param document the whole analysis as JSON
 * @param analysedAt when
 */
public record StoredJudgement(
    long articleId,
    int revision,
    int modelVersion,
    double relevance,
    double authority,
    Optional<LocalDate> day,
    long clusterId,
    long originalId,
    int members,
    String document,
    Instant analysedAt) {
  /** How many times the cluster's original was reprinted. */
  public int reprintCount() {
    return members - 1;
  }
}
