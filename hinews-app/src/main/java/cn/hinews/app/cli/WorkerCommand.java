package cn.hinews.app.cli;

import cn.hinews.core.crawl.CrawlListener;
import cn.hinews.core.crawl.CrawlReport;
import cn.hinews.core.crawl.Crawler;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.FetchLog;
import cn.hinews.core.worker.Heartbeat;
import cn.hinews.core.worker.WorkerIdentity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Crawl and analyse without the web application. Any number of workers,",
      "on any number of machines, may share one PostgreSQL database: URLs and",
      "analysis rows are leased, each host's delay is kept across workers.",
      "Without --crawl or --analyse it does both. --once: one pass until nothing",
      "is due (what other workers hold included), the analysis drained, then exit.",
      "Exit code 1 when a source could not be crawled at all or an analysis failed."
    })
final class WorkerCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Option(names = "--once", description = "one pass until nothing is due, then exit")
  private boolean once;

  @Option(names = "--crawl", description = "crawl (with --analyse: both; the default)")
  private boolean crawl;

  @Option(
      names = {"--analyse", "--analyze"},
      description = "analyse the stored articles (with --crawl: both; the default)")
  private boolean analyse;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "analysis threads (default: the cores less one, at least one)")
  private Integer threads;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description =
          "read the sources from FILE instead of the defaults and $HINEWS_HOME/sources.yml")
  private Path sourcesFile;

  @Option(
      names = "--allow-private-addresses",
      description = "fetch hosts on private or loopback addresses (tests, intranet sites)")
  private boolean allowPrivate;

  @Override
  public Integer call() throws InterruptedException {
    boolean crawls = crawl || !analyse;
    boolean analyses = analyse || !crawl;
    int n = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    if (n < 1) {
      cli.err().println("hinews: --threads must be at least 1");
      return 2;
    }
    List<String> roles = new ArrayList<>();
    if (crawls) {
      roles.add("crawl");
    }
    if (analyses) {
      roles.add("analyse");
    }
    Thread main = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> stopOnSignal(main, finished), "hinews-worker-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (HinewsHome home = cli.openHome()) {
      SourceRegistry sources =
          sourcesFile == null ? home.sources() : SourceRegistry.read(sourcesFile);
      Fetches fetches = new Fetches();
      Crawler crawler = home.crawler(sources, allowPrivate, fetches);
      WorkerIdentity me = WorkerIdentity.current();
      try (Heartbeat beat =
          Heartbeat.start(
              home.store(),
              me,
              String.join(",", roles),
              new Heartbeat.Counters(fetches.count::get, () -> home.analysis().service().judged()),
              home.clock())) {
        cli.out()
            .printf(
                Locale.ROOT,
                "worker %s: %s on %s%s%n",
                me.name(),
                String.join(" + ", roles),
                home.path(),
                once ? " (one pass)" : " until stopped");
        if (analyses) {
          home.analysis().start(n);
        }
        return once ? oncePass(home, crawler, crawls, analyses) : forever(crawler, crawls);
      } catch (InterruptedException stopped) {
        cli.out().println("worker: stopped; what it held goes back to the queues");
        return 0;
      }
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is stopping (a signal): the hook is running and waits for this
      }
    }
  }

  private int oncePass(HinewsHome home, Crawler crawler, boolean crawls, boolean analyses)
      throws InterruptedException {
    int code = 0;
    if (crawls) {
      CrawlReport report = crawler.runUntilDone(s -> true);
      code = CrawlCommand.print(cli, report);
    }
    if (analyses && cli.analyseStored(home) > 0 && code == 0) {
      code = 1;
    }
    return code;
  }

  private int forever(Crawler crawler, boolean crawls) throws InterruptedException {
    while (true) {
      if (crawls) {
        CrawlReport r = crawler.runOnce(s -> true);
        cli.out()
            .printf(
                Locale.ROOT,
                "pass: %d fetches, %d new articles, %d failed, in %.1f s%n",
                r.totalFetches(),
                r.totalNewArticles(),
                r.totalFailed(),
                r.took().toMillis() / 1000.0);
        cli.out().flush();
      }
      Thread.sleep(60_000);
    }
  }

  /**
   * SIGTERM or Ctrl-C: the work in hand is interrupted, its leases given back, then the JVM ends.
   */
  private static void stopOnSignal(Thread main, CountDownLatch finished) {
    main.interrupt();
    try {
      finished.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Counts the requests for the heartbeat; a line on stderr every 100. */
  private final class Fetches implements CrawlListener {
    final AtomicLong count = new AtomicLong();
    final AtomicLong stored = new AtomicLong();

    @Override
    public void fetched(FetchLog entry) {
      long k = count.incrementAndGet();
      stored.addAndGet(entry.newArticles());
      if (k % 100 == 0) {
        cli.err().printf(Locale.ROOT, "… %d fetches, %d new articles%n", k, stored.get());
        cli.err().flush();
      }
    }
  }
}
