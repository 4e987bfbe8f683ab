package cn.hinews.core.config;

import cn.hinews.core.domain.Cadence;
import cn.hinews.core.domain.Series;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code defaults.yml} from the classpath, then the optional user file over it. Unknown keys
 * are an error naming the file and the key path: a typo must not silently fall back to a default.
 */
public final class ConfigLoader {
  static final String DEFAULTS = "/cn/hinews/core/config/defaults.yml";

  private static final Set<String> TOP_KEYS =
      Set.of("database", "series", "crawl", "drafts", "mail", "search");
  private static final Set<String> SEARCH_KEYS = Set.of("engine", "url", "index");
  private static final Set<String> DRAFTS_KEYS = Set.of("auto", "at");
  private static final Set<String> CRAWL_KEYS =
      Set.of(
          "in-serve",
          "allow-private-addresses",
          "user-agent",
          "concurrency",
          "max-per-host",
          "connect-timeout",
          "read-timeout",
          "total-timeout",
          "max-bytes",
          "browser",
          "silent-after");
  private static final Set<String> MAIL_KEYS =
      Set.of("host", "port", "user", "password", "from", "tls", "issue-link");
  private static final Set<String> DATABASE_KEYS = Set.of("url", "user", "password");
  private static final Set<String> SERIES_KEYS =
      Set.of(
          "title",
          "lead-noun",
          "scope-phrase",
          "monitoring-scope",
          "cadence",
          "week-ends-on",
          "region",
          "period-joiner",
          "first-number",
          "publisher");

  private ConfigLoader() {}

  /** Defaults only. */
  public static HinewsConfig defaults() {
    return load(Optional.empty());
  }

