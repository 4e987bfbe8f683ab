package cn.hinews.core.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A fetched page: its URL, its bytes as they came, and the charset-bearing HTTP header.
 *
 * @param url the page's URL (may be empty for a file of unknown origin)
 * @param body the raw bytes
 * @param contentType the {@code Content-Type} header, if any
 */
public record Page(String url, byte[] body, Optional<String> contentType) {
  public Page {
    url = url == null ? "" : url;
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contentType, "contentType");
  }

  public static Page of(String url, byte[] body) {
    return new Page(url, body, Optional.empty());
  }
}
