package cn.hinews.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the crawler looks for new articles of a source: a feed, a sitemap, a list page or a JSON
 * list, fetched again on the source's interval.
 *
 * @param type the discoverer that reads it, by name: {@code feed}, {@code sitemap}, {@code robots}
 *     (the sitemaps robots.txt names), {@code list} or {@code json}
 * @param url where it is
 * @param links for list pages, the CSS selector of the article links (default: every link)
 * @param next for list pages, the CSS selector of the next-page link
 * @param pages how many pages of a paginated list one pass reads at most
 * @param match a regular expression an article URL must match (found anywhere in it)
 * @param verified false for entry points taken from other crawlers and not fetched from here
 */
public record EntryPoint(
    String type,
    String url,
    Optional<String> links,
    Optional<String> next,
    int pages,
    Optional<String> match,
    boolean verified) {
  public EntryPoint {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(match, "match");
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be at least 1: " + pages);
    }
  }

  /** An entry point of {@code type} at {@code url} with nothing else set. */
  public static EntryPoint of(String type, String url) {
    return new EntryPoint(type, url, Optional.empty(), Optional.empty(), 1, Optional.empty(), true);
  }
}
