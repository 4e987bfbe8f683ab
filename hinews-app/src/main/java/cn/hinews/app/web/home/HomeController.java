package cn.hinews.app.web.home;

import cn.hinews.app.web.bulletin.OpenDrafts;
import cn.hinews.core.analysis.candidates.Candidate;
import cn.hinews.core.analysis.stats.PeriodStats;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Series;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.SourceHealth;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 首页: what an editor opening hinews wants first — the open drafts and their state, what arrived
 * since yesterday (by topic, and the top new candidates), the sources that failed or fell silent,
 * and the latest alerts. Everything is read from what is stored and judged; nothing is analysed
 * here.
 */
@Controller
class HomeController {
  private final HinewsHome home;

  HomeController(HinewsHome home) {
    this.home = home;
  }

  /** A draft on the home page: the choice, its items and what is out of sequence. */
  record DraftState(OpenDrafts.Choice draft, int items, long daysLeft, List<String> warnings) {}

  /** A source that needs a look: its name and why. */
  record Trouble(String id, String name, String why) {}

  @GetMapping("/")
  String index(Model model) {
    LocalDate today = LocalDate.now(home.clock().withZone(Zones.SHANGHAI));
    Period recent = new Period(today.minusDays(1), today);
    List<DraftState> drafts =
        OpenDrafts.of(home).choices().stream()
            .map(
                d ->
                    new DraftState(
                        d,
                        d.articles().size(),
                        java.time.temporal.ChronoUnit.DAYS.between(today, d.period().to()),
                        home.bulletins().sequenceWarnings(d.series(), d.number())))
            .toList();
    model.addAttribute("drafts", drafts);
    PeriodStats stats = PeriodStats.of(home.periodCounts(), recent, home.topicNames());
    Map<String, Integer> byTopic = new LinkedHashMap<>();
    stats.perDayByTopic().entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).sum()))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> byTopic.put(e.getKey(), e.getValue()));
    model.addAttribute("recent", recent);
    model.addAttribute("recentTotal", stats.total());
    model.addAttribute("byTopic", byTopic);
    Series first = home.config().allSeries().iterator().next();
    List<Candidate> top =
        home.candidates().rank(first.id(), recent, false).candidates().stream().limit(5).toList();
    model.addAttribute("top", top);
    model.addAttribute("topSeries", first);
    model.addAttribute("troubles", troubles());
    model.addAttribute("silentWorkers", SilentWorkers.of(home));
    model.addAttribute("alerts", home.alerts().alerts(5));
    model.addAttribute(
        "queue", home.store().read(s -> s.analysisQueue().depth(home.clock().instant())));
    return "home";
  }

  /** Sources with most fetches failing, or silent, over the last 7 days (at most 10). */
  private List<Trouble> troubles() {
    Map<String, SourceHealth> health = home.sourceHealth(7);
    return home.sources().all().stream()
        .filter(s -> health.containsKey(s.id()))
        .map(
            s -> {
              SourceHealth h = health.get(s.id());
              String why =
                  h.fetches() > 0 && h.errorRate() >= 0.5
                      ? "近 7 天抓取失败 " + h.failures() + " / " + h.fetches() + " 次"
                      : h.silent() ? "入口能访问，但多日没有新文章" : null;
              return why == null ? null : new Trouble(s.id(), s.outlet(), why);
            })
        .filter(t -> t != null)
        .sorted(Comparator.comparing(Trouble::name))
        .limit(10)
        .toList();
  }
}
