package cn.hinews.core.alert;

import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.store.AlertRepository;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.AlertSubject;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoredAlert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Spikes: for each topic, keyword and entity, today's stories (reprint clusters, not copies), and
 * those of the last {@link #WINDOW}, against the previous 14 days ({@link SpikeDetector}), counted
 * by {@link StoryCounts} (SQL, or the search server's aggregations); a spike raises one alert per
 * term and day under the shipped rule 热点突增, naming the term, the counts, the baseline and the top
 * stories. And 热点: a story with {@link #HOT_COPIES} or more copies stored within a day, one alert
 * per story and day.
 */
final class SpikeMonitor {
  /** The rule spike alerts go out under (shipped; inert until a channel is set). */
  static final String RULE = "热点突增";

  /** What is watched, and what the alert calls it. */
  static final Map<String, String> KINDS =
      Map.of(
          "TOPIC", "主题",
          "KEYWORD", "关键词",
          "ORGANISATION", "机构",
          "PRODUCT", "产品",
          "POLICY", "政策",
          "EVENT", "事件");

  /** Copies of one story stored within a day that make it a 热点. */
  static final int HOT_COPIES = 5;

  /** The last hours also watched for a burst, against the daily baseline scaled to them. */
  static final Duration WINDOW = Duration.ofHours(6);

  /** Days of the baseline; a term's counts hold them, then today. */
  static final int BASELINE = 14;

  private final Store store;
  private final Supplier<StoryCounts> stories;
  private final SpikeDetector detector;
  private final Schedule schedule;
  private final Supplier<Map<String, String>> topicNames;
  private final Clock clock;

  SpikeMonitor(
      Store store,
      Supplier<StoryCounts> stories,
      SpikeDetector detector,
      Schedule schedule,
      Supplier<Map<String, String>> topicNames,
      Clock clock) {
    this.store = store;
    this.stories = stories;
    this.detector = detector;
    this.schedule = schedule;
    this.topicNames = topicNames;
    this.clock = clock;
  }

  /** Checks today's counts; returns how many spike alerts were raised. */
  int check() {
    Optional<AlertRule> rule = store.read(s -> s.alerts().rule(RULE));
    if (rule.isEmpty() || !rule.get().enabled() || rule.get().channels().isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
    StoryCounts counted = stories.get();
    int raised = 0;
    for (String kind : KINDS.keySet()) {
      Map<String, int[]> counts = counts(counted, kind, today);
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        int[] days = e.getValue();
        if (days[BASELINE] == 0) {
          continue;
        }
        int[] baseline = java.util.Arrays.copyOf(days, BASELINE);
        Optional<SpikeDetector.Spike> spike = detector.test(days[BASELINE], baseline);
        if (spike.isPresent()
            && raiseSpike(rule.get(), kind, e.getKey(), today, spike.get(), false)) {
          raised++;
        }
      }
      raised += recent(counted, rule.get(), kind, today, counts);
    }
    for (AlertRepository.Growth g :
        store.read(
            s -> s.alerts().growing(clock.instant().minus(Duration.ofDays(1)), HOT_COPIES))) {
      if (raiseHot(rule.get(), g, today)) {
        raised++;
      }
    }
    return raised;
  }

  /**
   * The burst of the last {@link #WINDOW} against the same baseline scaled to the window: a
   * morning's burst is said before the day's count is in. The day's key is shared, so that a term
   * raises one alert a day whichever test fires first.
   */
  private int recent(
      StoryCounts counted, AlertRule rule, String kind, LocalDate today, Map<String, int[]> days) {
    java.time.LocalDateTime since =
        java.time.LocalDateTime.ofInstant(clock.instant().minus(WINDOW), Zones.SHANGHAI)
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    double share = WINDOW.toMinutes() / (24.0 * 60);
    int raised = 0;
    for (AlertRepository.TermCount t : counted.since(kind, since)) {
      int[] baseline =
          java.util.Arrays.copyOf(days.getOrDefault(t.term(), new int[BASELINE + 1]), BASELINE);
      Optional<SpikeDetector.Spike> spike = detector.test(t.stories(), baseline, share);
      if (spike.isPresent() && raiseSpike(rule, kind, t.term(), today, spike.get(), true)) {
        raised++;
      }
    }
    return raised;
  }

  /** A story reprinted fast: one alert per story and day. */
  private boolean raiseHot(AlertRule rule, AlertRepository.Growth g, LocalDate day) {
    AlertSubject o = g.original();
    String key = "HOT:" + o.clusterId() + ":" + day;
    String reason = "热点：24小时内 " + g.copies() + " 篇（含转载），共 " + o.members() + " 篇；原文 " + o.outlet();
    return raise(rule, key, "热点：" + o.title(), o, o.members() - 1, reason);
  }

  /** Each term's stories per day: 14 baseline days, then today (index 14). */
  private static Map<String, int[]> counts(StoryCounts counted, String kind, LocalDate today) {
    LocalDate from = today.minusDays(BASELINE);
    List<AlertRepository.TermDay> rows = counted.perDay(kind, from, today);
    Map<String, int[]> out = new HashMap<>();
    for (AlertRepository.TermDay r : rows) {
      int index = (int) (r.day().toEpochDay() - from.toEpochDay());
      out.computeIfAbsent(r.term(), t -> new int[BASELINE + 1])[index] += r.stories();
    }
    return out;
  }

  private boolean raiseSpike(
      AlertRule rule,
      String kind,
      String term,
      LocalDate day,
      SpikeDetector.Spike spike,
      boolean window) {
    String key = kind + ":" + term + ":" + day;
    String label = kind.equals("TOPIC") ? topicNames.get().getOrDefault(term, term) : term;
    List<AlertSubject> top = store.read(s -> s.alerts().topStories(kind, term, day, 3));
    List<String> titles = new ArrayList<>();
    top.forEach(t -> titles.add(t.title() + "（" + t.outlet() + "）"));
    String reason =
        (window
                ? String.format(
                    Locale.ROOT,
                    "%s“%s”近 %d 小时 %d 篇报道，按近14天日均折算应约 %.1f 篇（泊松检验 p=%.1e）",
                    KINDS.get(kind),
                    label,
                    WINDOW.toHours(),
                    spike.count(),
                    spike.baseline(),
                    spike.pValue())
                : String.format(
                    Locale.ROOT,
                    "%s“%s”今日 %d 篇报道，近14天日均 %.1f 篇（泊松检验 p=%.1e）",
                    KINDS.get(kind),
                    label,
                    spike.count(),
                    spike.baseline(),
                    spike.pValue()))
            + (titles.isEmpty() ? "" : "；主要报道：" + String.join("；", titles));
    return raise(
        rule,
        key,
        "突增：" + KINDS.get(kind) + "“" + label + "”",
        top.isEmpty() ? null : top.get(0),
        0,
        reason);
  }

  /** Raises the alert under its key unless it was raised; its deliveries queued with it. */
  private boolean raise(
      AlertRule rule, String key, String title, AlertSubject story, int reprints, String reason) {
    return store.inTransaction(
        s -> {
          if (s.alerts().spikeAlert(rule.id(), key).isPresent()) {
            return false;
          }
          Instant now = clock.instant();
          long id =
              s.alerts()
                  .raiseSpike(
                      new StoredAlert(
                          0,
                          rule.id(),
                          rule.name(),
                          story == null ? 0 : story.clusterId(),
                          story == null ? 0 : story.articleId(),
                          title,
                          story == null ? "" : story.url(),
                          story == null ? "" : story.outlet(),
                          reason,
                          reprints,
                          StoredAlert.State.NEW,
                          now,
                          now),
                      key);
          Outbox.queue(s, rule, id, schedule.dueAt(rule, now), now);
          return true;
        });
  }
}
