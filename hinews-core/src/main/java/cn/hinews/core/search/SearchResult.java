package cn.hinews.core.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One page of hits.
 *
 * @param total hits in all
 * @param hits this page's
 * @param tookMillis time spent searching
 */
public record SearchResult(long total, List<Hit> hits, long tookMillis) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * One hit; {@code title} and {@code snippet} are HTML-escaped with the matches in {@code <mark>}.
   */
  public record Hit(
      String key,
      SearchDoc.Type type,
      long articleId,
      String url,
      String title,
      String snippet,
      String outlet,
      Optional<LocalDate> date,
      Optional<String> series,
      Optional<Integer> issueNumber,
      float score) {}
}
