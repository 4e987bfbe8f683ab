package cn.hinews.core.home;

import cn.hinews.core.config.CrawlConfig;
import cn.hinews.core.crawl.AddressGuard;
import cn.hinews.core.crawl.BrowserFetcher;
import cn.hinews.core.crawl.CrawlListener;
import cn.hinews.core.crawl.CrawlOptions;
import cn.hinews.core.crawl.Crawler;
import cn.hinews.core.crawl.FetchSettings;
import cn.hinews.core.crawl.HttpFetcher;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** How a home builds its crawl from the configuration: fetch settings, fetchers, the crawler. */
final class HomeCrawl {
  private HomeCrawl() {}

  static FetchSettings settings(CrawlConfig c) {
    return new FetchSettings(
        c.userAgent(),
        c.connectTimeout(),
        c.readTimeout(),
        c.totalTimeout(),
        c.maxBytes(),
        5,
        3,
        Duration.ofSeconds(2),
        Duration.ofSeconds(60));
  }

  static HinewsHome.Fetchers fetchers(CrawlConfig c, boolean allowPrivateAddresses) {
    AddressGuard guard = AddressGuard.standard(allowPrivateAddresses || c.allowPrivateAddresses());
    FetchSettings settings = settings(c);
    Optional<Path> chromium =
        c.browser().isEmpty() ? BrowserFetcher.findChromium() : Optional.of(Path.of(c.browser()));
    return new HinewsHome.Fetchers(
        HttpFetcher.standard(settings, guard),
        chromium.map(p -> new BrowserFetcher(p, settings, guard, Duration.ofSeconds(8))));
  }

  static Crawler crawler(
      Store store,
      CrawlConfig c,
      SourceRegistry sources,
      HinewsHome.Fetchers f,
      Clock clock,
      CrawlListener listener) {
    CrawlOptions d = CrawlOptions.defaults();
    CrawlOptions options =
        new CrawlOptions(
            c.concurrency(),
            Duration.ZERO,
            c.maxPerHost(),
            d.maxArticlesPerEntry(),
            d.maxAttempts(),
            d.retryBase(),
            d.hostBudget());
    return new Crawler(
        store,
        sources,
        Extractors.standard(sources, clock),
        f.http(),
        f.browser(),
        options,
        clock,
        listener);
  }
}
