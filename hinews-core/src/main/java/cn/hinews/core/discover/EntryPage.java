package cn.hinews.core.discover;

import java.util.Objects;
import java.util.Optional;

/**
 * A fetched entry point.
 *
 * @param url where it was fetched from, after redirects: relative links resolve against it
 * @param body the bytes as they came
 * @param contentType the Content-Type header
 * @param charset a charset that overrides what the page says
 */
public record EntryPage(
    String url, byte[] body, Optional<String> contentType, Optional<String> charset) {
  public EntryPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(charset, "charset");
  }
}
