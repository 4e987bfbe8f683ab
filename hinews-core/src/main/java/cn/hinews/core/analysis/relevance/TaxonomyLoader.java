package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.relevance.Taxonomy.Term;
import cn.hinews.core.analysis.relevance.Taxonomy.Topic;
import cn.hinews.core.analysis.relevance.Taxonomy.Weights;
import cn.hinews.core.config.ConfigException;
import cn.hinews.core.config.YamlFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a taxonomy file; unknown keys and bad values are errors naming the file and key path. */
public final class TaxonomyLoader {
  static final String DEFAULTS = "/cn/hinews/core/analysis/taxonomy.yml";

  /** The name of a data home's own taxonomy. */
  public static final String HOME_FILE = "taxonomy.yml";

  private static final Set<String> TOP =
      Set.of(
          "fields",
          "lead-chars",
          "topic-scale",
          "informatics-scale",
          "health-scale",
          "title-bonus",
          "full-coverage",
          "health-only",
          "informatics-only",
          "health",
          "topics");
  private static final Set<String> FIELDS = Set.of("title", "lead", "body");
  private static final Set<String> TOPIC = Set.of("name", "terms");

  private TaxonomyLoader() {}

  /** The taxonomy that ships with hinews. */
  public static Taxonomy defaults() {
    return YamlFiles.resource(
        TaxonomyLoader.class, DEFAULTS, "taxonomy.yml", r -> read(r, "taxonomy.yml"));
  }

  /**
   * {@code taxonomy.yml} in a data home when there is one (a whole taxonomy of the same shape,
   * which replaces the shipped one), else the shipped defaults.
   */
  public static Taxonomy forHome(Path home) {
    Path file = home.resolve(HOME_FILE);
    if (!Files.isRegularFile(file)) {
      return defaults();
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A taxonomy file. */
  public static Taxonomy read(Reader reader, String file) {
    Map<String, Object> top = YamlFiles.parse(reader, file);
    YamlFiles.checkKeys(top, TOP, file, "");
    Map<String, Object> fields = YamlFiles.map(top.get("fields"), file, "fields");
    YamlFiles.checkKeys(fields, FIELDS, file, "fields");
    Weights weights;
    try {
      weights =
          new Weights(
              number(fields, "title", file, "fields."),
              number(fields, "lead", file, "fields."),
              number(fields, "body", file, "fields."),
              (int) number(top, "lead-chars", file, ""),
              number(top, "topic-scale", file, ""),
              number(top, "informatics-scale", file, ""),
              number(top, "health-scale", file, ""),
              number(top, "title-bonus", file, ""),
              number(top, "full-coverage", file, ""),
              number(top, "health-only", file, ""),
              number(top, "informatics-only", file, ""));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
    List<Term> health = terms(YamlFiles.map(top.get("health"), file, "health"), file, "health");
    List<Topic> topics = new ArrayList<>();
    Map<String, Object> topicMap = YamlFiles.map(top.get("topics"), file, "topics");
    for (Map.Entry<String, Object> e : topicMap.entrySet()) {
      String path = "topics." + e.getKey();
      Map<String, Object> t = YamlFiles.map(e.getValue(), file, path);
      YamlFiles.checkKeys(t, TOPIC, file, path);
      Object name = t.get("name");
      if (!(name instanceof String s) || s.isBlank()) {
        throw new ConfigException(file + ": " + path + ".name must be text");
      }
      topics.add(
          new Topic(
              e.getKey(),
              s,
              terms(YamlFiles.map(t.get("terms"), file, path + ".terms"), file, path)));
    }
    if (topics.isEmpty()) {
      throw new ConfigException(file + ": topics must name at least one topic");
    }
    return new Taxonomy(weights, health, topics);
  }

  private static List<Term> terms(Map<String, Object> m, String file, String path) {
    List<Term> out = new ArrayList<>();
    for (String key : m.keySet()) {
      double w = number(m, key, file, path + ".");
      if (!(w > 0)) {
        throw new ConfigException(file + ": " + path + "." + key + " must be a positive weight");
      }
      out.add(new Term(key, w));
    }
    return out;
  }

  private static double number(Map<String, Object> m, String key, String file, String prefix) {
    Object v = m.get(key);
    if (!(v instanceof Number n)) {
      throw new ConfigException(file + ": " + prefix + key + " must be a number, found: " + v);
    }
    return n.doubleValue();
  }
}
