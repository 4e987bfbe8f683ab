package cn.hinews.core.crawl;

import cn.hinews.core.discover.Discoverers;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.Source;
import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.extract.Extraction;
import cn.hinews.core.extract.Page;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.ArticleRepository;
import cn.hinews.core.store.CrawlOutcome;
import cn.hinews.core.store.FetchLog;
import cn.hinews.core.store.FrontierEntry;
import cn.hinews.core.store.RawPage;
import cn.hinews.core.store.Store;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fetches one frontier URL and stores what came of it in one transaction (so a crash leaves the URL
 * due, never half-stored): an entry point's links go into the frontier, an article page is kept,
 * extracted and upserted. Every outcome is logged per URL.
 */
final class UrlVisitor {
  private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

  /** The longest URL the frontier keeps. */
  static final int MAX_URL = 2048;

  private final Store store;
  private final SourceRegistry sources;
  private final ArticleExtractor extractor;
  private final CrawlOptions options;
  private final Clock clock;
  private final CrawlListener listener;
  private final PoliteFetcher polite;
  private final EntryLinks entryLinks;

  UrlVisitor(
      Store store,
      SourceRegistry sources,
      ArticleExtractor extractor,
      Discoverers discoverers,
      Fetcher http,
      Optional<Fetcher> browser,
      RobotsPolicy robots,
      Throttle throttle,
      CrawlOptions options,
      Clock clock,
      CrawlListener listener) {
    this.store = store;
    this.sources = sources;
    this.extractor = extractor;
    this.options = options;
    this.clock = clock;
    this.listener = listener;
    this.polite = new PoliteFetcher(http, browser, robots, throttle);
    this.entryLinks = new EntryLinks(sources, discoverers, polite, options);
  }

  /** Visits one due URL; failures are recorded, never thrown. */
  void visit(FrontierEntry e, Tally tally, List<String> failures) throws InterruptedException {
    Optional<Source> source = sources.byId(e.sourceId()).filter(s -> s.crawl().crawlable());
    if (source.isEmpty()) {
      fail(
          e,
          tally,
          failures,
          CrawlOutcome.NOT_CONFIGURED,
          0,
          0,
          "the source " + e.sourceId() + " is not configured for crawling any more",
          true);
      return;
    }
    try {
      if (e.kind() == FrontierEntry.Kind.ENTRY) {
        entry(e, source.get(), tally, failures);
      } else {
        article(e, source.get(), tally, failures);
      }
    } catch (RuntimeException ex) {
      // a bug or an unexpected page: this URL fails with the reason, the pass goes on
      fail(
          e,
          tally,
          failures,
          CrawlOutcome.INTERNAL_ERROR,
          0,
          0,
          e.url() + ": " + ex,
          e.kind() == FrontierEntry.Kind.ARTICLE && e.attempts() + 1 >= options.maxAttempts());
    }
  }

  private void entry(FrontierEntry e, Source source, Tally tally, List<String> failures)
      throws InterruptedException {
    long started = System.nanoTime();
    EntryPoint configured =
        source.crawl().entries().stream()
            .filter(p -> UrlCanonicalizer.canonical(p.url()).orElse(p.url()).equals(e.url()))
            .findFirst()
            .orElseGet(() -> EntryPoint.of(e.entryType().orElse("sitemap"), e.url()));
    PoliteFetcher.Attempt attempt = polite.fetch(e, source, e.url(), true);
    if (attempt.result().isEmpty()) {
      // an entry point is never given up: tried again, at the latest on its interval
      Duration wait = options.backoff(e.attempts() + 1);
      fail(
          e,
          tally,
          failures,
          attempt.outcome(),
          0,
          started,
          attempt.reason(),
          false,
          wait.compareTo(source.crawl().interval()) < 0 ? wait : source.crawl().interval());
      return;
    }
    FetchResult r = attempt.result().get();
    Instant now = clock.instant();
    Instant next = now.plus(source.crawl().interval());
    if (r.outcome() == FetchResult.Outcome.NOT_MODIFIED) {
      store.inTransaction(
          s -> {
            s.frontier().fetched(e.url(), now, next, r.etag(), r.lastModified());
            s.fetchLog()
                .record(log(e, now, CrawlOutcome.NOT_MODIFIED, r.status(), started, 0, 0, ""));
            return null;
          });
      tally.entriesNotModified.incrementAndGet();
      listener.fetched(log(e, now, CrawlOutcome.NOT_MODIFIED, r.status(), started, 0, 0, ""));
      return;
    }
    if (!r.ok()) {
      // an entry point is never given up: it is tried again, at the latest on its interval
      Duration wait = options.backoff(e.attempts() + 1);
      fail(
          e,
          tally,
          failures,
          CrawlOutcome.valueOf(r.outcome().name()),
          r.status(),
          started,
          r.message(),
          false,
          wait.compareTo(source.crawl().interval()) < 0 ? wait : source.crawl().interval());
      return;
    }
    EntryLinks.Links links = entryLinks.links(e, source, configured, r);
    int linksFound = links.articles().size();
    Instant at = clock.instant();
    int added =
        store.inTransaction(
            s -> {
              int n = 0;
              for (String a : links.articles()) {
                if (s.frontier().discover(a, source.id(), FrontierEntry.Kind.ARTICLE, at)) {
                  n++;
                }
              }
              for (String child : links.entries()) {
                s.frontier().discoverEntry(child, source.id(), "sitemap", at);
              }
              s.frontier().fetched(e.url(), at, next, r.etag(), r.lastModified());
              s.fetchLog()
                  .record(
                      log(
                          e,
                          at,
                          CrawlOutcome.OK,
                          r.status(),
                          started,
                          linksFound,
                          0,
                          String.join("; ", links.problems())));
              return n;
            });
    tally.entriesFetched.incrementAndGet();
    tally.linksFound.addAndGet(linksFound);
    tally.newUrls.addAndGet(added);
    listener.fetched(log(e, at, CrawlOutcome.OK, r.status(), started, linksFound, 0, ""));
  }

