package cn.hinews.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the alert rules read of one judged article: its text, the stored judgement's columns, its
 * topics and health-IT events, and its reprint cluster.
 *
 * @param articleId the article
 * @param title its title
 * @param url its address
 * @param body its paragraphs joined
 * @param outlet its outlet
 * @param publishedAt when it appeared, if known
 * @param relevance 0..1
 * @param polarity NEGATIVE, POSITIVE or NEUTRAL
 * @param sourceKind the source's kind
 * @param topics topic ids, strongest first
 * @param events health-IT event kinds of the sentiment analysis
 * @param clusterId its reprint cluster
 * @param members how many articles the cluster holds
 * @param analysedAt when the judgement was written
 */
public record AlertSubject(
    long articleId,
    String title,
    String url,
    String body,
    String outlet,
    Optional<LocalDateTime> publishedAt,
    double relevance,
    String polarity,
    String sourceKind,
    List<String> topics,
    List<String> events,
    long clusterId,
    int members,
    Instant analysedAt) {
  public AlertSubject {
    topics = List.copyOf(topics);
    events = List.copyOf(events);
  }
}
