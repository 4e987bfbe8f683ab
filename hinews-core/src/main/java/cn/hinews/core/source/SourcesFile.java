package cn.hinews.core.source;

import cn.hinews.core.config.ConfigException;
import cn.hinews.core.config.Durations;
import cn.hinews.core.config.YamlFiles;
import cn.hinews.core.domain.CrawlPlan;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.SiteRules;
import cn.hinews.core.domain.Source;
import cn.hinews.core.domain.SourceKind;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a {@code sources.yml}: every mistake is an error naming the file and the key. */
final class SourcesFile {
  static final Set<String> KEYS =
      Set.of(
          "outlet",
          "kind",
          "region",
          "hosts",
          "rules",
          "entries",
          "interval",
          "delay",
          "charset",
          "fetcher",
          "enabled");
  static final Set<String> RULE_KEYS = Set.of("title", "body", "time");
  static final Set<String> ENTRY_KEYS =
      Set.of("type", "url", "links", "next", "pages", "match", "verified");
  static final Set<String> ENTRY_TYPES = Set.of("feed", "sitemap", "robots", "list", "json");

  private final String file;

  private SourcesFile(String file) {
    this.file = file;
  }

  /** The sources of one file, in the file's order. */
  static Map<String, Source> read(Reader reader, String file) {
    return new SourcesFile(file).parse(reader);
  }

