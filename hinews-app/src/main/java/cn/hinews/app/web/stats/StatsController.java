package cn.hinews.app.web.stats;

import cn.hinews.core.analysis.stats.PeriodStats;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.home.HinewsHome;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 统计: ECharts dashboards of a chosen period (default: the last 30 days, Asia/Shanghai). */
@Controller
class StatsController {
  private final HinewsHome home;
  private final ObjectMapper json;

  StatsController(HinewsHome home, ObjectMapper json) {
    this.home = home;
    this.json = json;
  }

  /**
   * The period asked for; without an end, the 30 days up to the latest day with judged articles
   * (today when the last crawl is recent), so that the default page is never empty for old data.
   */
  Period period(Optional<LocalDate> from, Optional<LocalDate> to) {
    LocalDate today = LocalDate.now(home.clock().withZone(Zones.SHANGHAI));
    LocalDate end =
        to.orElseGet(() -> home.store().read(s -> s.judgements().latestDay(today)).orElse(today));
    LocalDate start = from.orElse(end.minusDays(29));
    if (end.isBefore(start) || start.plusDays(366).isBefore(end)) {
      throw new IllegalArgumentException(
          "统计时段有误：结束日期 " + end + " 早于开始日期 " + start + "，或时段超过一年。请重新选择。");
    }
    return new Period(start, end);
  }

  /** The period asked for; when it cannot be one, the default, with the reason beside the form. */
  private Period periodOrDefault(Optional<LocalDate> from, Optional<LocalDate> to, Model model) {
    try {
      return period(from, to);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return period(Optional.empty(), Optional.empty());
    }
  }

  PeriodStats stats(Period p) {
    return PeriodStats.of(home.periodCounts(), p, home.topicNames());
  }

  @GetMapping("/stats")
  String page(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
      Model model)
      throws JsonProcessingException {
    Period p = periodOrDefault(from, to, model);
    PeriodStats stats = stats(p);
    model.addAttribute("period", p);
    model.addAttribute("stats", stats);
    model.addAttribute("data", json.writeValueAsString(stats));
    model.addAttribute(
        "issues",
        home.bulletins().list(Optional.empty()).stream()
            .filter(i -> i.status() == IssueStatus.PUBLISHED)
            .filter(i -> !i.issueDate().isBefore(p.from()) && !i.issueDate().isAfter(p.to()))
            .toList());
    return "stats";
  }
}
