package cn.hinews.core.source;

import cn.hinews.core.config.ConfigException;
import cn.hinews.core.domain.SiteRules;
import cn.hinews.core.domain.Source;
import cn.hinews.core.domain.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The publishers the system knows, and which of them a host belongs to: the most specific host
 * pattern wins ({@code bjsbdzb.bjd.com.cn} is 北京商报 although {@code *.bjd.com.cn} is 北京日报).
 */
public final class SourceRegistry {
  static final String DEFAULTS = "/cn/hinews/core/source/sources.yml";
  private static final Set<String> KEYS = Set.of("outlet", "kind", "region", "hosts", "rules");
  private static final Set<String> RULE_KEYS = Set.of("title", "body", "time");

  private final Map<String, Source> byId;

  private SourceRegistry(Map<String, Source> byId) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  /** The registry shipped with hinews. */
  public static SourceRegistry defaults() {
    try (InputStream in = SourceRegistry.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new ConfigException("sources.yml is missing from the classpath");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), "sources.yml");
    } catch (IOException e) {
      throw new ConfigException("cannot read sources.yml: " + e.getMessage(), e);
    }
  }

  /** Reads a registry; unknown keys are an error naming the file and the source. */
  public static SourceRegistry read(Reader reader, String file) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
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
      if (!(e.getValue() instanceof Map<?, ?> m)) {
        throw new ConfigException(file + ": sources." + id + " must be a mapping");
      }
      for (Object key : m.keySet()) {
        if (!KEYS.contains(String.valueOf(key))) {
          throw new ConfigException(
              file + ": unknown key 'sources." + id + "." + key + "'; allowed: " + KEYS);
        }
      }
      Object hosts = m.get("hosts");
      if (!(hosts instanceof List<?> list) || list.isEmpty()) {
        throw new ConfigException(file + ": sources." + id + ".hosts must be a non-empty list");
      }
      List<String> patterns = new ArrayList<>();
      for (Object h : list) {
        patterns.add(String.valueOf(h).strip().toLowerCase(Locale.ROOT));
      }
      SourceKind kind;
      try {
        kind = SourceKind.valueOf(String.valueOf(m.get("kind")).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw new ConfigException(
            file + ": sources." + id + ".kind must be media or government", ex);
      }
      Object outlet = m.get("outlet");
      if (outlet == null || String.valueOf(outlet).isBlank()) {
        throw new ConfigException(file + ": sources." + id + ".outlet is missing");
      }
      out.put(
          id,
          new Source(
              id,
              String.valueOf(outlet).strip(),
              kind,
              patterns,
              m.get("region") == null ? "" : String.valueOf(m.get("region")),
              rules(m.get("rules"), file, id)));
    }
    return new SourceRegistry(out);
  }

  private static SiteRules rules(Object value, String file, String id) {
    if (value == null) {
      return SiteRules.none();
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new ConfigException(file + ": sources." + id + ".rules must be a mapping");
    }
    for (Object key : m.keySet()) {
      if (!RULE_KEYS.contains(String.valueOf(key))) {
        throw new ConfigException(
            file + ": unknown key 'sources." + id + ".rules." + key + "'; allowed: " + RULE_KEYS);
      }
    }
    return new SiteRules(
        selector(m.get("title"), file, id, "title"),
        selector(m.get("body"), file, id, "body"),
        selector(m.get("time"), file, id, "time"));
  }

  private static Optional<String> selector(Object value, String file, String id, String key) {
    if (value == null) {
      return Optional.empty();
    }
    String css = String.valueOf(value).strip();
    try {
      org.jsoup.select.QueryParser.parse(css);
    } catch (org.jsoup.select.Selector.SelectorParseException e) {
      throw new ConfigException(
          file + ": sources." + id + ".rules." + key + " is not a CSS selector: " + e.getMessage(),
          e);
    }
    return Optional.of(css);
  }

  public List<Source> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Source> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The source of a host: an exact pattern first, then the longest matching {@code *.suffix}. */
  public Optional<Source> forHost(String host) {
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    Source best = null;
    int bestSpecificity = -1;
    for (Source s : byId.values()) {
      for (String p : s.hostPatterns()) {
        int specificity = -1;
        if (p.equals(h)) {
          specificity = Integer.MAX_VALUE;
        } else if (p.startsWith("*.")) {
          String suffix = p.substring(1);
          if (h.endsWith(suffix) || h.equals(p.substring(2))) {
            specificity = suffix.length();
          }
        }
        if (specificity > bestSpecificity) {
          best = s;
          bestSpecificity = specificity;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
