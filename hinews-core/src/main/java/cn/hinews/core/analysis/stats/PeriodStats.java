package cn.hinews.core.analysis.stats;

import cn.hinews.core.domain.Period;
import cn.hinews.core.store.Count;
import cn.hinews.core.store.DayCount;
import cn.hinews.core.store.Judgement.TermKind;
import cn.hinews.core.store.JudgementRepository.Dimension;
import cn.hinews.core.store.Store;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a period for the statistics page: articles per day by topic, by outlet and kind,
 * hot words, the policies and organisations named most, the tone.
 *
 * @param days every day of the period
 * @param perDayByTopic for each topic (its main one per article; 其他 for none), a count per day
 * @param byOutlet articles per outlet, most first
 * @param byKind media / government / unknown
 * @param hotWords keywords by the number of articles carrying them
 * @param policies 《》 documents by mentions
 * @param organisations organisations by mentions
 * @param sentiment positive / neutral / negative counts
 * @param negativeEvents negative health-IT events by kind
 * @param total articles in the period
 */
public record PeriodStats(
    List<LocalDate> days,
    Map<String, List<Integer>> perDayByTopic,
    Map<String, Integer> byOutlet,
    Map<String, Integer> byKind,
    Map<String, Integer> hotWords,
    Map<String, Integer> policies,
    Map<String, Integer> organisations,
    Map<String, Integer> sentiment,
    Map<String, Integer> negativeEvents,
    int total) {

  /**
   * The figures of {@code period} from the stored judgements (articles without a date are left
   * out), counted in the database: nothing is analysed here.
   *
   * @param topicNames the Chinese name of each topic id (the taxonomy's)
   */
  public static PeriodStats fromStore(Store store, Period period, Map<String, String> topicNames) {
    return of(PeriodCounts.sql(store), period, topicNames);
  }

  /**
   * The figures of {@code period} from {@code counts}: the database's, or a search server's
   * aggregations over what the indexer wrote of the same judgements.
   *
   * @param topicNames the Chinese name of each topic id (the taxonomy's)
   */
  public static PeriodStats of(PeriodCounts counts, Period period, Map<String, String> topicNames) {
    LocalDate from = period.from();
    LocalDate to = period.to();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(d);
    }
    Map<String, List<Integer>> perDay = new TreeMap<>();
    for (DayCount c : counts.perDay(Dimension.TOP_TOPIC, from, to)) {
      String topic = c.key().isEmpty() ? "其他" : topicNames.getOrDefault(c.key(), c.key());
      List<Integer> n =
          perDay.computeIfAbsent(topic, t -> new ArrayList<>(Collections.nCopies(days.size(), 0)));
      int index = (int) ChronoUnit.DAYS.between(from, c.day());
      n.set(index, n.get(index) + c.count());
    }
    Map<String, Integer> tone = new LinkedHashMap<>();
    for (Count c : counts.counts(Dimension.POLARITY, from, to, 3)) {
      tone.put(c.key().toLowerCase(Locale.ROOT), c.count());
    }
    return new PeriodStats(
        days,
        perDay,
        counts(counts.counts(Dimension.OUTLET, from, to, 15)),
        counts(counts.counts(Dimension.SOURCE_KIND, from, to, 5)),
        counts(counts.termCounts(TermKind.KEYWORD, from, to, 0, 30)),
        counts(counts.termCounts(TermKind.POLICY, from, to, 0, 15)),
        counts(counts.termCounts(TermKind.ORGANISATION, from, to, 0, 15)),
        tone,
        counts(counts.termCounts(TermKind.EVENT, from, to, 0, 10)),
        counts.count(from, to));
  }

  private static Map<String, Integer> counts(List<Count> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.forEach(c -> out.put(c.key(), c.count()));
    return out;
  }
}
