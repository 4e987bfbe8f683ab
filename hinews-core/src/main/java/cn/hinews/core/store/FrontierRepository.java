package cn.hinews.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The crawler's frontier in the database: it survives restarts, and a URL is in it once. */
public interface FrontierRepository {
  /** Adds a URL if it is not known yet; true if it was new. */
  boolean discover(String url, String sourceId, FrontierEntry.Kind kind, Instant now);

  /** Adds an entry point found on the way (a sitemap named by an index), read by {@code type}. */
  boolean discoverEntry(String url, String sourceId, String type, Instant now);

  /**
   * Makes sure a configured entry point is crawled as one: added if new; if known as an article, of
   * another type or given up, it becomes an entry point due now.
   */
  void ensureEntry(String url, String sourceId, String type, Instant now);

  /** Makes an entry point due now (a new pass that must not wait for the interval). */
  void dueNow(String url, Instant now);

  Optional<FrontierEntry> find(String url);

  /** URLs of these sources due by {@code now} that are not done: earliest first. */
  List<FrontierEntry> dueFor(
      java.util.Collection<String> sourceIds, Instant now, int offset, int limit);

  /** URLs due by {@code now} that are not done: earliest first. */
  List<FrontierEntry> due(Instant now, int limit);

  /**
   * A successful fetch (or 304): due again at {@code nextDue} (entry points) or done (articles).
   */
  void fetched(
      String url,
      Instant at,
      Instant nextDue,
      Optional<String> etag,
      Optional<String> lastModified);

  /** A failed fetch: tried again at {@code nextDue}, or GONE for good. */
  void failed(String url, String error, Instant nextDue, boolean gone);

  long count(FrontierEntry.State state);
}
