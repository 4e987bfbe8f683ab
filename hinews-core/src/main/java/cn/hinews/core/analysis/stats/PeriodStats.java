package cn.hinews.core.analysis.stats;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.SourceRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** Counts the articles of {@code period} (those without a date are left out). */
  public static PeriodStats of(
      List<StoredArticle> articles,
      Period period,
      ArticleAnalyzer analyzer,
      SourceRegistry sources) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
      days.add(d);
    }
    Map<String, List<Integer>> perDay = new TreeMap<>();
    Map<String, Integer> outlets = new LinkedHashMap<>();
    Map<String, Integer> kinds = new LinkedHashMap<>();
    Map<String, Integer> words = new LinkedHashMap<>();
    Map<String, Integer> policies = new LinkedHashMap<>();
    Map<String, Integer> orgs = new LinkedHashMap<>();
    Map<String, Integer> tone = new LinkedHashMap<>();
    Map<String, Integer> events = new LinkedHashMap<>();
    int total = 0;
    for (StoredArticle s : articles) {
      if (s.article().published().isEmpty()) {
        continue;
      }
      LocalDate day = s.article().published().map(PublishTime::date).orElseThrow();
      int index = days.indexOf(day);
      if (index < 0) {
        continue;
      }
      total++;
      Analysis a = analyzer.analyze(ArticleText.of(s.article()));
      String topic =
          a.relevance().topics().stream()
              .max(Comparator.comparingDouble(TopicScore::score))
              .map(TopicScore::name)
              .orElse("其他");
      perDay
          .computeIfAbsent(
              topic, t -> new ArrayList<>(java.util.Collections.nCopies(days.size(), 0)))
          .set(index, perDay.get(topic).get(index) + 1);
      outlets.merge(s.article().outlet(), 1, Integer::sum);
      kinds.merge(sources.kindOf(s.article().url()).orElse("unknown"), 1, Integer::sum);
      a.keywords().stream().limit(8).forEach(w -> words.merge(w, 1, Integer::sum));
      a.entities().policies().forEach(p -> policies.merge(p, 1, Integer::sum));
      a.entities().organisations().forEach(o -> orgs.merge(o, 1, Integer::sum));
      tone.merge(
          a.sentiment().polarity().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
      a.sentiment().events().forEach(e -> events.merge(e.kind(), 1, Integer::sum));
    }
    return new PeriodStats(
        days,
        perDay,
        top(outlets, 15),
        kinds,
        top(words, 30),
        top(policies, 15),
        top(orgs, 15),
        tone,
        top(events, 10),
        total);
  }

  private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
