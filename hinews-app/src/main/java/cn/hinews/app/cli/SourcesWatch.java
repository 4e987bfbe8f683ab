package cn.hinews.app.cli;

import cn.hinews.core.crawl.CrawlListener;
import cn.hinews.core.crawl.Crawler;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.source.SourceRegistry;
import java.util.function.Supplier;

/**
 * The crawler of serve, built again when the home's sources changed (an admin edited a source in
 * the web app; {@link HinewsHome#sources} reads the file again then), so that a pass always crawls
 * the sources as they are.
 */
final class SourcesWatch implements Supplier<Crawler> {
  private final HinewsHome home;
  private SourceRegistry built;
  private Crawler crawler;

  SourcesWatch(HinewsHome home) {
    this.home = home;
  }

  @Override
  public synchronized Crawler get() {
    SourceRegistry now = home.sources();
    if (crawler == null || now != built) {
      crawler = home.crawler(now, false, CrawlListener.NONE);
      built = now;
    }
    return crawler;
  }
}
