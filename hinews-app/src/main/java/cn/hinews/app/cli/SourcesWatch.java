package cn.hinews.app.cli;

import cn.hinews.core.crawl.CrawlListener;
import cn.hinews.core.crawl.Crawler;
import cn.hinews.core.home.HinewsHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The crawler of serve, built again when {@code $HINEWS_HOME/sources.yml} changed (an admin edited
 * a source in the web app), so that a pass always crawls the sources as they are.
 */
final class SourcesWatch implements Supplier<Crawler> {
  private final HinewsHome home;
  private final Path file;
  private Optional<FileTime> seen = Optional.empty();
  private Crawler crawler;

  SourcesWatch(HinewsHome home) {
    this.home = home;
    this.file = home.path().resolve(HinewsHome.SOURCES_FILE);
  }

  @Override
  public synchronized Crawler get() {
    Optional<FileTime> now;
    try {
      now = Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file)) : Optional.empty();
    } catch (IOException e) {
      now = seen; // unreadable for a moment: keep crawling as before
    }
    if (crawler == null || !now.equals(seen)) {
      crawler = home.crawler(home.sources(), false, CrawlListener.NONE);
      seen = now;
    }
    return crawler;
  }
}
