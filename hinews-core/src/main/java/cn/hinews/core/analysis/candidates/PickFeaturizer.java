package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.candidates.CandidateRanker.Entry;
import cn.hinews.core.domain.Period;
import cn.hinews.core.source.OutletAuthority;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** A candidate's named features for one series and period. */
final class PickFeaturizer {
  private final OutletAuthority outlets;
  private final SeriesScope scope;
  private final Map<String, Double> topics;
  private final RecentTopics recent;

  PickFeaturizer(
      OutletAuthority outlets, SeriesScope scope, Map<String, Double> topics, RecentTopics recent) {
    this.outlets = outlets;
    this.scope = scope;
    this.topics = topics;
    this.recent = recent;
  }

  PickFeatures features(Entry e, Period period) {
    return new PickFeatures(
        e.analysis().relevance().score(),
        Math.max(0, Topics.dot(Topics.unitVector(e.analysis()), topics)),
        scope.match(e.article(), e.analysis(), outlets),
        e.authority(),
        ArticleKind.of(e.article().article().title(), e.analysis().keywords()),
        1 - 1.0 / (1 + e.reprints().size()),
        freshness(e.day(), period),
        recent.similarity(e.analysis()));
  }

  static double freshness(Optional<LocalDate> day, Period period) {
    long days = ChronoUnit.DAYS.between(period.from(), period.to());
    return day.map(
            d -> {
              long at = ChronoUnit.DAYS.between(period.from(), d);
              return days <= 0 ? 1.0 : Math.max(0, Math.min(1, (double) at / days));
            })
        .orElse(0.5);
  }
}
