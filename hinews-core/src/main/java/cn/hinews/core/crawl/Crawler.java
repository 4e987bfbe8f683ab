package cn.hinews.core.crawl;

import cn.hinews.core.discover.Discoverers;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.Source;
import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.FrontierEntry;
import cn.hinews.core.store.LeaseCount;
import cn.hinews.core.store.Store;
import cn.hinews.core.worker.WorkerIdentity;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler's entry point. A pass puts the configured entry points into the frontier, then
 * fetches what is due, round after round, until nothing of the chosen sources is due: entry points
 * (again on their interval: a list is never skipped as already seen), then the articles they led
 * to. Hosts are fetched in parallel (at most {@code concurrency} at once), each host's URLs one
 * after another at its delay. Restart-safe: the frontier is in the database, and each URL's result
 * is stored in one transaction. Any number of workers may crawl one database at once: each leases
 * the URLs it fetches ({@code FOR UPDATE SKIP LOCKED}, given back when visited or when its lease
 * runs out), and books each request to a host in the database ({@link SharedThrottle}).
 */
public final class Crawler {
  private static final int PAGE = 2_000;
  private static final Duration OTHERS_POLL = Duration.ofMillis(500);

  /**
   * URLs of one host leased at a time, as its task goes: the rest stays free for other workers,
   * which take their turns at the host's delay (the delay is booked in the database, whoever
   * fetches).
   */
  static final int CLAIM_PER_HOST = 50;

  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

