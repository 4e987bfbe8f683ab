package cn.hinews.core.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one pass did.
 *
 * @param bySource counts per source id, in registry order
 * @param failures the failed URLs with their reasons (the first ones)
 * @param took how long the pass ran
 */
public record CrawlReport(Map<String, Counts> bySource, List<String> failures, Duration took) {
  /** Counts of one source in one pass. */
  public record Counts(
      int entriesFetched,
      int entriesNotModified,
      int linksFound,
      int newUrls,
      int articlesNew,
      int articlesUnchanged,
      int articlesRevised,
      int failed) {
    public int fetches() {
      return entriesFetched
          + entriesNotModified
          + articlesNew
          + articlesUnchanged
          + articlesRevised
          + failed;
    }
  }

  public int totalFetches() {
    return bySource.values().stream().mapToInt(Counts::fetches).sum();
  }

  public int totalFailed() {
    return bySource.values().stream().mapToInt(Counts::failed).sum();
  }

  public int totalNewArticles() {
    return bySource.values().stream().mapToInt(Counts::articlesNew).sum();
  }
}
