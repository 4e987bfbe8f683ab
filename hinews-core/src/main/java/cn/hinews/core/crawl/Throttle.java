package cn.hinews.core.crawl;

import java.time.Duration;

/** Politeness per host: waits until a request to a host may start, and books that start. */
interface Throttle {
  /**
   * @param crawlDelay the source's delay or the site's Crawl-delay; never shortens the least delay
   * @return how long it waited
   */
  Duration await(String host, Duration crawlDelay) throws InterruptedException;
}
