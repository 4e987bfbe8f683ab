package cn.hinews.core.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search: words with AND / OR / NOT (also 与 或 非 written as operators), "phrases", +must and -not,
 * and filters.
 *
 * @param text the query as typed; blank: everything that passes the filters
 * @param types articles, issue items, or both (empty)
 * @param outlets only these outlets (empty: any)
 * @param sourceKind media or government
 * @param topics only articles with one of these topics
 * @param series only items of this series
 * @param from earliest publish date
 * @param to latest publish date
 * @param sort by relevance or by date (newest first)
 * @param page 0-based
 * @param size hits per page (1..100)
 */
public record SearchQuery(
    String text,
    Set<SearchDoc.Type> types,
    Set<String> outlets,
    Optional<String> sourceKind,
    Set<String> topics,
    Optional<String> series,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Sort sort,
    int page,
    int size) {
  /** Order of hits. */
  public enum Sort {
    RELEVANCE,
    DATE
  }

  public SearchQuery {
    text = text == null ? "" : text;
    types = Set.copyOf(types);
    outlets = Set.copyOf(outlets);
    Objects.requireNonNull(sourceKind, "sourceKind");
    topics = Set.copyOf(topics);
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sort, "sort");
    if (page < 0 || size < 1 || size > 100) {
      throw new IllegalArgumentException("page must be ≥ 0 and size 1..100");
    }
  }

  /** Just words, relevance order, the first 10 hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(
        text,
        Set.of(),
        Set.of(),
        Optional.empty(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Sort.RELEVANCE,
        0,
        10);
  }
}
