package cn.hinews.core.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt, per site, fetched once and kept for a day (crawler-commons parses it). A missing
 * robots.txt (4xx) allows everything; an unreachable one (5xx, network) forbids everything until
 * the next try, as RFC 9309 asks. The Crawl-delay is reported so that the caller waits at least
 * that long between requests to the site.
 */
public final class RobotsPolicy {
  /** What robots.txt says of a URL. */
  public record Verdict(
      boolean allowed, Optional<Duration> crawlDelay, String reason, boolean deferred) {
    public Verdict(boolean allowed, Optional<Duration> crawlDelay, String reason) {
      this(allowed, crawlDelay, reason, false);
    }
  }

  /** How long an unreachable robots.txt forbids a site before it is asked again. */
  static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(10);

  private record Cached(BaseRobotRules rules, Instant until, String source) {}

  private final Fetcher fetcher;
  private final String agent;
  private final Clock clock;
  private final Duration keep;
  private final Map<String, Cached> bySite = new ConcurrentHashMap<>();
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

  /**
   * @param agent the product token robots.txt rules are matched against (e.g. {@code hinews})
   * @param keep how long a robots.txt is trusted before it is fetched again
   */
  public RobotsPolicy(Fetcher fetcher, String agent, Clock clock, Duration keep) {
    this.fetcher = fetcher;
    this.agent = agent.toLowerCase(Locale.ROOT);
    this.clock = clock;
    this.keep = keep;
  }

  public Verdict check(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Verdict(false, Optional.empty(), "not a URL: " + url);
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      return new Verdict(false, Optional.empty(), "not a web URL: " + url);
    }
    String site =
        uri.getScheme().toLowerCase(Locale.ROOT)
            + "://"
            + uri.getHost().toLowerCase(Locale.ROOT)
            + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    Cached cached = bySite.get(site);
    if (cached == null || cached.until().isBefore(clock.instant())) {
      cached = load(site);
      bySite.put(site, cached);
    }
    boolean allowed = cached.rules().isAllowed(url);
    long delay = cached.rules().getCrawlDelay();
    Optional<Duration> crawlDelay =
        delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0
            ? Optional.empty()
            : Optional.of(Duration.ofMillis(delay));
    boolean deferred = cached.rules().isDeferVisits();
    return new Verdict(
        allowed,
        crawlDelay,
        (deferred ? "deferred: " : allowed ? "allowed by " : "disallowed by ") + cached.source(),
        deferred);
  }

  /** True when the site's robots.txt is at hand: checking costs no request. */
  public boolean known(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return true;
      }
      Cached c =
          bySite.get(
              uri.getScheme().toLowerCase(Locale.ROOT)
                  + "://"
                  + uri.getHost().toLowerCase(Locale.ROOT)
                  + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
      return c != null && !c.until().isBefore(clock.instant());
    } catch (IllegalArgumentException e) {
      return true; // check() will refuse it without a request
    }
  }

  private Cached load(String site) {
    String robots = site + "/robots.txt";
    FetchResult r = fetcher.fetch(robots, Optional.empty(), Optional.empty());
    Instant now = clock.instant();
    if (r.ok()) {
      return new Cached(
          parser.parseContent(
              robots, r.body(), r.contentType().orElse("text/plain"), List.of(agent)),
          now.plus(keep),
          robots);
    }
    int status =
        switch (r.outcome()) {
          case CLIENT_ERROR -> r.status() == 0 ? 404 : r.status();
          // the address guard refused the site: its pages will be refused too, with that reason
          case REFUSED -> 404;
          default -> 503;
        };
    // 4xx: no robots.txt, all allowed; 5xx and unreachable: nothing allowed for now
    return new Cached(
        parser.failedFetch(status),
        status >= 500 ? now.plus(RETRY_UNREACHABLE) : now.plus(keep),
        robots + " (" + r.outcome() + " " + r.status() + ")");
  }
}
