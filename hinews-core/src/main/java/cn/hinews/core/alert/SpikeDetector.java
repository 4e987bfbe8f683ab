package cn.hinews.core.alert;

import java.util.Optional;

/**
 * Whether a term's count of stories today is a spike against its baseline (the previous 14 days).
 *
 * <p>The test is Poisson's, with a minimum count and a minimum ratio, as EMM/MedISys alert: the
 * baseline λ is the mean daily count of the previous 14 days (at least {@link #FLOOR}, so that a
 * term never seen before can spike), and today's count k is a spike when P(X ≥ k | λ) &lt; {@link
 * #P_VALUE}, k ≥ {@link #MIN_COUNT} and k ≥ {@link #MIN_RATIO} × λ. Poisson rather than a z-score
 * because the counts are small integers, mostly 0 to 3 a day: over 14 such days the standard
 * deviation is often 0 or rests on one story (a z-score then explodes on the first story of a quiet
 * term, or never fires on a bursty one), while the Poisson tail is defined for any baseline,
 * including 0.2 a day. The minimum count keeps one or two stories of a rare term from alerting (the
 * tail alone would call 3 stories against λ = 0.2 a spike); the ratio keeps a busy term's ordinary
 * day-to-day swing quiet. Figures on the simulated fortnight: docs/benchmarks.md.
 */
public final class SpikeDetector {
  /** Stories a day a spike needs at least. */
  public static final int MIN_COUNT = 5;

  /** Today's count must be at least this many times the baseline. */
  public static final double MIN_RATIO = 3.0;

  /** The Poisson tail probability below which a count is a spike. */
  public static final double P_VALUE = 1e-5;

  /** The least daily baseline (a term absent for 14 days). */
  public static final double FLOOR = 0.2;

  /** A spike: the term's count, its baseline (daily mean) and the tail probability. */
  public record Spike(int count, double baseline, double pValue) {}

  private final int minCount;
  private final double minRatio;
  private final double pValue;

  /** The shipped thresholds. */
  public SpikeDetector() {
    this(MIN_COUNT, MIN_RATIO, P_VALUE);
  }

  /** Other thresholds (tuning on the simulation). */
  public SpikeDetector(int minCount, double minRatio, double pValue) {
    this.minCount = minCount;
    this.minRatio = minRatio;
    this.pValue = pValue;
  }

  /** The test of today's {@code count} against the previous days' daily counts. */
  public Optional<Spike> test(int count, int[] baselineDays) {
    return test(count, baselineDays, 1.0);
  }

  /**
   * The test of a window's {@code count} — {@code share} of a day (6 hours: 0.25) — against the
   * previous days' daily counts: the baseline is the daily mean times the share (its floor too),
   * the dispersion of a shorter window 1 + share × (φ − 1), as a sum over a share of the day's
   * events. The minimum count and ratio are the day's: a burst of the last hours must be as big in
   * stories as a day's, only sooner and against a smaller expectation.
   */
  public Optional<Spike> test(int count, int[] baselineDays, double share) {
    int n = baselineDays.length;
    double sum = 0;
    for (int c : baselineDays) {
      sum += c;
    }
    double mean = n == 0 ? 0 : sum / n;
    double lambda = Math.max(FLOOR, mean) * share;
    if (count < minCount || count < minRatio * lambda) {
      return Optional.empty();
    }
    // quasi-Poisson: a term whose days vary more than Poisson's (news does) is tested on the
    // scale of its dispersion φ = variance / mean, so its ordinary swings stay quiet
    double squares = 0;
    for (int c : baselineDays) {
      squares += (c - mean) * (c - mean);
    }
    double daily = n < 2 || mean <= 0 ? 1 : Math.max(1, squares / (n - 1) / mean);
    double dispersion = 1 + share * (daily - 1);
    double p = poissonTail((int) Math.ceil(count / dispersion), lambda / dispersion);
    return p < pValue ? Optional.of(new Spike(count, lambda, p)) : Optional.empty();
  }

  /** P(X ≥ k) for X ~ Poisson(λ), summed from k upward in log space (k above λ here). */
  static double poissonTail(int k, double lambda) {
    double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
    double sum = 0;
    for (int i = k; i < k + 10_000; i++) {
      double term = Math.exp(logTerm);
      sum += term;
      if (term < sum * 1e-12) {
        break;
      }
      logTerm += Math.log(lambda) - Math.log(i + 1.0);
    }
    return Math.min(1.0, sum);
  }

  private static double logFactorial(int n) {
    double s = 0;
    for (int i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }
}
