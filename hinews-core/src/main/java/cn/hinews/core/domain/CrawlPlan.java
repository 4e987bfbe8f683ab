package cn.hinews.core.domain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the crawler watches one source.
 *
 * @param entries where new articles are found
 * @param interval how often the entry points are fetched again
 * @param delay the least time between two requests to one of its hosts
 * @param charset a charset that overrides what the pages say (for sites that lie)
 * @param fetcher the fetcher it is read with (by name in sources.yml)
 * @param enabled false to keep a source known (for outlet names) but not crawled
 */
public record CrawlPlan(
    List<EntryPoint> entries,
    Duration interval,
    Duration delay,
    Optional<String> charset,
    FetcherKind fetcher,
    boolean enabled) {
  /** The interval of a source that does not say. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(60);

  /** One request per 2 s per host unless a source says otherwise. */
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

  public CrawlPlan {
    entries = List.copyOf(entries);
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(fetcher, "fetcher");
  }

  /** No entry points: the source is known but not crawled. */
  public static CrawlPlan none() {
    return new CrawlPlan(
        List.of(), DEFAULT_INTERVAL, DEFAULT_DELAY, Optional.empty(), FetcherKind.HTTP, true);
  }

  /** The Content-Type to read a page with: the override's charset when the source has one. */
  public Optional<String> contentType(Optional<String> header) {
    return charset.map(c -> "text/html; charset=" + c).or(() -> header);
  }

  /** True when there is something to crawl. */
  public boolean crawlable() {
    return enabled && !entries.isEmpty();
  }
}
