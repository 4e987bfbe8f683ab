package cn.hinews.core.crawl;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** A crawl in a process of its own, for {@link CrawlRestartIT} to kill. Args: home, sources.yml. */
public final class CrawlChild {
  private CrawlChild() {}

  public static void main(String[] args) throws Exception {
    SourceRegistry registry = SourceRegistry.read(Path.of(args[1]));
    try (Store store = Store.open(new DatabaseConfig("", "", ""), Path.of(args[0]))) {
      new Crawler(
              store,
              registry,
              Extractors.standard(registry, Clock.systemUTC()),
              new HttpFetcher(
                  FetchSettings.defaults(), d -> Thread.sleep(d.toMillis()), Clock.systemUTC()),
              Optional.empty(),
              CrawlOptions.defaults(),
              Clock.systemUTC(),
              e -> System.out.println(e.outcome() + " " + e.url()))
          .runOnce(s -> true);
    }
  }
}
