package cn.hinews.core.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What 统计 and the spike baselines count of one article's stored judgement: the columns its figures
 * group by, its terms of the kinds they list, its reprint cluster (a story) and publish time. A
 * search server keeps these beside the article to count them.
 *
 * @param day the publish day the statistics use (none: the article is left out, as in SQL)
 * @param topTopic its main topic id ("" for none)
 * @param polarity POSITIVE, NEUTRAL or NEGATIVE
 * @param sourceKind media, government or unknown
 * @param outlet the outlet the judgement names
 * @param relevance 0..1
 * @param terms keywords, policies, organisations, events and products by kind
 * @param clusterId the reprint cluster (story) it belongs to
 * @param publishedAt its publish time (Beijing), if known
 */
public record JudgedFacts(
    Optional<LocalDate> day,
    String topTopic,
    String polarity,
    String sourceKind,
    String outlet,
    double relevance,
    Map<Judgement.TermKind, List<String>> terms,
    long clusterId,
    Optional<LocalDateTime> publishedAt) {
  /** The kinds of terms the statistics list. */
  public static final List<Judgement.TermKind> COUNTED =
      List.of(
          Judgement.TermKind.KEYWORD,
          Judgement.TermKind.POLICY,
          Judgement.TermKind.ORGANISATION,
          Judgement.TermKind.EVENT);

  /** The kinds of terms kept: those counted, and the products spikes are watched for too. */
  public static final List<Judgement.TermKind> KEPT =
      List.of(
          Judgement.TermKind.KEYWORD,
          Judgement.TermKind.POLICY,
          Judgement.TermKind.ORGANISATION,
          Judgement.TermKind.EVENT,
          Judgement.TermKind.PRODUCT);

  public JudgedFacts {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(topTopic, "topTopic");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(outlet, "outlet");
    terms = Map.copyOf(terms);
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
