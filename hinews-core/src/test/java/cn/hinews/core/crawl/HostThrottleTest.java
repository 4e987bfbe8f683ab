package cn.hinews.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostThrottleTest {
  /** A clock that moves only when the throttle "sleeps". */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void twoSecondsBetweenRequestsToOneHostAndCrawlDelayOnlyLengthens() throws Exception {
    ManualClock clock = new ManualClock();
    List<Duration> slept = new ArrayList<>();
    HostThrottle t =
        new HostThrottle(
            Duration.ofSeconds(2),
            clock,
            d -> {
              slept.add(d);
              clock.now = clock.now.plus(d);
            });
    assertThat(t.await("www.nhc.gov.cn", Duration.ZERO)).isZero();
    assertThat(t.await("www.nhc.gov.cn", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    assertThat(t.await("www.gov.cn", Duration.ZERO)).isZero(); // another host does not wait
    assertThat(t.await("www.nhc.gov.cn", Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(2));
    assertThat(t.await("www.nhc.gov.cn", Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(2));
    assertThat(t.await("www.nhc.gov.cn", Duration.ZERO)).isEqualTo(Duration.ofSeconds(10));
    assertThat(slept).hasSize(4);
  }
}
