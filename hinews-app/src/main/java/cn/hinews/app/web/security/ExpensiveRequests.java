package cn.hinews.app.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per user for the requests that cost seconds of CPU (统计 over a long period, PDF and
 * Word exports): {@code burst} at once, then one every {@code every}. Thread-safe; one entry per
 * user who asked.
 */
final class ExpensiveRequests {
  private record Bucket(double tokens, Instant at) {}

  private final int burst;
  private final Duration every;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new HashMap<>();

  ExpensiveRequests(int burst, Duration every, Clock clock) {
    this.burst = burst;
    this.every = every;
    this.clock = clock;
  }

  /** Takes a token: empty when the request may run, else how long until the next token. */
  synchronized Optional<Duration> take(String user) {
    Instant now = clock.instant();
    Bucket b = buckets.getOrDefault(user, new Bucket(burst, now));
    double refilled =
        Math.min(
            burst,
            b.tokens() + (double) Duration.between(b.at(), now).toMillis() / every.toMillis());
    if (refilled < 1) {
      buckets.put(user, new Bucket(refilled, now));
      return Optional.of(Duration.ofMillis((long) Math.ceil((1 - refilled) * every.toMillis())));
    }
    buckets.put(user, new Bucket(refilled - 1, now));
    return Optional.empty();
  }
}
