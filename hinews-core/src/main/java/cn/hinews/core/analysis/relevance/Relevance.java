package cn.hinews.core.analysis.relevance;

import java.util.List;

/**
 * How relevant an article is to health informatics, with its reasons.
 *
 * @param score 0..1: near 1 on topic, near the taxonomy's health-only value for health news that is
 *     not about informatics, near 0 for anything else
 * @param taxonomyScore the taxonomy's part of the score
 * @param modelScore the learned model's probability, or -1 when no model took part
 * @param health 0..1, how much the text is about health and medicine at all
 * @param coverage 0..1, the share of the body that names informatics terms (scaled)
 * @param topics the topics found, highest score first
 */
public record Relevance(
    double score,
    double taxonomyScore,
    double modelScore,
    double health,
    double coverage,
    List<TopicScore> topics) {
  public Relevance {
    topics = List.copyOf(topics);
  }
}
