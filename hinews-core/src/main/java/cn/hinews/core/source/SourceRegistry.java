package cn.hinews.core.source;

import cn.hinews.core.config.ConfigException;
import cn.hinews.core.domain.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The publishers the system knows, and which of them a host belongs to: the most specific host
 * pattern wins ({@code bjsbdzb.bjd.com.cn} is 北京商报 although {@code *.bjd.com.cn} is 北京日报).
 */
public final class SourceRegistry {
  static final String DEFAULTS = "/cn/hinews/core/source/sources.yml";

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
    return new SourceRegistry(SourcesFile.read(reader, file));
  }

  /** Reads a registry file. */
  public static SourceRegistry read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The defaults with a home's own {@code sources.yml} read over them, when there is one: a source
   * of a known id replaces the default whole, a new id adds a source.
   */
  public static SourceRegistry load(Optional<Path> overrides) {
    SourceRegistry defaults = defaults();
    if (overrides.isEmpty() || !Files.isRegularFile(overrides.get())) {
      return defaults;
    }
    Map<String, Source> merged = new LinkedHashMap<>(defaults.byId);
    merged.putAll(read(overrides.get()).byId);
    return new SourceRegistry(merged);
  }

  public List<Source> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Source> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The source of a URL's host; empty for a URL without one. */
  public Optional<Source> forUrl(String url) {
    try {
      return forHost(java.net.URI.create(url).getHost());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a URL: no source has it
    }
  }

  /** The kind of the source a URL belongs to ({@code media}, {@code government}), if known. */
  public Optional<String> kindOf(String url) {
    return forUrl(url).map(s -> s.kind().name().toLowerCase(Locale.ROOT));
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
