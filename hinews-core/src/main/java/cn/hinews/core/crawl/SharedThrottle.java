package cn.hinews.core.crawl;

import cn.hinews.core.store.Store;
import java.time.Duration;

/**
 * The politeness of every worker sharing the database: a host's next allowed start is booked in the
 * database (its row locked for the booking, the time read once it is locked), so that two workers,
 * on one machine or many, never start requests to one host closer than its delay. The same path
 * runs with one worker on H2.
 */
final class SharedThrottle implements Throttle {
  private final Store store;
  private final Duration minDelay;
  private final HttpFetcher.Sleeper sleeper;

  SharedThrottle(Store store, Duration minDelay, HttpFetcher.Sleeper sleeper) {
    this.store = store;
    this.minDelay = minDelay;
    this.sleeper = sleeper;
  }

  @Override
  public Duration await(String host, Duration crawlDelay) throws InterruptedException {
    Duration gap = crawlDelay.compareTo(minDelay) > 0 ? crawlDelay : minDelay;
    if (gap.isZero() || gap.isNegative()) {
      return Duration.ZERO; // no delay to keep: nothing to book (benchmarks, an intranet source)
    }
    Duration wait = store.inTransaction(s -> s.workers().bookHost(host, gap));
    if (wait.isNegative() || wait.isZero()) {
      return Duration.ZERO;
    }
    sleeper.sleep(wait);
    return wait;
  }
}
