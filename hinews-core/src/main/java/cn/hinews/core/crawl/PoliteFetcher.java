package cn.hinews.core.crawl;

import cn.hinews.core.domain.Source;
import cn.hinews.core.store.CrawlOutcome;
import cn.hinews.core.store.FrontierEntry;
import java.time.Duration;
import java.util.Optional;

/**
 * A request the way the crawler makes it: robots.txt first (its own fetch waits for the host's slot
 * too), then the host's delay (the longer of the source's and the site's Crawl-delay), then the
 * source's fetcher (plain HTTP or the browser).
 */
final class PoliteFetcher {
  private final Fetcher http;
  private final Optional<Fetcher> browser;
  private final RobotsPolicy robots;
  private final Throttle throttle;

  PoliteFetcher(Fetcher http, Optional<Fetcher> browser, RobotsPolicy robots, Throttle throttle) {
    this.http = http;
    this.browser = browser;
    this.robots = robots;
    this.throttle = throttle;
  }

  /** What a polite fetch came to: a response, or why there was no request. */
  record Attempt(
      Optional<FetchResult> result, CrawlOutcome outcome, String reason, boolean final_) {
    static Attempt of(FetchResult r) {
      return new Attempt(Optional.of(r), CrawlOutcome.valueOf(r.outcome().name()), "", false);
    }

    static Attempt refused(CrawlOutcome outcome, String reason, boolean forGood) {
      return new Attempt(Optional.empty(), outcome, reason, forGood);
    }
  }

  Attempt fetch(FrontierEntry e, Source source, String url, boolean conditional)
      throws InterruptedException {
    Duration delay = source.crawl().delay();
    if (!robots.known(url)) {
      throttle.await(
          UrlVisitor.host(url), delay); // fetching robots.txt is a request to the host too
    }
    RobotsPolicy.Verdict verdict = robots.check(url);
    if (verdict.deferred()) {
      return Attempt.refused(CrawlOutcome.ROBOTS_UNREACHABLE, url + ": " + verdict.reason(), false);
    }
    if (!verdict.allowed()) {
      return Attempt.refused(
          CrawlOutcome.ROBOTS_DISALLOWED,
          url + ": " + verdict.reason(),
          e.kind() == FrontierEntry.Kind.ARTICLE);
    }
    if (verdict.crawlDelay().isPresent() && verdict.crawlDelay().get().compareTo(delay) > 0) {
      delay = verdict.crawlDelay().get();
    }
    throttle.await(UrlVisitor.host(url), delay);
    Fetcher fetcher = http;
    if (source.crawl().fetcher() == cn.hinews.core.domain.FetcherKind.BROWSER) {
      if (browser.isEmpty()) {
        return Attempt.refused(
            CrawlOutcome.NO_BROWSER,
            url + ": the source needs a browser and no Chromium was found",
            false);
      }
      fetcher = browser.get();
    }
    return Attempt.of(
        fetcher.fetch(
            url,
            conditional ? e.etag() : Optional.empty(),
            conditional ? e.lastModified() : Optional.empty()));
  }
}
