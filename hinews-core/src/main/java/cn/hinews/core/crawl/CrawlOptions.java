package cn.hinews.core.crawl;

import java.time.Duration;

/**
 * How a crawl behaves as a whole (per-source settings are in the source registry).
 *
 * @param concurrency hosts fetched at once
 * @param minDelay the least delay between two requests to one host, whatever a source says (0 in
 *     benchmarks)
 * @param maxPerHost URLs fetched from one host in one pass at most; the rest wait for the next
 * @param maxArticlesPerEntry article links taken from one entry point (all its pages) at most
 * @param maxAttempts tries of an article before it is given up as gone
 * @param retryBase the wait after a first failure; doubles per failure, at most a day
 * @param hostBudget the longest one host may take in one pass (a long Crawl-delay must not hold the
 *     other sources back): what is left waits for the next pass
 */
public record CrawlOptions(
    int concurrency,
    Duration minDelay,
    int maxPerHost,
    int maxArticlesPerEntry,
    int maxAttempts,
    Duration retryBase,
    Duration hostBudget) {
  public CrawlOptions {
    if (concurrency < 1 || maxPerHost < 1 || maxArticlesPerEntry < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("crawl options out of range");
    }
  }

  /**
   * 8 hosts at once, 200 URLs per host and pass, 300 links per entry point, 5 tries, 10 minutes per
   * host and pass.
   */
  public static CrawlOptions defaults() {
    return new CrawlOptions(
        8, Duration.ZERO, 200, 300, 5, Duration.ofMinutes(10), Duration.ofMinutes(10));
  }

  /** The wait before the next try after {@code attempts} failures. */
  public Duration backoff(int attempts) {
    Duration d = retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
    return d.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : d;
  }
}
