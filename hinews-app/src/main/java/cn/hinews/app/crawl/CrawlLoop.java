package cn.hinews.app.crawl;

import cn.hinews.core.crawl.CrawlReport;
import cn.hinews.core.crawl.Crawler;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The crawl inside {@code hinews serve}: a pass over what is due, then a pause, for as long as the
 * server runs. Each source's entry points come due on its own interval, so a pass often fetches
 * nothing. A failed pass is reported and the next one runs as usual.
 */
public final class CrawlLoop implements AutoCloseable {
  private final java.util.function.Supplier<Crawler> crawler;
  private final Runnable afterPass;
  private final Duration pause;
  private final PrintWriter log;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hinews-crawl");
            t.setDaemon(true);
            return t;
          });

  /**
   * @param afterPass runs after every pass (the search index's catch-up)
   */
  /**
   * @param crawler the crawler of the sources as they are now (a new one when they changed)
   */
  public CrawlLoop(
      java.util.function.Supplier<Crawler> crawler,
      Runnable afterPass,
      Duration pause,
      PrintWriter log) {
    this.crawler = crawler;
    this.afterPass = afterPass;
    this.pause = pause;
    this.log = log;
  }

  public void start() {
    executor.scheduleWithFixedDelay(this::pass, 5_000, pause.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void pass() {
    try {
      CrawlReport r = crawler.get().runOnce(s -> true);
      if (r.totalFetches() > 0) {
        log.printf(
            Locale.ROOT,
            "crawl: %d fetches, %d new articles, %d failed, in %.1f s%n",
            r.totalFetches(),
            r.totalNewArticles(),
            r.totalFailed(),
            r.took().toMillis() / 1000.0);
        log.flush();
      }
      afterPass.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.println("crawl: the pass failed and will be tried again: " + e);
      log.flush();
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
