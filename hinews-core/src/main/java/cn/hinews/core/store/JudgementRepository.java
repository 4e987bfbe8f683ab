package cn.hinews.core.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored judgements of articles and their reprint clusters: written by the analysis stage, read
 * by every screen (candidates, statistics, the article page, the API, search, alerts).
 */
public interface JudgementRepository {
  /** The dimensions statistics count articles by. */
  enum Dimension {
    OUTLET("outlet"),
    SOURCE_KIND("source_kind"),
    POLARITY("polarity"),
    TOP_TOPIC("top_topic");

    private final String column;

    Dimension(String column) {
      this.column = column;
    }

    String column() {
      return column;
    }
  }

  /** What a period's ranking leaves out and how much it reads. */
  record RankQuery(
      LocalDate from,
      LocalDate to,
      String series,
      boolean includeUsed,
      double minRelevance,
      int limit) {}

  /** True when this revision was judged by this model version already. */
  boolean judged(long articleId, int revision, int modelVersion);

  /** Holds the cluster lock until the transaction ends: one writer of clusters at a time. */
  void lockClusters();

  /**
   * The judged articles sharing a band key with a new one, within {@code days} days of {@code day}
   * when it is known.
   */
  List<BandMatch> matches(List<Long> bandKeys, long excludeId, Optional<LocalDate> day, int days);

  /**
   * Writes an article's judgement as a member of {@code clusterId}; {@code replacing}: it had one
   * (a revision or a re-score), which goes.
   */
  void save(Judgement judgement, long clusterId, boolean replacing);

  /**
   * Moves every member of one cluster into another, marking them moved {@code at} (the search
   * index's catch-up writes them again: it keeps each judgement's cluster).
   */
  void moveCluster(long from, long into, java.time.Instant at);

  /** Sets a cluster's original and member count from its members (removes it when empty). */
  void refreshCluster(long clusterId);

  Optional<StoredJudgement> find(long articleId);

  /** The judgements of these articles (unjudged ones are absent). */
  Map<Long, StoredJudgement> findAll(Collection<Long> articleIds);

  /** The members of a cluster, original first, then by time. */
  List<Long> clusterMembers(long clusterId);

  /** The members of these clusters, by cluster, each list original first. */
  Map<Long, List<Long>> clusterMembers(Collection<Long> clusterIds);

  /**
   * The cluster originals published in the period, above the relevance floor, best first by their
   * stored parts (relevance, authority, reprints); the first cut of a ranking.
   */
  List<RankRow> topOriginals(RankQuery query);

  /** The latest day a judged article appeared on, up to {@code notAfter} (empty: none judged). */
  Optional<LocalDate> latestDay(LocalDate notAfter);

  /** Judged articles published in the period. */
  int count(LocalDate from, LocalDate to);

  /** Judged articles of the period per day and key of a dimension. */
  List<DayCount> perDay(Dimension dimension, LocalDate from, LocalDate to);

  /** Judged articles of the period per key of a dimension, most first. */
  List<Count> counts(Dimension dimension, LocalDate from, LocalDate to, int limit);

  /** Judged articles of the period (at least this relevant) per term of a kind, most first. */
  List<Count> termCounts(
      Judgement.TermKind kind, LocalDate from, LocalDate to, double minRelevance, int limit);

  /** The topic ids of an article's judgement, strongest first. */
  List<String> topics(long articleId);

  /** The topic ids of these articles' judgements, strongest first, by article. */
  Map<Long, List<String>> topics(Collection<Long> articleIds);

  /** What the statistics count of these articles' judgements, by article (judged ones only). */
  Map<Long, JudgedFacts> facts(Collection<Long> articleIds);
}
