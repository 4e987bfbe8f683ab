package cn.hinews.core.analysis.relevance;

import java.util.List;

/** Ranking metrics. */
public final class Metrics {
  private Metrics() {}

  /** ROC-AUC: the probability that a random positive scores above a random negative (ties half). */
  public static double rocAuc(List<Double> positives, List<Double> negatives) {
    if (positives.isEmpty() || negatives.isEmpty()) {
      return Double.NaN;
    }
    double wins = 0;
    for (double p : positives) {
      for (double n : negatives) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / ((double) positives.size() * negatives.size());
  }

  public static double mean(List<Double> values) {
    return values.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
  }
}