  private final Store store;
  private final SourceRegistry sources;
  private final UrlVisitor visitor;
  private final CrawlOptions options;
  private final Clock clock;
  private final WorkerIdentity worker;

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
    this(
        store,
        sources,
        extractor,
        http,
        browser,
        options,
        clock,
        listener,
        WorkerIdentity.current());
  }

  /**
   * @param worker the name this crawler's leases carry (one process: one name)
   */
  public Crawler(
      Store store,
      SourceRegistry sources,
      ArticleExtractor extractor,
      Fetcher http,
      Optional<Fetcher> browser,
      CrawlOptions options,
      Clock clock,
      CrawlListener listener,
      WorkerIdentity worker) {
    this.worker = worker;
    this.store = store;
    this.sources = sources;
    this.options = options;
    this.clock = clock;
    RobotsPolicy robots = new RobotsPolicy(http, "hinews", clock, Duration.ofHours(24));
    Throttle throttle =
        new SharedThrottle(store, options.minDelay(), d -> Thread.sleep(d.toMillis()));
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
    return pass(which, false);
  }

  /**
   * One pass that ends only when nothing of the chosen sources is due, including what other workers
   * hold: it waits for their leases to be given back or to run out (a worker killed mid-crawl), and
   * takes what their fetches discover. What {@code hinews worker --once} runs.
   */
  public CrawlReport runUntilDone(Predicate<Source> which) throws InterruptedException {
    return pass(which, true);
  }

  private CrawlReport pass(Predicate<Source> which, boolean waitForOthers)
      throws InterruptedException {
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
    releaseGone();
    seed(chosen);
    Round round = new Round(tallies);
    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
    try {
      while (true) {
        Map<String, List<FrontierEntry>> byHost = due(round);
        if (byHost.isEmpty()) {
          if (waitForOthers && !round.spent.isEmpty()) {
            // the hosts out of budget get another turn: this pass ends only when nothing is due
            round.spent.clear();
            round.perHost.clear();
            continue;
          }
          if (!waitForOthers || !othersHold(tallies.keySet())) {
            break;
          }
          Thread.sleep(OTHERS_POLL.toMillis());
          releaseGone();
          continue;
        }
        runHosts(pool, byHost, round);
        if (round.claimedNone) {
          Thread.sleep(20); // others took what was due a moment ago: read again
        }
      }
    } finally {
      pool.shutdownNow();
      round.giveBack();
    }
    Map<String, CrawlReport.Counts> counts = new LinkedHashMap<>();
    tallies.forEach((id, t) -> counts.put(id, t.counts()));
    return new CrawlReport(
        counts, List.copyOf(round.failures), Duration.ofNanos(System.nanoTime() - started));
  }

  /** What one pass keeps between its rounds. */
  private final class Round {
    final Map<String, Tally> tallies;
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> perHost = new HashMap<>();
    final Set<String> spent = ConcurrentHashMap.newKeySet();
    final Set<String> held = ConcurrentHashMap.newKeySet();
    volatile boolean claimedNone;

    Round(Map<String, Tally> tallies) {
      this.tallies = tallies;
    }

    /** The URLs still held but not visited (a host out of budget, an interruption) go back. */
    void giveBack() {
      if (!held.isEmpty()) {
        List<String> left = List.copyOf(held);
        store.inTransaction(
            s -> {
              s.frontierLeases().release(left, worker.name());
              return null;
            });
        held.clear();
      }
    }
  }

  /**
   * Reads what is due (and not held by another worker) until some of it belongs to hosts with
   * budget left (a host with a long backlog must not hide the others): a host's URLs in order, at
   * most its budget per pass. Each host's task leases them as it goes ({@link #runHost}).
   */
  private Map<String, List<FrontierEntry>> due(Round round) {
    Map<String, List<FrontierEntry>> byHost = new LinkedHashMap<>();
    Set<String> ids = round.tallies.keySet();
    for (int offset = 0; ; offset += PAGE) {
      int from = offset;
      List<FrontierEntry> due =
          store.read(s -> s.frontier().dueFor(ids, clock.instant(), from, PAGE));
      for (FrontierEntry e : due) {
        String host = UrlVisitor.host(e.url());
        int used = round.perHost.getOrDefault(host, 0);
        List<FrontierEntry> list = byHost.computeIfAbsent(host, h -> new ArrayList<>());
        if (used + list.size() < options.maxPerHost() && !round.spent.contains(host)) {
          list.add(e);
        }
      }
      byHost.values().removeIf(List::isEmpty);
      if (!byHost.isEmpty() || due.size() < PAGE) {
        break;
      }
    }
    return byHost;
  }

  /** Fetches each host's URLs one after another, hosts in parallel; each host leases as it goes. */
  private void runHosts(ExecutorService pool, Map<String, List<FrontierEntry>> byHost, Round round)
      throws InterruptedException {
    round.claimedNone = true;
    List<Future<?>> running = new ArrayList<>();
    for (Map.Entry<String, List<FrontierEntry>> h : byHost.entrySet()) {
      round.perHost.merge(h.getKey(), h.getValue().size(), Integer::sum);
      running.add(pool.submit(() -> runHost(h.getKey(), h.getValue(), round)));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        // a bug or a database failure: the URL stays due and the pass says why
        round.failures.add("crawl task failed: " + e.getCause());
      }
    }
    round.giveBack();
  }

  /**
   * One host's URLs in turn, leased {@link #CLAIM_PER_HOST} at a time (what another worker took
   * meanwhile is skipped), until they are done or the host's budget is spent.
   */
  private Void runHost(String host, List<FrontierEntry> urls, Round round)
      throws InterruptedException {
    long started = System.nanoTime();
    for (int from = 0; from < urls.size(); from += CLAIM_PER_HOST) {
      List<FrontierEntry> chunk = urls.subList(from, Math.min(urls.size(), from + CLAIM_PER_HOST));
      Instant now = clock.instant();
      Set<String> mine =
          store.inTransaction(
              s ->
                  s.frontierLeases()
                      .claim(
                          chunk.stream().map(FrontierEntry::url).toList(),
                          worker.name(),
                          now,
                          now.plus(lease())));
      if (!mine.isEmpty()) {
        round.claimedNone = false;
        round.held.addAll(mine);
      }
      for (FrontierEntry e : chunk) {
        if (!mine.contains(e.url())) {
          continue; // another worker has it
        }
        if (System.nanoTime() - started > options.hostBudget().toNanos()) {
          round.spent.add(host); // the rest of this host waits for the next pass
          return null;
        }
        visitor.visit(e, round.tallies.get(e.sourceId()), round.failures);
      }
    }
    return null;
  }

  /**
   * How long a leased URL stays with this worker: a host's list takes at most the host budget, and
   * the fetch under way when it runs out finishes after it.
   */
  private Duration lease() {
    return options.hostBudget().multipliedBy(2).plus(Duration.ofSeconds(10));
  }

  private boolean othersHold(Set<String> ids) {
    return store.read(s -> s.frontierLeases().heldDue(ids, clock.instant())) > 0;
  }

  /** Frees the URLs of workers of this machine whose process is gone (killed mid-crawl). */
  private void releaseGone() {
    for (LeaseCount h : store.read(s -> s.frontierLeases().holders(clock.instant()))) {
      if (worker.goneHere(h.worker())) {
        int n = store.inTransaction(s -> s.frontierLeases().releaseAll(h.worker()));
        LOG.info("{} URLs leased by the stopped worker {} are free again", n, h.worker());
      }
    }
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
