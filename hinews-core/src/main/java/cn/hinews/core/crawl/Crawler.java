package cn.hinews.core.crawl;

import cn.hinews.core.discover.Discoverers;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.Source;
import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.FrontierEntry;
import cn.hinews.core.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The crawler's entry point. A pass puts the configured entry points into the frontier, then
 * fetches what is due, round after round, until nothing of the chosen sources is due: entry points
 * (again on their interval: a list is never skipped as already seen), then the articles they led
 * to. Hosts are fetched in parallel (at most {@code concurrency} at once), each host's URLs one
 * after another at its delay. Restart-safe: the frontier is in the database, and each URL's result
 * is stored in one transaction.
 */
public final class Crawler {
  private static final int PAGE = 2_000;

  private final Store store;
  private final SourceRegistry sources;
  private final UrlVisitor visitor;
  private final CrawlOptions options;
  private final Clock clock;

  /**
   * @param http the plain fetcher (its address guard decides about private addresses)
   * @param browser headless Chromium, for sources whose {@code fetcher} is {@code browser}
   */
  public Crawler(
      Store store,
      SourceRegistry sources,
      ArticleExtractor extractor,
      Fetcher http,
      Optional<Fetcher> browser,
      CrawlOptions options,
      Clock clock,
      CrawlListener listener) {
    this.store = store;
    this.sources = sources;
    this.options = options;
    this.clock = clock;
    RobotsPolicy robots = new RobotsPolicy(http, "hinews", clock, Duration.ofHours(24));
    HostThrottle throttle =
        new HostThrottle(options.minDelay(), clock, d -> Thread.sleep(d.toMillis()));
    this.visitor =
        new UrlVisitor(
            store,
            sources,
            extractor,
            Discoverers.standard(),
            http,
            browser,
            robots,
            throttle,
            options,
            clock,
            listener);
  }

  /** One pass over the chosen sources (all crawlable ones when {@code which} accepts all). */
  public CrawlReport runOnce(Predicate<Source> which) throws InterruptedException {
    long started = System.nanoTime();
    List<Source> chosen = new ArrayList<>();
    for (Source s : sources.all()) {
      if (s.crawl().crawlable() && which.test(s)) {
        chosen.add(s);
      }
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Source s : chosen) {
      tallies.put(s.id(), new Tally());
    }
    seed(chosen);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> perHost = new HashMap<>();
    Set<String> spent = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Set<String> ids = tallies.keySet();
    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
    try {
      while (true) {
        // page through what is due until some of it belongs to hosts with budget left (a host
        // with a long backlog must not hide the others)
        Map<String, List<FrontierEntry>> byHost = new LinkedHashMap<>();
        for (int offset = 0; ; offset += PAGE) {
          int from = offset;
          List<FrontierEntry> due =
              store.read(s -> s.frontier().dueFor(ids, clock.instant(), from, PAGE));
          for (FrontierEntry e : due) {
            String host = UrlVisitor.host(e.url());
            int used = perHost.getOrDefault(host, 0);
            List<FrontierEntry> list = byHost.computeIfAbsent(host, h -> new ArrayList<>());
            if (used + list.size() < options.maxPerHost() && !spent.contains(host)) {
              list.add(e);
            }
          }
          byHost.values().removeIf(List::isEmpty);
          if (!byHost.isEmpty() || due.size() < PAGE) {
            break;
          }
        }
        byHost.values().removeIf(List::isEmpty);
        if (byHost.isEmpty()) {
          break;
        }
        List<Future<?>> running = new ArrayList<>();
        for (Map.Entry<String, List<FrontierEntry>> h : byHost.entrySet()) {
          perHost.merge(h.getKey(), h.getValue().size(), Integer::sum);
          running.add(
              pool.submit(
                  () -> {
                    long hostStarted = System.nanoTime();
                    for (FrontierEntry e : h.getValue()) {
                      if (System.nanoTime() - hostStarted > options.hostBudget().toNanos()) {
                        spent.add(h.getKey()); // the rest of this host waits for the next pass
                        break;
                      }
                      visitor.visit(e, tallies.get(e.sourceId()), failures);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : running) {
          try {
            f.get();
          } catch (ExecutionException e) {
            // a bug or a database failure: the URL stays due and the pass says why
            failures.add("crawl task failed: " + e.getCause());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, CrawlReport.Counts> counts = new LinkedHashMap<>();
    tallies.forEach((id, t) -> counts.put(id, t.counts()));
    return new CrawlReport(
        counts, List.copyOf(failures), Duration.ofNanos(System.nanoTime() - started));
  }

  /** Puts the configured entry points into the frontier (known ones stay as they are). */
  private void seed(List<Source> chosen) {
    Instant now = clock.instant();
    store.inTransaction(
        s -> {
          for (Source source : chosen) {
            Set<String> seen = new LinkedHashSet<>();
            for (EntryPoint p : source.crawl().entries()) {
              String url = UrlCanonicalizer.canonical(p.url()).orElse(p.url());
              if (seen.add(url)) {
                s.frontier().ensureEntry(url, source.id(), p.type(), now);
              }
            }
          }
          return null;
        });
  }
}
