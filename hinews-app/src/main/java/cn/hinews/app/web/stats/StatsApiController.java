package cn.hinews.app.web.stats;

import cn.hinews.core.analysis.stats.PeriodStats;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures of a period as JSON (errors as JSON through the API's advice). */
@RestController
class StatsApiController {
  private final StatsController stats;

  StatsApiController(StatsController stats) {
    this.stats = stats;
  }

  @GetMapping("/api/stats")
  PeriodStats api(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to) {
    return stats.stats(stats.period(from, to));
  }
}
