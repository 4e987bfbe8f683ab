package cn.hinews.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What 统计 counts of one article's stored judgement: the columns its figures group by, and its terms
 * of the kinds they list. A search server keeps these beside the article to count them.
 *
 * @param day the publish day the statistics use (none: the article is left out, as in SQL)
 * @param topTopic its main topic id ("" for none)
 * @param polarity POSITIVE, NEUTRAL or NEGATIVE
 * @param sourceKind media, government or unknown
 * @param outlet the outlet the judgement names
 * @param relevance 0..1
 * @param terms keywords, policies, organisations and events by kind
 */
public record JudgedFacts(
    Optional<LocalDate> day,
    String topTopic,
    String polarity,
    String sourceKind,
    String outlet,
    double relevance,
    Map<Judgement.TermKind, List<String>> terms) {
  /** The kinds of terms the statistics list. */
  public static final List<Judgement.TermKind> COUNTED =
      List.of(
          Judgement.TermKind.KEYWORD,
          Judgement.TermKind.POLICY,
          Judgement.TermKind.ORGANISATION,
          Judgement.TermKind.EVENT);

  public JudgedFacts {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(topTopic, "topTopic");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(outlet, "outlet");
    terms = Map.copyOf(terms);
  }
}
