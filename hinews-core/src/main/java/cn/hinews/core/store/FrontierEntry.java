package cn.hinews.core.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One URL of the crawler's frontier.
 *
 * @param url canonical URL (see {@link UrlCanonicalizer})
 * @param sourceId the source it belongs to
 * @param kind an entry point (feed, list page, sitemap: fetched again and again) or an article
 *     (once)
 * @param state where it stands
 * @param attempts fetches tried since the last success
 * @param lastError why the last fetch failed
 * @param nextDue when it is to be fetched (again)
 * @param etag validator of the last copy, for a conditional GET
 * @param lastModified validator of the last copy, for a conditional GET
 * @param entryType for entry points found on the way (a sitemap of an index), the discoverer that
 *     reads them; configured entry points take theirs from the source
 */
public record FrontierEntry(
    String url,
    String sourceId,
    Kind kind,
    State state,
    int attempts,
    Optional<String> lastError,
    Instant nextDue,
    Optional<String> etag,
    Optional<String> lastModified,
    Optional<String> entryType) {
  public FrontierEntry {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(nextDue, "nextDue");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(entryType, "entryType");
  }

  /** What a URL is for. */
  public enum Kind {
    ENTRY,
    ARTICLE
  }

  /** Where a URL stands. */
  public enum State {
    DISCOVERED,
    FETCHED,
    FAILED,
    GONE
  }
}
