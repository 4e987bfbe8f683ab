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
public record PickModel(Map<PickFeature, Double> weights, Map<String, Double> topics, int trainedOn) {
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

  /** The weights as one line, for benchmarks and logs. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (PickFeature f : PickFeature.values()) {
      parts.add(String.format(Locale.ROOT, "%s %+.3f", f.name().toLowerCase(Locale.ROOT), weight(f)));
    }
    return String.join(", ", parts) + " (" + trainedOn + " picks)";
  }
}
