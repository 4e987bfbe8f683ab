package cn.hinews.core.discover;

import java.util.List;
import java.util.Optional;

/**
 * What an entry point led to.
 *
 * @param articles absolute article URLs, in the page's order, each once
 * @param entries further entry points of the same kind (the sitemaps of a sitemap index or of
 *     robots.txt)
 * @param next the next page of a paginated list
 * @param problems what could not be read, each naming the URL
 */
public record Discovered(
    List<String> articles, List<String> entries, Optional<String> next, List<String> problems) {
  public Discovered {
    articles = List.copyOf(articles);
    entries = List.copyOf(entries);
    next = next == null ? Optional.empty() : next;
    problems = List.copyOf(problems);
  }

  static Discovered failed(String problem) {
    return new Discovered(List.of(), List.of(), Optional.empty(), List.of(problem));
  }
}