  /** Defaults overlaid with {@code userFile} when it exists. */
  public static HinewsConfig load(Optional<Path> userFile) {
    Map<String, Object> defaults = readDefaults();
    Builder builder = new Builder();
    builder.apply(defaults, "defaults.yml");
    if (userFile.isPresent() && Files.exists(userFile.get())) {
      Path file = userFile.get();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        builder.apply(YamlFiles.parse(new StringReader(text), file.toString()), file.toString());
      } catch (IOException e) {
        throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  private static Map<String, Object> readDefaults() {
    return YamlFiles.resource(
        ConfigLoader.class, DEFAULTS, "defaults.yml", r -> YamlFiles.parse(r, "defaults.yml"));
  }

  private static String text(Object value, String file, String path) {
    if (value == null) {
      return "";
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw new ConfigException(file + ": " + path + " must be text, not " + value);
  }

  /** Accumulates layers; later layers win, series are merged by id. */
  private static final class Builder {
    private String url = "";
    private String user = "";
    private String password = "";
    private final Map<String, Series> series = new LinkedHashMap<>();
    private final Map<String, String> crawl = new LinkedHashMap<>();
    private boolean autoDrafts = true;
    private java.time.LocalTime draftsAt = java.time.LocalTime.of(16, 0);
    private final Map<String, String> crawlFiles = new LinkedHashMap<>();
    private MailConfig mail = MailConfig.none();
    private SearchConfig search = SearchConfig.lucene();

    private CrawlConfig crawlConfig() {
      CrawlConfig d = CrawlConfig.defaults();
      return new CrawlConfig(
          bool("in-serve", d.inServe()),
          bool("allow-private-addresses", d.allowPrivateAddresses()),
          crawl.getOrDefault("user-agent", d.userAgent()).strip(),
          number("concurrency", d.concurrency(), 1, 64),
          number("max-per-host", d.maxPerHost(), 1, 100_000),
          duration("connect-timeout", d.connectTimeout()),
          duration("read-timeout", d.readTimeout()),
          duration("total-timeout", d.totalTimeout()),
          number("max-bytes", (int) d.maxBytes(), 1024, Integer.MAX_VALUE),
          crawl.getOrDefault("browser", d.browser()).strip(),
          duration("silent-after", d.silentAfter()));
    }

    private boolean bool(String key, boolean fallback) {
      if (!crawl.containsKey(key)) {
        return fallback;
      }
      String v = crawl.get(key).strip();
      if (!v.equals("true") && !v.equals("false")) {
        throw new ConfigException(
            crawlFiles.get(key) + ": crawl." + key + " must be true or false");
      }
      return Boolean.parseBoolean(v);
    }

    private int number(String key, int fallback, int min, int max) {
      if (!crawl.containsKey(key)) {
        return fallback;
      }
      try {
        int n = Integer.parseInt(crawl.get(key).strip());
        if (n < min || n > max) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new ConfigException(
            crawlFiles.get(key) + ": crawl." + key + " must be a whole number " + min + ".." + max,
            e);
      }
    }

    private java.time.Duration duration(String key, java.time.Duration fallback) {
      return crawl.containsKey(key)
          ? Durations.parse(crawl.get(key), crawlFiles.get(key), "crawl." + key)
          : fallback;
    }

    void apply(Map<String, Object> root, String file) {
      YamlFiles.checkKeys(root, TOP_KEYS, file, "");
      if (root.get("database") != null) {
        Map<String, Object> db = YamlFiles.map(root.get("database"), file, "database");
        YamlFiles.checkKeys(db, DATABASE_KEYS, file, "database");
        if (db.containsKey("url")) {
          url = text(db.get("url"), file, "database.url");
        }
        if (db.containsKey("user")) {
          user = text(db.get("user"), file, "database.user");
        }
        if (db.containsKey("password")) {
          password = text(db.get("password"), file, "database.password");
        }
      }
      if (root.get("crawl") != null) {
        Map<String, Object> c = YamlFiles.map(root.get("crawl"), file, "crawl");
        YamlFiles.checkKeys(c, CRAWL_KEYS, file, "crawl");
        for (Map.Entry<String, Object> e : c.entrySet()) {
          String value = text(e.getValue(), file, "crawl." + e.getKey());
          crawl.put(e.getKey(), value);
          crawlFiles.put(e.getKey(), file);
        }
        crawlConfig(); // fail on a bad value here, naming this file
      }
      if (root.get("search") != null) {
        search = search(YamlFiles.map(root.get("search"), file, "search"), file);
      }
      if (root.get("mail") != null) {
        mail = mail(YamlFiles.map(root.get("mail"), file, "mail"), file);
      }
      if (root.get("drafts") != null) {
        Map<String, Object> d = YamlFiles.map(root.get("drafts"), file, "drafts");
        YamlFiles.checkKeys(d, DRAFTS_KEYS, file, "drafts");
        if (d.containsKey("auto")) {
          String v = text(d.get("auto"), file, "drafts.auto").strip();
          if (!v.equals("true") && !v.equals("false")) {
            throw new ConfigException(file + ": drafts.auto must be true or false");
          }
          autoDrafts = Boolean.parseBoolean(v);
        }
        if (d.containsKey("at")) {
          String v = text(d.get("at"), file, "drafts.at").strip();
          try {
            draftsAt = java.time.LocalTime.parse(v.length() == 4 ? "0" + v : v);
          } catch (java.time.format.DateTimeParseException e) {
            throw new ConfigException(
                file + ": drafts.at must be a time such as 16:00, not '" + v + "'", e);
          }
        }
      }
      if (root.get("series") != null) {
        Map<String, Object> all = YamlFiles.map(root.get("series"), file, "series");
        for (Map.Entry<String, Object> e : all.entrySet()) {
          series.put(e.getKey(), series(e.getKey(), e.getValue(), file));
        }
      }
    }

    private MailConfig mail(Map<String, Object> m, String file) {
      YamlFiles.checkKeys(m, MAIL_KEYS, file, "mail");
      MailConfig d = mail;
      int port = d.port();
      if (m.containsKey("port")) {
        try {
          port = Integer.parseInt(text(m.get("port"), file, "mail.port").strip());
          if (port < 1 || port > 65535) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          throw new ConfigException(file + ": mail.port must be a port number 1..65535", e);
        }
      }
      return new MailConfig(
          m.containsKey("host") ? text(m.get("host"), file, "mail.host").strip() : d.host(),
          port,
          m.containsKey("user") ? text(m.get("user"), file, "mail.user").strip() : d.user(),
          m.containsKey("password") ? text(m.get("password"), file, "mail.password") : d.password(),
          m.containsKey("from") ? text(m.get("from"), file, "mail.from").strip() : d.from(),
          m.containsKey("tls")
              ? enumValue(
                  MailConfig.Tls.class, text(m.get("tls"), file, "mail.tls"), file, "mail.tls")
              : d.tls(),
          m.containsKey("issue-link") ? issueLink(m.get("issue-link"), file) : d.issueLink());
    }

    private SearchConfig search(Map<String, Object> m, String file) {
      YamlFiles.checkKeys(m, SEARCH_KEYS, file, "search");
      SearchConfig d = search;
      SearchConfig.Engine engine =
          m.containsKey("engine")
              ? enumValue(
                  SearchConfig.Engine.class,
                  text(m.get("engine"), file, "search.engine"),
                  file,
                  "search.engine")
              : d.engine();
      java.net.URI url = d.url();
      if (m.containsKey("url")) {
        String v = text(m.get("url"), file, "search.url").strip().replaceAll("/+$", "");
        if (!v.matches("https?://[^\\s/:]+(:\\d{1,5})?")) {
          throw new ConfigException(
              file
                  + ": search.url must be a server address such as http://127.0.0.1:9200, not '"
                  + v
                  + "'");
        }
        url = java.net.URI.create(v);
      }
      String index = d.index();
      if (m.containsKey("index")) {
        index = text(m.get("index"), file, "search.index").strip();
        if (!index.matches("[a-z0-9][a-z0-9_.-]*")) {
          throw new ConfigException(
              file
                  + ": search.index must be lower-case letters, digits, '_', '.' or '-', not '"
                  + index
                  + "'");
        }
      }
      return new SearchConfig(engine, url, index);
    }

    /** The address readers reach the installation at ({@code https://…}, no trailing slash). */
    private static String issueLink(Object value, String file) {
      String link = text(value, file, "mail.issue-link").strip().replaceAll("/+$", "");
      if (!link.isEmpty() && !link.matches("https?://[^\\s/]+(/\\S*)?")) {
        throw new ConfigException(
            file
                + ": mail.issue-link must be an http(s) address such as https://hinews.example.cn");
      }
      return link;
    }

    private Series series(String id, Object value, String file) {
      String path = "series." + id;
      if (!id.matches("[a-z][a-z0-9-]*")) {
        throw new ConfigException(
            file + ": " + path + ": a series id is lower-case letters, digits and '-'");
      }
      Map<String, Object> m = YamlFiles.map(value, file, path);
      YamlFiles.checkKeys(m, SERIES_KEYS, file, path);
      for (String key : SERIES_KEYS) {
        if (!m.containsKey(key) && !key.equals("week-ends-on") && !key.equals("region")) {
          throw new ConfigException(file + ": " + path + "." + key + " is missing");
        }
      }
      Cadence cadence =
          enumValue(Cadence.class, text(m.get("cadence"), file, path + ".cadence"), file, path);
      DayOfWeek weekEnd =
          m.containsKey("week-ends-on")
              ? enumValue(
                  DayOfWeek.class,
                  text(m.get("week-ends-on"), file, path),
                  file,
                  path + ".week-ends-on")
              : DayOfWeek.FRIDAY;
      int first;
      try {
        first = Integer.parseInt(text(m.get("first-number"), file, path).strip());
      } catch (NumberFormatException e) {
        throw new ConfigException(file + ": " + path + ".first-number must be a whole number", e);
      }
      return new Series(
          id,
          text(m.get("title"), file, path).strip(),
          text(m.get("lead-noun"), file, path).strip(),
          text(m.get("scope-phrase"), file, path).strip(),
          text(m.get("monitoring-scope"), file, path).strip(),
          cadence,
          weekEnd,
          text(m.get("period-joiner"), file, path).strip(),
          first,
          text(m.get("publisher"), file, path).strip(),
          m.containsKey("region")
              ? text(m.get("region"), file, path + ".region").strip()
              : Series.NATIONAL);
    }

    private static <E extends Enum<E>> E enumValue(
        Class<E> type, String value, String file, String path) {
      try {
        return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            file
                + ": "
                + path
                + ": '"
                + value
                + "' is not one of "
                + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT),
            e);
      }
    }

    HinewsConfig build() {
      return new HinewsConfig(
          new DatabaseConfig(url, user, password),
          series,
          crawlConfig(),
          autoDrafts ? java.util.Optional.of(draftsAt) : java.util.Optional.empty(),
          mail,
          search);
    }
  }
}
