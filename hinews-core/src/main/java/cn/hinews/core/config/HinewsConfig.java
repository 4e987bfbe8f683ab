package cn.hinews.core.config;

import cn.hinews.core.domain.Series;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole configuration: the commented {@code defaults.yml} overlaid with {@code
 * $HINEWS_HOME/hinews.yml}.
 */
public record HinewsConfig(
    DatabaseConfig database,
    Map<String, Series> series,
    CrawlConfig crawl,
    java.util.Optional<java.time.LocalTime> autoDraftAt,
    MailConfig mail,
    SearchConfig search) {
  public HinewsConfig {
    java.util.Objects.requireNonNull(mail, "mail");
    java.util.Objects.requireNonNull(search, "search");
    series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(series));
    java.util.Objects.requireNonNull(crawl, "crawl");
    java.util.Objects.requireNonNull(autoDraftAt, "autoDraftAt");
  }

  /** The Lucene index. */
  public HinewsConfig(
      DatabaseConfig database,
      Map<String, Series> series,
      CrawlConfig crawl,
      java.util.Optional<java.time.LocalTime> autoDraftAt,
      MailConfig mail) {
    this(database, series, crawl, autoDraftAt, mail, SearchConfig.lucene());
  }

  /** No mail server. */
  public HinewsConfig(
      DatabaseConfig database,
      Map<String, Series> series,
      CrawlConfig crawl,
      java.util.Optional<java.time.LocalTime> autoDraftAt) {
    this(database, series, crawl, autoDraftAt, MailConfig.none());
  }

  /** Automatic drafts at 16:00 on the last day of each period. */
  public HinewsConfig(DatabaseConfig database, Map<String, Series> series, CrawlConfig crawl) {
    this(database, series, crawl, java.util.Optional.of(java.time.LocalTime.of(16, 0)));
  }

  /** A configuration with the default crawler settings. */
  public HinewsConfig(DatabaseConfig database, Map<String, Series> series) {
    this(database, series, CrawlConfig.defaults());
  }

  public Optional<Series> series(String id) {
    return Optional.ofNullable(series.get(id));
  }

  /** The series, or an error naming the known ones. */
  public Series requireSeries(String id) {
    return series(id)
        .orElseThrow(
            () ->
                new ConfigException(
                    "unknown series '"
                        + id
                        + "'; configured: "
                        + String.join(", ", series.keySet())));
  }

  public Collection<Series> allSeries() {
    return series.values();
  }

  /** Each series' title line by its id, in the configuration's order (what pages show). */
  public Map<String, String> seriesTitles() {
    return series.values().stream()
        .collect(Collectors.toMap(Series::id, Series::title, (a, b) -> a, LinkedHashMap::new));
  }

  /** Series by title line, for recognising an imported bulletin. */
  public Map<String, Series> seriesByTitle() {
    return series.values().stream()
        .collect(Collectors.toMap(Series::title, s -> s, (a, b) -> a, LinkedHashMap::new));
  }
}
