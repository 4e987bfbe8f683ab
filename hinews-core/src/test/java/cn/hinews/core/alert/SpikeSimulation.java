package cn.hinews.core.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A simulated fortnight of story counts per term: {@code terms} terms, each with its own daily rate
 * (most rare, a few busy), overdispersed as news is (a gamma-Poisson mixture: some days a term is
 * talked about more), a weekend dip, 14 days of baseline before; and bursts on chosen term-days.
 * The detector is run on every term-day of the fortnight; what it flags is compared with the
 * bursts.
 */
final class SpikeSimulation {
  /** A burst put into the counts: which term, which day of the fortnight, how many stories more. */
  record Burst(int term, int day, int extra) {}

  /** What the detector flagged against what was put in. */
  record Result(int flagged, int truePositives, int falseSpikes, int missed, int termDays) {
    double precision() {
      return flagged == 0 ? 1.0 : (double) truePositives / flagged;
    }

    double recall(int bursts) {
      return bursts == 0 ? 1.0 : (double) truePositives / bursts;
    }
  }

  static final int BASELINE_DAYS = 14;
  static final int FORTNIGHT = 14;

  private SpikeSimulation() {}

  /** Counts [term][day] for 28 days (14 baseline, 14 watched), with the bursts added. */
  static int[][] counts(int terms, long seed, List<Burst> bursts) {
    Random r = new Random(seed);
    int days = BASELINE_DAYS + FORTNIGHT;
    int[][] c = new int[terms][days];
    for (int t = 0; t < terms; t++) {
      // rates from 0.05 to 8 stories a day, most terms rare (log-uniform)
      double rate = Math.exp(Math.log(0.05) + r.nextDouble() * (Math.log(8) - Math.log(0.05)));
      for (int d = 0; d < days; d++) {
        double weekday = (d % 7 == 5 || d % 7 == 6) ? 0.6 : 1.1;
        double dayRate = gamma(r, 4.0) / 4.0 * rate * weekday; // overdispersion, mean 1
        c[t][d] = poisson(r, dayRate);
      }
    }
    for (Burst b : bursts) {
      double usual = 0;
      for (int d = 0; d < BASELINE_DAYS; d++) {
        usual += c[b.term()][BASELINE_DAYS + b.day() - BASELINE_DAYS + d];
      }
      usual /= BASELINE_DAYS;
      c[b.term()][BASELINE_DAYS + b.day()] += Math.max(b.extra(), (int) Math.ceil(3 * usual));
    }
    return c;
  }

  static Result run(int[][] counts, List<Burst> bursts) {
    return run(counts, bursts, new SpikeDetector());
  }

  static Result run(int[][] counts, List<Burst> bursts, SpikeDetector detector) {
    int flagged = 0;
    int tp = 0;
    for (int t = 0; t < counts.length; t++) {
      for (int day = 0; day < FORTNIGHT; day++) {
        int today = BASELINE_DAYS + day;
        int[] baseline = new int[BASELINE_DAYS];
        System.arraycopy(counts[t], today - BASELINE_DAYS, baseline, 0, BASELINE_DAYS);
        if (detector.test(counts[t][today], baseline).isPresent()) {
          flagged++;
          final int term = t;
          final int d = day;
          if (bursts.stream().anyMatch(b -> b.term() == term && b.day() == d)) {
            tp++;
          }
        }
      }
    }
    return new Result(flagged, tp, flagged - tp, bursts.size() - tp, counts.length * FORTNIGHT);
  }

  /**
   * Bursts of {@code n} terms, each on a random day: {@code extra} stories more, and at least three
   * times the term's usual count (a busy term's burst is relative).
   */
  static List<Burst> bursts(int terms, int n, int extra, long seed) {
    Random r = new Random(seed ^ 0x5DEECE66DL);
    List<Burst> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Burst(r.nextInt(terms), r.nextInt(FORTNIGHT), extra));
    }
    return out;
  }

  private static int poisson(Random r, double lambda) {
    double l = Math.exp(-lambda);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang (shape ≥ 1). */
  private static double gamma(Random r, double shape) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = r.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = r.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
