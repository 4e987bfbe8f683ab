package cn.hinews.core.analysis.candidates;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The average of each feature over a pool of candidates: what "moved" a candidate is measured
 * against.
 *
 * @param means one mean per feature
 */
public record FeatureMeans(Map<PickFeature, Double> means) {
  public FeatureMeans {
    means = Collections.unmodifiableMap(new EnumMap<>(means));
  }

  /** The means over a pool (all 0 for an empty pool). */
  public static FeatureMeans of(List<PickFeatures> pool) {
    Map<PickFeature, Double> m = new EnumMap<>(PickFeature.class);
    for (PickFeature f : PickFeature.values()) {
      m.put(f, pool.stream().mapToDouble(x -> x.value(f)).average().orElse(0));
    }
    return new FeatureMeans(m);
  }

  /** The mean of one feature. */
  public double mean(PickFeature f) {
    return means.getOrDefault(f, 0.0);
  }
}
