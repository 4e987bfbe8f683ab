package cn.hinews.app.cli;

import cn.hinews.core.crawl.CrawlListener;
import cn.hinews.core.crawl.CrawlReport;
import cn.hinews.core.crawl.Crawler;
import cn.hinews.core.domain.Source;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.FetchLog;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch what is due on the sources' entry points and the articles they lead to, extract and",
      "store them. --once runs one pass and prints counts per source; without it, passes repeat",
      "every minute until stopped. Exit code 1 when a source could not be crawled at all."
    })
final class CrawlCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Option(names = "--once", description = "one pass, then exit")
  private boolean once;

  @Option(names = "--source", paramLabel = "ID", description = "only this source (repeatable)")
  private java.util.List<String> only = new java.util.ArrayList<>();

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
    try (HinewsHome home = cli.openHome()) {
      SourceRegistry sources =
          sourcesFile == null ? home.sources() : SourceRegistry.read(sourcesFile);
      for (String id : only) {
        Optional<Source> s = sources.byId(id);
        if (s.isEmpty()) {
          cli.err().println("hinews: unknown source '" + id + "' (hinews sources list shows them)");
          return 2;
        }
        if (!s.get().crawl().crawlable()) {
          cli.err().println("hinews: the source '" + id + "' has no entry points or is disabled");
          return 2;
        }
      }
      Predicate<Source> which = only.isEmpty() ? s -> true : s -> only.contains(s.id());
      Progress progress = new Progress();
      Crawler crawler = home.crawler(sources, allowPrivate, progress);
      int code;
      // the analysis runs beside the crawl, and whatever is left is drained before the index
      home.analysis().start(1);
      do {
        CrawlReport report = crawler.runOnce(which);
        code = print(cli, report);
        if (cli.analyseStored(home) > 0 && code == 0) {
          code = 1;
        }
        cli.catchUpIndex(home);
        // after the articles are judged: the immediate rules fire, so a cron-driven crawl alerts
        printAlerts(home.alerts(allowPrivate).runOnce());
        if (!once) {
          Thread.sleep(60_000);
        }
      } while (!once);
      return code;
    }
  }

  private void printAlerts(cn.hinews.core.alert.AlertService.Round r) {
    if (r.raised() + r.addedTo() + r.sent() + r.failed() + r.rateLimited() > 0) {
      cli.out()
          .printf(
              Locale.ROOT,
              "预警：新 %d 条，并入已有 %d 条，超频 %d 条；发送 %d，失败 %d%n",
              r.raised(),
              r.addedTo(),
              r.rateLimited(),
              r.sent(),
              r.failed());
    }
  }

  /** The per-source table of a pass; 1 when a source could not be crawled at all. */
  static int print(Cli cli, CrawlReport report) {
    cli.out()
        .printf(
            Locale.ROOT,
            "%-14s %7s %6s %8s %5s %9s %7s %6s%n",
            "source",
            "entries",
            "links",
            "new-urls",
            "new",
            "unchanged",
            "revised",
            "failed");
    int broken = 0;
    for (Map.Entry<String, CrawlReport.Counts> e : report.bySource().entrySet()) {
      CrawlReport.Counts c = e.getValue();
      cli.out()
          .printf(
              Locale.ROOT,
              "%-14s %7d %6d %8d %5d %9d %7d %6d%n",
              e.getKey(),
              c.entriesFetched() + c.entriesNotModified(),
              c.linksFound(),
              c.newUrls(),
              c.articlesNew(),
              c.articlesUnchanged(),
              c.articlesRevised(),
              c.failed());
      if (c.fetches() > 0 && c.fetches() == c.failed()) {
        broken++;
      }
    }
    cli.out()
        .printf(
            Locale.ROOT,
            "%d fetches, %d new articles, %d failed, in %.1f s%n",
            report.totalFetches(),
            report.totalNewArticles(),
            report.totalFailed(),
            report.took().toMillis() / 1000.0);
    int shown = 0;
    for (String f : report.failures()) {
      if (shown++ == 20) {
        cli.out()
            .println("  … " + (report.failures().size() - 20) + " more failures in the fetch log");
        break;
      }
      cli.out().println("  failed: " + f);
    }
    cli.out().flush();
    return broken > 0 ? 1 : 0;
  }

  /** A line on stderr every 25 fetches. */
  private final class Progress implements CrawlListener {
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final long started = System.nanoTime();

    @Override
    public void fetched(FetchLog entry) {
      int n = fetches.incrementAndGet();
      stored.addAndGet(entry.newArticles());
      if (!entry.success()) {
        failed.incrementAndGet();
      }
      if (n % 25 == 0) {
        double secs = (System.nanoTime() - started) / 1e9;
        cli.err()
            .printf(
                Locale.ROOT,
                "… %d fetches, %d new articles, %d failed, %.1f fetches/s%n",
                n,
                stored.get(),
                failed.get(),
                n / Math.max(secs, 1e-3));
        cli.err().flush();
      }
    }
  }
}
