package cn.hinews.core.analysis.stats;

import cn.hinews.core.store.AlertRepository.TermCount;
import cn.hinews.core.store.AlertRepository.TermDay;
import cn.hinews.core.store.Store;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Stories (distinct reprint clusters, not copies) per term: what the spike baselines and today's
 * counts are made of. In SQL ({@link #sql}) or as a search server's aggregations (search.engine:
 * opensearch) over the cluster and publish time the indexer wrote beside each article. A kind is
 * {@code TOPIC} (the judgements' top topic) or the name of a term kind ({@code KEYWORD}, {@code
 * POLICY}, {@code ORGANISATION}, {@code EVENT}, {@code PRODUCT}).
 */
public interface StoryCounts {
  /** Stories per term of a kind and publish day, days {@code from}..{@code to} (Beijing). */
  List<TermDay> perDay(String kind, LocalDate from, LocalDate to);

  /** Stories per term of a kind published at or after {@code since} (Beijing local time). */
  List<TermCount> since(String kind, LocalDateTime since);

  /** The counts in the database. */
  static StoryCounts sql(Store store) {
    return new StoryCounts() {
      @Override
      public List<TermDay> perDay(String kind, LocalDate from, LocalDate to) {
        return store.read(s -> s.alerts().termDays(kind, from, to));
      }

      @Override
      public List<TermCount> since(String kind, LocalDateTime since) {
        return store.read(s -> s.alerts().termsSince(kind, since));
      }
    };
  }
}
