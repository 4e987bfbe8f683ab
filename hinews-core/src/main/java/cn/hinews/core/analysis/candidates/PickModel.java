package cn.hinews.core.analysis.candidates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What editors pick, as a linear score over the named features, and the topic profile of the picks
 * it was trained on (what {@link PickFeature#TOPIC} compares against). Immutable.
 *
 * @param weights one weight per feature
 * @param topics unit vector of the picks' topic scores (empty: the topic feature is 0)
 * @param trainedOn how many picks trained it (0: the standard weights)
 */
public record PickModel(
    Map<PickFeature, Double> weights, Map<String, Double> topics, int trainedOn) {
  /** One feature's part in a candidate's score, against the pool's average. */
  public record Contribution(PickFeature feature, double value) {}

  public PickModel {
    EnumMap<PickFeature, Double> w = new EnumMap<>(PickFeature.class);
    for (PickFeature f : PickFeature.values()) {
      w.put(f, weights.getOrDefault(f, 0.0));
    }
    weights = Collections.unmodifiableMap(w);
    topics = Map.copyOf(topics);
  }

  /**
   * The weights before any training: those of {@link RankWeights#standard()} for relevance,
   * authority, reprints and freshness, and the series' region as much as the outlet's authority.
   */
  public static PickModel standard() {
    RankWeights r = RankWeights.standard();
    Map<PickFeature, Double> w = new EnumMap<>(PickFeature.class);
    w.put(PickFeature.RELEVANCE, r.relevance());
    w.put(PickFeature.AUTHORITY, r.authority());
    w.put(PickFeature.REPRINTS, r.reprints());
    w.put(PickFeature.FRESHNESS, r.freshness());
    w.put(PickFeature.REGION, r.authority());
    return new PickModel(w, Map.of(), 0);
  }

  /** The weight of one feature. */
  public double weight(PickFeature f) {
    return weights.get(f);
  }

  /** The score of a candidate with these features. */
  public double score(PickFeatures x) {
    double s = 0;
    for (PickFeature f : PickFeature.values()) {
      s += weights.get(f) * x.value(f);
    }
    return s;
  }

  /**
   * The features that moved a candidate, largest first: each weight times the candidate's distance
   * from the pool's average on that feature, those of at least {@code min} in size.
   */
  public List<Contribution> moved(PickFeatures x, FeatureMeans average, double min) {
    List<Contribution> out = new ArrayList<>();
    for (PickFeature f : PickFeature.values()) {
      double c = weights.get(f) * (x.value(f) - average.mean(f));
      if (Math.abs(c) >= min) {
        out.add(new Contribution(f, c));
      }
    }
    out.sort((a, b) -> Double.compare(Math.abs(b.value()), Math.abs(a.value())));
    return out;
  }

  /** A copy with other topic profile (the topic feature's reference). */
  PickModel withTopics(Map<String, Double> profile) {
    return new PickModel(weights, profile, trainedOn);
  }

  /** The weights as {@code feature=weight} lines, as the store keeps them. */
  public String weightsText() {
    StringBuilder b = new StringBuilder();
    for (PickFeature f : PickFeature.values()) {
      b.append(f.name().toLowerCase(Locale.ROOT)).append('=').append(weight(f)).append('\n');
    }
    return b.toString();
  }

  /** The topic profile as {@code topic-id=value} lines, sorted. */
  public String topicsText() {
    StringBuilder b = new StringBuilder();
    new java.util.TreeMap<>(topics)
        .forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    return b.toString();
  }

  /**
   * A model from its stored text ({@link #weightsText}, {@link #topicsText}); a feature the text
   * does not name weighs 0, a name that is no feature fails.
   */
  public static PickModel read(String weights, String topics, int trainedOn) {
    Map<PickFeature, Double> w = new EnumMap<>(PickFeature.class);
    for (Line l : lines(weights)) {
      w.put(PickFeature.valueOf(l.name().toUpperCase(Locale.ROOT)), l.value());
    }
    Map<String, Double> t = new java.util.HashMap<>();
    for (Line l : lines(topics)) {
      t.put(l.name(), l.value());
    }
    return new PickModel(w, t, trainedOn);
  }

  private record Line(String name, double value) {}

  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      int eq = line.indexOf('=');
      if (!line.isBlank()) {
        if (eq <= 0) {
          throw new IllegalArgumentException("not a name=value line: " + line);
        }
        out.add(
            new Line(
                line.substring(0, eq).strip(), Double.parseDouble(line.substring(eq + 1).strip())));
      }
    }
    return out;
  }

  /** The weights as one line, for benchmarks and logs. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (PickFeature f : PickFeature.values()) {
      parts.add(
          String.format(Locale.ROOT, "%s %+.3f", f.name().toLowerCase(Locale.ROOT), weight(f)));
    }
    return String.join(", ", parts) + " (" + trainedOn + " picks)";
  }
}
