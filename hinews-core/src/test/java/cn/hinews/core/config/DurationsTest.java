package cn.hinews.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void formatIsTheShortestFormParseReadsBack() {
    for (Duration d :
        new Duration[] {
          Duration.ofDays(1),
          Duration.ofHours(3),
          Duration.ofMinutes(90),
          Duration.ofSeconds(30),
          Duration.ofMillis(1500)
        }) {
      assertThat(Durations.parse(Durations.format(d), "sources.yml", "x.interval")).isEqualTo(d);
    }
    assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("90m");
    assertThat(Durations.format(Duration.ofHours(48))).isEqualTo("2d");
  }
}
