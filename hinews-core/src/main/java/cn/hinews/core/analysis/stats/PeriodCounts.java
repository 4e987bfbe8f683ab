package cn.hinews.core.analysis.stats;

import cn.hinews.core.store.Count;
import cn.hinews.core.store.DayCount;
import cn.hinews.core.store.Judgement.TermKind;
import cn.hinews.core.store.JudgementRepository.Dimension;
import cn.hinews.core.store.Store;
import java.time.LocalDate;
import java.util.List;

/**
 * The counts of stored judgements 统计 is made of: in SQL ({@link #sql}) or as a search server's
 * aggregations (search.engine: opensearch). Both count the judged articles by their publish day.
 */
public interface PeriodCounts {
  /** Judged articles of the period. */
  int count(LocalDate from, LocalDate to);

  /** Judged articles of the period per day and key of a dimension, by day then key. */
  List<DayCount> perDay(Dimension dimension, LocalDate from, LocalDate to);

  /** Judged articles of the period per key of a dimension, most first (then by key). */
  List<Count> counts(Dimension dimension, LocalDate from, LocalDate to, int limit);

  /** Judged articles (at least this relevant) per term of a kind, most first (then by term). */
  List<Count> termCounts(
      TermKind kind, LocalDate from, LocalDate to, double minRelevance, int limit);

  /** The counts in the database. */
  static PeriodCounts sql(Store store) {
    return new PeriodCounts() {
      @Override
      public int count(LocalDate from, LocalDate to) {
        return store.read(s -> s.judgements().count(from, to));
      }

      @Override
      public List<DayCount> perDay(Dimension dimension, LocalDate from, LocalDate to) {
        return store.read(s -> s.judgements().perDay(dimension, from, to));
      }

      @Override
      public List<Count> counts(Dimension dimension, LocalDate from, LocalDate to, int limit) {
        return store.read(s -> s.judgements().counts(dimension, from, to, limit));
      }

      @Override
      public List<Count> termCounts(
          TermKind kind, LocalDate from, LocalDate to, double minRelevance, int limit) {
        return store.read(s -> s.judgements().termCounts(kind, from, to, minRelevance, limit));
      }
    };
  }
}
