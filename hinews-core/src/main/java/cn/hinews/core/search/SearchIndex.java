package cn.hinews.core.search;

import java.util.Collection;

/**
 * Full-text search over articles and the items of issues. Lucene behind it today ({@link
 * SearchIndexes#lucene}); a search server can be added behind the same interface.
 */
public interface SearchIndex extends AutoCloseable {
  /** Adds or replaces documents by key; visible to searches when this returns. */
  void put(Collection<SearchDoc> docs);

  /** Removes documents by key. */
  void remove(Collection<String> keys);

  /** Removes every document of a type (the items, before they are put again). */
  void removeType(SearchDoc.Type type);

  /** Removes everything (before a rebuild). */
  void clear();

  /** A bad query is an {@link IllegalArgumentException} naming what is wrong. */
  SearchResult search(SearchQuery query);

  long count();

  /** False for an index opened to search only (another process writes it). */
  default boolean writable() {
    return true;
  }

  /** What the indexer last noted (its watermark), kept with the index; empty for a new index. */
  java.util.Map<String, String> bookmark();

  /** Notes the indexer's watermark with the index. */
  void bookmark(java.util.Map<String, String> marks);

  /**
   * The counts of 统计 as this index's aggregations, for an index that keeps the judgements' facts
   * (the OpenSearch one); empty: count in the database.
   */
  default java.util.Optional<cn.hinews.core.analysis.stats.PeriodCounts> periodCounts() {
    return java.util.Optional.empty();
  }

  /**
   * The spike baselines' story counts as this index's aggregations, for an index that keeps each
   * judgement's cluster and time (the OpenSearch one); empty: count in the database.
   */
  default java.util.Optional<cn.hinews.core.analysis.stats.StoryCounts> storyCounts() {
    return java.util.Optional.empty();
  }

  @Override
  void close();
}
