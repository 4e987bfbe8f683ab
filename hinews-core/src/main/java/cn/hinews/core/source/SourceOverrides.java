package cn.hinews.core.source;

import cn.hinews.core.config.ConfigException;
import cn.hinews.core.config.Durations;
import cn.hinews.core.config.YamlFiles;
import cn.hinews.core.domain.CrawlPlan;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.Source;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Changes to one installation's sources: {@code $HINEWS_HOME/sources.yml}, read over the shipped
 * file. A source is written whole (as YAML, the shape of {@code sources.yml}); the file is checked
 * as a whole before it replaces the old one, so a mistake is an error naming it and nothing is
 * lost.
 */
public final class SourceOverrides {
  private final Path file;

  public SourceOverrides(Path file) {
    this.file = file;
  }

  /** A source as the YAML mapping {@code sources.yml} would hold for it. */
  public static String yaml(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outlet", s.outlet());
    m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    m.put("region", s.region());
    m.put("hosts", s.hostPatterns());
    CrawlPlan p = s.crawl();
    if (!p.entries().isEmpty()) {
      List<Map<String, Object>> entries = new ArrayList<>();
      for (EntryPoint e : p.entries()) {
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("type", e.type());
        em.put("url", e.url());
        e.links().ifPresent(v -> em.put("links", v));
        e.next().ifPresent(v -> em.put("next", v));
        if (e.pages() != 1) {
          em.put("pages", e.pages());
        }
        e.match().ifPresent(v -> em.put("match", v));
        if (!e.verified()) {
          em.put("verified", false);
        }
        entries.add(em);
      }
      m.put("entries", entries);
      m.put("interval", Durations.format(p.interval()));
      m.put("delay", Durations.format(p.delay()));
    }
    p.charset().ifPresent(c -> m.put("charset", c));
    if (p.fetcher() != cn.hinews.core.domain.FetcherKind.HTTP) {
      m.put("fetcher", p.fetcher().id());
    }
    if (!p.enabled()) {
      m.put("enabled", false);
    }
    if (!s.rules().isEmpty()) {
      Map<String, Object> r = new LinkedHashMap<>();
      s.rules().title().ifPresent(v -> r.put("title", v));
      s.rules().body().ifPresent(v -> r.put("body", v));
      s.rules().time().ifPresent(v -> r.put("time", v));
      m.put("rules", r);
    }
    return dumper().dump(m);
  }

  /**
   * Writes one source (its YAML mapping) into the file, replacing a source of that id.
   *
   * @return the source as it now reads
   */
  public synchronized Source put(String id, String yaml) {
    if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new ConfigException(
          "a source id is lower-case letters, digits and '-', not '" + id + "'");
    }
    Object mapping;
    try {
      mapping = new Yaml(new SafeConstructor(YamlFiles.loaderOptions())).load(yaml);
    } catch (YAMLException e) {
      throw new ConfigException("source " + id + ": not valid YAML: " + e.getMessage(), e);
    }
    if (!(mapping instanceof Map<?, ?>)) {
      throw new ConfigException("source " + id + ": expected a mapping (outlet, kind, hosts, …)");
    }
    Map<String, Object> all = read();
    all.put(id, mapping);
    String text = dumper().dump(Map.of("sources", all));
    // the whole file must read (unknown keys, bad selectors, bad URLs fail here, naming the key)
    SourceRegistry checked = SourceRegistry.read(new StringReader(text), file.toString());
    write(text);
    return checked.byId(id).orElseThrow();
  }

  /** Turns crawling of a source off or on (the source stays known for outlet names). */
  public Source setEnabled(Source source, boolean enabled) {
    String yaml = yaml(source).replaceAll("(?m)^enabled: .*\\n", "");
    return put(source.id(), enabled ? yaml : yaml + "enabled: false\n");
  }

  private Map<String, Object> read() {
    if (!Files.isRegularFile(file)) {
      return new LinkedHashMap<>();
    }
    try {
      Object root =
          new Yaml(new SafeConstructor(YamlFiles.loaderOptions()))
              .load(Files.readString(file, StandardCharsets.UTF_8));
      if (root instanceof Map<?, ?> top && top.get("sources") instanceof Map<?, ?> sources) {
        Map<String, Object> out = new LinkedHashMap<>();
        sources.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
      }
      return new LinkedHashMap<>();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (YAMLException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  private void write(String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(
          tmp,
          "# This installation's sources, read over the shipped sources.yml (written by hinews).\n"
              + text,
          StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static Yaml dumper() {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setAllowUnicode(true);
    o.setIndent(2);
    return new Yaml(o);
  }
}