  private Map<String, Source> parse(Reader reader) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(YamlFiles.loaderOptions())).load(reader);
    } catch (YAMLException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("sources") instanceof Map<?, ?> all)) {
      throw new ConfigException(file + ": expected a 'sources:' mapping");
    }
    if (top.size() != 1) {
      throw new ConfigException(file + ": only 'sources' is allowed at the top level");
    }
    Map<String, Source> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : all.entrySet()) {
      String id = String.valueOf(e.getKey());
      out.put(id, source(id, e.getValue()));
    }
    return out;
  }

  private Source source(String id, Object value) {
    String at = "sources." + id;
    Map<?, ?> m = mapping(value, at, KEYS);
    Object hosts = m.get("hosts");
    if (!(hosts instanceof List<?> list) || list.isEmpty()) {
      throw new ConfigException(file + ": " + at + ".hosts must be a non-empty list");
    }
    List<String> patterns = new ArrayList<>();
    for (Object h : list) {
      patterns.add(String.valueOf(h).strip().toLowerCase(Locale.ROOT));
    }
    SourceKind kind;
    try {
      kind = SourceKind.valueOf(String.valueOf(m.get("kind")).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new ConfigException(file + ": " + at + ".kind must be media or government", ex);
    }
    Object outlet = m.get("outlet");
    if (outlet == null || String.valueOf(outlet).isBlank()) {
      throw new ConfigException(file + ": " + at + ".outlet is missing");
    }
    return new Source(
        id,
        String.valueOf(outlet).strip(),
        kind,
        patterns,
        m.get("region") == null ? "" : String.valueOf(m.get("region")),
        rules(m.get("rules"), at),
        plan(m, at));
  }

  private CrawlPlan plan(Map<?, ?> m, String at) {
    List<EntryPoint> entries = new ArrayList<>();
    Object listed = m.get("entries");
    if (listed != null) {
      if (!(listed instanceof List<?> list)) {
        throw new ConfigException(file + ": " + at + ".entries must be a list");
      }
      for (int i = 0; i < list.size(); i++) {
        entries.add(entry(list.get(i), at + ".entries[" + i + "]"));
      }
    }
    Optional<String> charset = text(m.get("charset"));
    if (charset.isPresent()) {
      try {
        if (!Charset.isSupported(charset.get())) {
          throw new ConfigException(
              file + ": " + at + ".charset '" + charset.get() + "' is not a known charset");
        }
      } catch (IllegalCharsetNameException ex) {
        throw new ConfigException(
            file + ": " + at + ".charset '" + charset.get() + "' is not a charset name", ex);
      }
    }
    String named = text(m.get("fetcher")).orElse(cn.hinews.core.domain.FetcherKind.HTTP.id());
    cn.hinews.core.domain.FetcherKind fetcher =
        cn.hinews.core.domain.FetcherKind.named(named)
            .orElseThrow(
                () ->
                    new ConfigException(
                        file
                            + ": "
                            + at
                            + ".fetcher must be one of "
                            + cn.hinews.core.domain.FetcherKind.names()
                            + ", not '"
                            + named
                            + "'"));
    Object enabled = m.get("enabled");
    if (enabled != null && !(enabled instanceof Boolean)) {
      throw new ConfigException(file + ": " + at + ".enabled must be true or false");
    }
    return new CrawlPlan(
        entries,
        duration(m.get("interval"), at + ".interval").orElse(CrawlPlan.DEFAULT_INTERVAL),
        duration(m.get("delay"), at + ".delay").orElse(CrawlPlan.DEFAULT_DELAY),
        charset,
        fetcher,
        enabled == null || (Boolean) enabled);
  }

  private EntryPoint entry(Object value, String at) {
    if (value instanceof String written) {
      String url = httpUrl(written.strip(), at);
      return EntryPoint.of(guessType(url), url);
    }
    Map<?, ?> m = mapping(value, at, ENTRY_KEYS);
    String url =
        text(m.get("url"))
            .orElseThrow(() -> new ConfigException(file + ": " + at + ".url is missing"));
    httpUrl(url, at + ".url");
    String type = text(m.get("type")).orElse(guessType(url));
    if (!ENTRY_TYPES.contains(type)) {
      throw new ConfigException(
          file + ": " + at + ".type must be one of " + ENTRY_TYPES + ", not '" + type + "'");
    }
    Optional<String> links = selector(m.get("links"), at + ".links");
    Optional<String> next = selector(m.get("next"), at + ".next");
    Optional<String> match = text(m.get("match"));
    if (match.isPresent()) {
      try {
        Pattern.compile(match.get());
      } catch (PatternSyntaxException ex) {
        throw new ConfigException(
            file + ": " + at + ".match is not a regular expression: " + ex.getDescription(), ex);
      }
    }
    int pages = 1;
    if (m.get("pages") != null) {
      if (!(m.get("pages") instanceof Integer n) || n < 1 || n > 100) {
        throw new ConfigException(file + ": " + at + ".pages must be a whole number 1..100");
      }
      pages = n;
    }
    Object verified = m.get("verified");
    if (verified != null && !(verified instanceof Boolean)) {
      throw new ConfigException(file + ": " + at + ".verified must be true or false");
    }
    return new EntryPoint(
        type, url, links, next, pages, match, verified == null || (Boolean) verified);
  }

  /**
   * An absolute http(s) URL with a host, in whichever form the entry is written (a bare string
   * too): nothing else may reach a fetcher, least of all Chromium's argument list.
   */
  private String httpUrl(String url, String at) {
    try {
      java.net.URI uri = new java.net.URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (java.net.URISyntaxException e) {
      throw new ConfigException(file + ": " + at + " is not an http(s) URL: " + url, e);
    }
    throw new ConfigException(file + ": " + at + " is not an http(s) URL: " + url);
  }

  private static String guessType(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (u.endsWith("/robots.txt")) {
      return "robots";
    }
    if (u.contains("sitemap")) {
      return "sitemap";
    }
    if (u.endsWith(".json") || u.endsWith(".jsonp")) {
      return "json";
    }
    if (u.endsWith(".xml") || u.endsWith(".rss") || u.endsWith(".atom") || u.contains("/rss")) {
      return "feed";
    }
    return "list";
  }

  private SiteRules rules(Object value, String at) {
    if (value == null) {
      return SiteRules.none();
    }
    Map<?, ?> m = mapping(value, at + ".rules", RULE_KEYS);
    return new SiteRules(
        selector(m.get("title"), at + ".rules.title"),
        selector(m.get("body"), at + ".rules.body"),
        selector(m.get("time"), at + ".rules.time"));
  }

  private Map<?, ?> mapping(Object value, String at, Set<String> keys) {
    if (!(value instanceof Map<?, ?> m)) {
      throw new ConfigException(file + ": " + at + " must be a mapping");
    }
    for (Object key : m.keySet()) {
      if (!keys.contains(String.valueOf(key))) {
        throw new ConfigException(
            file
                + ": unknown key '"
                + at
                + "."
                + key
                + "'; allowed: "
                + new java.util.TreeSet<>(keys));
      }
    }
    return m;
  }

  private Optional<String> selector(Object value, String at) {
    Optional<String> css = text(value);
    if (css.isPresent()) {
      try {
        org.jsoup.select.QueryParser.parse(css.get());
      } catch (org.jsoup.select.Selector.SelectorParseException e) {
        throw new ConfigException(
            file + ": " + at + " is not a CSS selector: " + e.getMessage(), e);
      }
    }
    return css;
  }

  private Optional<Duration> duration(Object value, String at) {
    return text(value).map(t -> Durations.parse(t, file, at));
  }

  private static Optional<String> text(Object value) {
    if (value == null || String.valueOf(value).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value).strip());
  }
}
