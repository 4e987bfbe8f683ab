package cn.hinews.core.home;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Period;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home configured for a search server that cannot be reached still counts 统计 and the spike
 * baselines: in its database, instead of failing the page or the alert round.
 */
class HomeCountsTest {
  @TempDir Path dir;

  @Test
  void anUnreachableSearchServerIsCountedInTheDatabase() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort(); // free again once closed: nothing listens there
    }
    Files.writeString(
        dir.resolve("hinews.yml"),
        "search:\n  engine: opensearch\n  url: http://127.0.0.1:" + closed + "\n");
    try (HinewsHome home = HinewsHome.open(dir, Clock.systemUTC())) {
      LocalDate day = LocalDate.of(2026, 3, 6);
      assertThat(home.storyCounts().perDay("TOPIC", day.minusDays(14), day)).isEmpty();
      assertThat(home.storyCounts().since("KEYWORD", day.atStartOfDay())).isEmpty();
      assertThat(home.periodCounts().count(day.minusDays(6), day)).isZero();
      assertThat(
              cn.hinews.core.analysis.stats.PeriodStats.of(
                      home.periodCounts(), new Period(day.minusDays(6), day), java.util.Map.of())
                  .total())
          .isZero();
    }
  }
}
