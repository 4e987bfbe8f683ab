package cn.hinews.core.crawl;

import java.util.Objects;
import java.util.Optional;

/**
 * What one fetch brought back. A failure is a result, never an exception: it names the URL and the
 * reason.
 *
 * @param url the URL asked for
 * @param finalUrl where the redirects led
 * @param outcome what happened
 * @param status the last HTTP status (0 if none came)
 * @param contentType the Content-Type header
 * @param body the decoded (gunzipped) body; empty unless {@link Outcome#OK}
 * @param etag the ETag, for the next conditional GET
 * @param lastModified the Last-Modified, for the next conditional GET
 * @param attempts how many tries it took
 * @param message why, for anything but OK and NOT_MODIFIED
 */
public record FetchResult(
    String url,
    String finalUrl,
    Outcome outcome,
    int status,
    Optional<String> contentType,
    byte[] body,
    Optional<String> etag,
    Optional<String> lastModified,
    int attempts,
    String message) {
  public FetchResult {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(body, "body");
  }

  /** The kinds of result. */
  public enum Outcome {
    OK,
    NOT_MODIFIED,
    CLIENT_ERROR,
    SERVER_ERROR,
    TOO_LARGE,
    TOO_MANY_REDIRECTS,
    REDIRECT_LOOP,
    TIMEOUT,
    NETWORK_ERROR,
    /** not fetched: the address is internal (see {@link AddressGuard}) */
    REFUSED
  }

  public boolean ok() {
    return outcome == Outcome.OK;
  }
}
