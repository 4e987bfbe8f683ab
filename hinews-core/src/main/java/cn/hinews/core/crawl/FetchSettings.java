package cn.hinews.core.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher behaves towards a site.
 *
 * @param userAgent sent with every request; carries a contact (some government sites refuse library
 *     defaults)
 * @param connectTimeout to open a connection
 * @param readTimeout for the response to start
 * @param totalTimeout for the whole response, body included
 * @param maxBytes a body larger than this is refused
 * @param maxRedirects at most this many redirects (loops are detected before)
 * @param maxAttempts tries on 5xx, 429 and network errors (never on other 4xx)
 * @param firstBackoff wait before the second try; doubles per try, capped at {@code maxBackoff}
 * @param maxBackoff the longest wait between tries (and the longest Retry-After honoured)
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxBytes,
    int maxRedirects,
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff) {
  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxRedirects < 0 || maxAttempts < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("fetch settings out of range");
    }
  }

  /** Defaults: 10 s to connect, 20 s to answer, 60 s in all, 8 MB, 5 redirects, 3 tries. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        "hinews/0.1 (health-informatics news monitor; +mailto:hinews@bjhbd.org.cn)",
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        8L << 20,
        5,
        3,
        Duration.ofSeconds(2),
        Duration.ofSeconds(60));
  }
}
