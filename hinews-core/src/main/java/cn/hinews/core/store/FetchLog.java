package cn.hinews.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One fetch, as source health reads it.
 *
 * @param sourceId the source
 * @param url what was fetched
 * @param kind entry point or article
 * @param at when
 * @param outcome OK, NOT_MODIFIED, a failure outcome, or what went wrong after the fetch
 *     (EXTRACTION_FAILED, ROBOTS_DISALLOWED, REFUSED)
 * @param status the HTTP status, 0 if none
 * @param millis how long it took
 * @param linksFound article links an entry point listed
 * @param newArticles articles newly stored (entry points: newly discovered URLs are not counted)
 * @param message why, for anything but success
 */
public record FetchLog(
    String sourceId,
    String url,
    FrontierEntry.Kind kind,
    Instant at,
    CrawlOutcome outcome,
    int status,
    long millis,
    int linksFound,
    int newArticles,
    String message) {
  public FetchLog {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
    message = message == null ? "" : message;
  }

  public boolean success() {
    return outcome.success();
  }
}