  private void article(FrontierEntry e, Source source, Tally tally, List<String> failures)
      throws InterruptedException {
    long started = System.nanoTime();
    PoliteFetcher.Attempt attempt = polite.fetch(e, source, e.url(), false);
    if (attempt.result().isEmpty()) {
      fail(e, tally, failures, attempt.outcome(), 0, started, attempt.reason(), attempt.final_());
      return;
    }
    FetchResult r = attempt.result().get();
    if (!r.ok()) {
      boolean gone =
          switch (r.outcome()) {
            case CLIENT_ERROR, TOO_LARGE, TOO_MANY_REDIRECTS, REDIRECT_LOOP, REFUSED -> true;
            default -> e.attempts() + 1 >= options.maxAttempts();
          };
      fail(
          e,
          tally,
          failures,
          CrawlOutcome.valueOf(r.outcome().name()),
          r.status(),
          started,
          r.message(),
          gone);
      return;
    }
    String finalUrl = r.finalUrl() == null ? e.url() : r.finalUrl();
    Optional<String> landedOn =
        UrlCanonicalizer.canonical(finalUrl)
            .filter(u -> !u.equals(e.url()))
            .filter(u -> !sources.forUrl(u).map(x -> x.id().equals(source.id())).orElse(false));
    if (landedOn.isPresent()) {
      // a redirect to a home page, a login or another site is not this source's article
      fail(
          e,
          tally,
          failures,
          CrawlOutcome.REDIRECTED_AWAY,
          r.status(),
          started,
          e.url() + ": redirected off the source to " + landedOn.get(),
          true);
      return;
    }
    Instant now = clock.instant();
    Optional<String> contentType = source.crawl().contentType(r.contentType());
    RawPage raw = new RawPage(e.url(), source.id(), finalUrl, now, contentType, r.body());
    Extraction x = extractor.extract(new Page(finalUrl, r.body(), contentType));
    Optional<String> unstorable = x.unstorable();
    if (unstorable.isPresent()) {
      String why = unstorable.get();
      store.inTransaction(
          s -> {
            s.pages().save(raw);
            return null;
          });
      fail(
          e,
          tally,
          failures,
          CrawlOutcome.EXTRACTION_FAILED,
          r.status(),
          started,
          e.url() + ": " + why,
          true);
      return;
    }
    Article article = x.toArticle(e.url(), source.outlet(), Optional.of(now));
    ArticleRepository.Upserted up =
        store.inTransaction(
            s -> {
              s.pages().save(raw);
              ArticleRepository.Upserted u = s.articles().upsert(article, source.id(), now);
              s.frontier().fetched(e.url(), now, NEVER, r.etag(), r.lastModified());
              s.fetchLog()
                  .record(
                      log(
                          e,
                          now,
                          CrawlOutcome.OK,
                          r.status(),
                          started,
                          0,
                          u.change() == ArticleRepository.Change.INSERTED ? 1 : 0,
                          ""));
              return u;
            });
    switch (up.change()) {
      case INSERTED -> tally.articlesNew.incrementAndGet();
      case REVISED -> tally.articlesRevised.incrementAndGet();
      case UNCHANGED -> tally.articlesUnchanged.incrementAndGet();
    }
    listener.fetched(
        log(
            e,
            now,
            CrawlOutcome.OK,
            r.status(),
            started,
            0,
            up.change() == ArticleRepository.Change.INSERTED ? 1 : 0,
            ""));
    if (up.change() != ArticleRepository.Change.UNCHANGED) {
      listener.stored(up);
    }
  }

  private void fail(
      FrontierEntry e,
      Tally tally,
      List<String> failures,
      CrawlOutcome outcome,
      int status,
      long started,
      String message,
      boolean gone) {
    fail(
        e,
        tally,
        failures,
        outcome,
        status,
        started,
        message,
        gone,
        options.backoff(e.attempts() + 1));
  }

  private void fail(
      FrontierEntry e,
      Tally tally,
      List<String> failures,
      CrawlOutcome outcome,
      int status,
      long started,
      String message,
      boolean gone,
      Duration wait) {
    Instant now = clock.instant();
    FetchLog entry = log(e, now, outcome, status, started, 0, 0, message);
    store.inTransaction(
        s -> {
          s.frontier()
              .failed(e.url(), outcome + ": " + message, gone ? NEVER : now.plus(wait), gone);
          s.fetchLog().record(entry);
          return null;
        });
    tally.failed.incrementAndGet();
    synchronized (failures) {
      if (failures.size() < 1000) {
        failures.add(outcome + " " + message);
      }
    }
    listener.fetched(entry);
  }

  private static FetchLog log(
      FrontierEntry e,
      Instant at,
      CrawlOutcome outcome,
      int status,
      long started,
      int links,
      int newArticles,
      String message) {
    long millis = started == 0 ? 0 : (System.nanoTime() - started) / 1_000_000;
    return new FetchLog(
        e.sourceId(), e.url(), e.kind(), at, outcome, status, millis, links, newArticles, message);
  }

  static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      int port = URI.create(url).getPort();
      return (h == null ? "" : h) + (port > 0 ? ":" + port : "");
    } catch (IllegalArgumentException ex) {
      return "";
    }
  }
}
