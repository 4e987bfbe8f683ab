package cn.hinews.core.crawl;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import cn.hinews.core.worker.WorkerIdentity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One crawl worker in a process of its own, for {@link SharedCrawlIT} to run beside others and to
 * kill. Args: JDBC URL, user, home, sources.yml, host budget in seconds. Its machine's name is the
 * environment's {@code HOSTNAME}.
 */
public final class WorkerChild {
  private WorkerChild() {}

  public static void main(String[] args) throws Exception {
    SourceRegistry registry = SourceRegistry.read(Path.of(args[3]));
    CrawlOptions defaults = CrawlOptions.defaults();
    CrawlOptions options =
        new CrawlOptions(
            defaults.concurrency(),
            defaults.minDelay(),
            defaults.maxPerHost(),
            defaults.maxArticlesPerEntry(),
            defaults.maxAttempts(),
            defaults.retryBase(),
            Duration.ofSeconds(Long.parseLong(args[4])));
    try (Store store = Store.open(new DatabaseConfig(args[0], args[1], ""), Path.of(args[2]))) {
      CrawlReport r =
          new Crawler(
                  store,
                  registry,
                  Extractors.standard(registry, Clock.systemUTC()),
                  new HttpFetcher(
                      FetchSettings.defaults(), d -> Thread.sleep(d.toMillis()), Clock.systemUTC()),
                  Optional.empty(),
                  options,
                  Clock.systemUTC(),
                  e -> System.out.println(e.outcome() + " " + e.url()),
                  WorkerIdentity.current())
              .runUntilDone(s -> true);
      System.out.println(
          "done: " + r.totalFetches() + " fetches, " + r.totalNewArticles() + " new");
    }
  }
}
