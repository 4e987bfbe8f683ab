package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains a {@link PickModel}: pairwise logistic regression (each period's picks against the
 * candidates of the same period that were not picked, every period weighing the same), regularised
 * towards the standard weights so that a few issues move them only as far as they agree, then
 * scaled back to the standard weights' total so that diversification keeps its strength.
 */
public final class PickTrainer {
  /**
   * One period's examples.
   *
   * @param picked the features of the items editors picked
   * @param others the features of the period's other candidates
   */
  public record Examples(List<PickFeatures> picked, List<PickFeatures> others) {
    public Examples {
      picked = List.copyOf(picked);
      others = List.copyOf(others);
    }
  }

  private static final int ITERATIONS = 400;
  private static final double STEP = 0.5;
  private final double l2;
  private final Set<PickFeature> off;

  /**
   * @param l2 the strength of the pull towards the standard weights
   * @param off features left out (weight 0): for ablations
   */
  public PickTrainer(double l2, Set<PickFeature> off) {
    this.l2 = l2;
    this.off = Set.copyOf(off);
  }

  /** The standard pull: 0.05, every feature. */
  public static PickTrainer standard() {
    return new PickTrainer(0.05, Set.of());
  }

  /** The topic profile of picked articles: the unit vector of their summed topic vectors. */
  public static Map<String, Double> topicProfile(List<Analysis> picks) {
    Map<String, Double> sum = new HashMap<>();
    for (Analysis a : picks) {
      Topics.unitVector(a).forEach((k, v) -> sum.merge(k, v, Double::sum));
    }
    double norm = Math.sqrt(sum.values().stream().mapToDouble(v -> v * v).sum());
    Map<String, Double> out = new HashMap<>();
    if (norm > 0) {
      sum.forEach((k, v) -> out.put(k, v / norm));
    }
    return out;
  }

  /** A model trained on these periods, with this topic profile; the standard one without pairs. */
  public PickModel train(List<Examples> periods, Map<String, Double> profile) {
    PickModel prior = PickModel.standard();
    PickFeature[] fs = PickFeature.values();
    double[] w0 = new double[fs.length];
    for (int i = 0; i < fs.length; i++) {
      w0[i] = off.contains(fs[i]) ? 0 : prior.weight(fs[i]);
    }
    double[] w = w0.clone();
    int picks = periods.stream().mapToInt(p -> p.picked().size()).sum();
    boolean any = periods.stream().anyMatch(p -> !p.picked().isEmpty() && !p.others().isEmpty());
    if (!any) {
      return prior.withTopics(profile);
    }
    for (int it = 0; it < ITERATIONS; it++) {
      double[] grad = gradient(periods, w, fs);
      for (int i = 0; i < w.length; i++) {
        w[i] = off.contains(fs[i]) ? 0 : w[i] - STEP * (grad[i] + l2 * (w[i] - w0[i]));
      }
    }
    double scale = l1(w0) / Math.max(1e-9, l1(w));
    Map<PickFeature, Double> weights = new EnumMap<>(PickFeature.class);
    for (int i = 0; i < fs.length; i++) {
      weights.put(fs[i], w[i] * scale);
    }
    return new PickModel(weights, profile, picks);
  }

  /** The gradient of the mean pairwise logistic loss, each period's pairs averaged apart. */
  private static double[] gradient(List<Examples> periods, double[] w, PickFeature[] fs) {
    double[] grad = new double[w.length];
    int counted = 0;
    for (Examples p : periods) {
      if (p.picked().isEmpty() || p.others().isEmpty()) {
        continue;
      }
      counted++;
      double pairs = (double) p.picked().size() * p.others().size();
      double[] d = new double[w.length];
      for (PickFeatures pick : p.picked()) {
        for (PickFeatures other : p.others()) {
          double margin = 0;
          for (int i = 0; i < fs.length; i++) {
            d[i] = pick.value(fs[i]) - other.value(fs[i]);
            margin += w[i] * d[i];
          }
          double g = 1 / (1 + Math.exp(margin)); // σ(−margin)
          for (int i = 0; i < fs.length; i++) {
            grad[i] -= g * d[i] / pairs;
          }
        }
      }
    }
    for (int i = 0; i < grad.length; i++) {
      grad[i] /= counted;
    }
    return grad;
  }

  private static double l1(double[] w) {
    double s = 0;
    for (double x : w) {
      s += Math.abs(x);
    }
    return s;
  }
}
