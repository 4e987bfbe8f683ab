package cn.hinews.core.analysis.sentiment;

import cn.hinews.core.config.ConfigException;
import cn.hinews.core.config.YamlFiles;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of sentiment.yml. */
record Lexicon(
    double threshold,
    int negationWindow,
    List<String> negators,
    List<String> negatorsAfter,
    List<String> positive,
    List<String> negative,
    Map<String, List<String>> events,
    double eventWeight) {
  private static final Set<String> KEYS =
      Set.of(
          "threshold",
          "negation-window",
          "negators",
          "negators-after",
          "positive",
          "negative",
          "events",
          "event-weight");

  static Lexicon defaults() {
    return YamlFiles.resource(
        Lexicon.class,
        "/cn/hinews/core/analysis/sentiment.yml",
        "sentiment.yml",
        r -> read(r, "sentiment.yml"));
  }

  static Lexicon read(Reader reader, String file) {
    Map<String, Object> m = YamlFiles.parse(reader, file);
    YamlFiles.checkKeys(m, KEYS, file, "");
    Map<String, List<String>> events = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : YamlFiles.map(m.get("events"), file, "events").entrySet()) {
      events.put(e.getKey(), words(e.getValue(), file, "events." + e.getKey()));
    }
    return new Lexicon(
        number(m.get("threshold"), file, "threshold"),
        (int) number(m.get("negation-window"), file, "negation-window"),
        words(m.get("negators"), file, "negators"),
        words(m.get("negators-after"), file, "negators-after"),
        words(m.get("positive"), file, "positive"),
        words(m.get("negative"), file, "negative"),
        Map.copyOf(events),
        number(m.get("event-weight"), file, "event-weight"));
  }

  private static List<String> words(Object v, String file, String key) {
    if (!(v instanceof List<?> list) || list.stream().anyMatch(x -> !(x instanceof String))) {
      throw new ConfigException(file + ": " + key + " must be a list of words");
    }
    return list.stream().map(String.class::cast).toList();
  }

  private static double number(Object v, String file, String key) {
    if (!(v instanceof Number n)) {
      throw new ConfigException(file + ": " + key + " must be a number, found: " + v);
    }
    return n.doubleValue();
  }
}
