package cn.hinews.core.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness per host within one process (tests; the crawler books hosts in the database with
 * {@link SharedThrottle}): at least {@code minDelay} (or the site's longer Crawl-delay) between the
 * starts of two requests to one host. Callers for different hosts never wait for each other.
 */
public final class HostThrottle implements Throttle {
  private final Duration minDelay;
  private final Clock clock;
  private final HttpFetcher.Sleeper sleeper;
  private final Map<String, Instant> next = new HashMap<>();

  public HostThrottle(Duration minDelay, Clock clock, HttpFetcher.Sleeper sleeper) {
    this.minDelay = minDelay;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until a request to {@code host} is polite, and books the slot.
   *
   * @param crawlDelay the site's Crawl-delay; never shortens our own delay
   * @return how long it waited
   */
  @Override
  public Duration await(String host, Duration crawlDelay) throws InterruptedException {
    Duration gap = crawlDelay.compareTo(minDelay) > 0 ? crawlDelay : minDelay;
    Instant start;
    synchronized (next) {
      Instant now = clock.instant();
      Instant slot = next.getOrDefault(host, now);
      start = slot.isAfter(now) ? slot : now;
      next.put(host, start.plus(gap));
    }
    Duration wait = Duration.between(clock.instant(), start);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
      return wait;
    }
    return Duration.ZERO;
  }
}
