package cn.hinews.core.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The crawler's settings (the {@code crawl:} section of the configuration; per-source settings are
 * in {@code sources.yml}).
 *
 * @param inServe crawl continuously inside {@code hinews serve}
 * @param allowPrivateAddresses fetch hosts that resolve to private or loopback addresses
 * @param userAgent sent with every request, with a contact
 * @param concurrency hosts fetched at once
 * @param maxPerHost URLs fetched from one host per pass at most
 * @param connectTimeout to open a connection
 * @param readTimeout for an answer to start
 * @param totalTimeout for a whole answer
 * @param maxBytes the largest body accepted
 * @param browser the Chromium executable for {@code fetcher: browser} sources; empty: look for it
 * @param silentAfter a source without a new article for this long, though its entry points answer,
 *     is flagged silent
 */
public record CrawlConfig(
    boolean inServe,
    boolean allowPrivateAddresses,
    String userAgent,
    int concurrency,
    int maxPerHost,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxBytes,
    String browser,
    Duration silentAfter) {
  public CrawlConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(browser, "browser");
  }

  /** The values of {@code defaults.yml}, for code that builds a configuration by hand. */
  public static CrawlConfig defaults() {
    return new CrawlConfig(
        true,
        false,
        "hinews/0.1 (health-informatics news monitor; +mailto:hinews@bjhbd.org.cn)",
        8,
        200,
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        8L << 20,
        "",
        Duration.ofDays(3));
  }
}
