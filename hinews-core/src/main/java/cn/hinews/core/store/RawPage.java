package cn.hinews.core.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetched article page as it came, kept so that articles can be read again when the extractor
 * improves.
 *
 * @param url the canonical URL it was fetched for
 * @param sourceId the source it belongs to
 * @param finalUrl where redirects led
 * @param fetchedAt when
 * @param contentType the Content-Type header (its charset matters)
 * @param body the bytes
 */
public record RawPage(
    String url,
    String sourceId,
    String finalUrl,
    Instant fetchedAt,
    Optional<String> contentType,
    byte[] body) {
  public RawPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }
}
