package cn.hinews.core.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fetchers a source may name ({@code fetcher:} in sources.yml), each by its name: the one list
 * the sources file checks against and the crawl chooses from ({@code crawl.Fetchers}).
 */
public enum FetcherKind {
  /** plain HTTP (the default) */
  HTTP,
  /** headless Chromium, for sites behind a JavaScript challenge */
  BROWSER;

  /** The name sources.yml uses. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The fetcher of a name, if it is one. */
  public static Optional<FetcherKind> named(String name) {
    return Arrays.stream(values()).filter(k -> k.id().equals(name)).findFirst();
  }

  /** Every name, for a message. */
  public static List<String> names() {
    return Arrays.stream(values()).map(FetcherKind::id).toList();
  }
}
