package cn.hinews.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * How a source has been doing over a window of days.
 *
 * @param sourceId the source
 * @param fetches fetches in the window
 * @param failures failed fetches in the window
 * @param lastSuccess the last successful fetch, ever
 * @param lastArticle the last newly stored article, ever
 * @param newArticles articles stored in the window
 * @param days the window's length in days
 * @param silent its entry points answer but no new article came for a while, though some came
 *     before: the failure that goes unnoticed
 */
public record SourceHealth(
    String sourceId,
    long fetches,
    long failures,
    Optional<Instant> lastSuccess,
    Optional<Instant> lastArticle,
    long newArticles,
    int days,
    boolean silent) {
  /** Failed fetches per fetch in the window; 0 when nothing was fetched. */
  public double errorRate() {
    return fetches == 0 ? 0 : (double) failures / fetches;
  }

  public double articlesPerDay() {
    return days == 0 ? 0 : (double) newArticles / days;
  }
}
