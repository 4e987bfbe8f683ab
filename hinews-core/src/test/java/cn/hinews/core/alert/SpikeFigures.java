package cn.hinews.core.alert;

import java.util.List;
import java.util.Locale;

/**
 * The spike detector on simulated fortnights (see {@link SpikeSimulation}): false spikes on quiet
 * fortnights, and precision and recall with bursts of several sizes. Prints figures; run by
 * bench/alerts.sh.
 */
final class SpikeFigures {
  private SpikeFigures() {}

  static void print(int terms, int runs) {
    long quietFlags = 0;
    long termDays = 0;
    for (int seed = 1; seed <= runs; seed++) {
      SpikeSimulation.Result q =
          SpikeSimulation.run(SpikeSimulation.counts(terms, seed, List.of()), List.of());
      quietFlags += q.flagged();
      termDays += q.termDays();
    }
    System.out.printf(
        Locale.ROOT,
        "quiet fortnights: %d runs × %d terms × 14 days = %d term-days, %d false spikes"
            + " (%.2f per fortnight)%n",
        runs,
        terms,
        termDays,
        quietFlags,
        (double) quietFlags / runs);
    for (int extra : new int[] {4, 6, 8, 12, 20}) {
      long tp = 0;
      long flagged = 0;
      long bursts = 0;
      for (int seed = 1; seed <= runs; seed++) {
        List<SpikeSimulation.Burst> b = SpikeSimulation.bursts(terms, 3, extra, seed);
        SpikeSimulation.Result r = SpikeSimulation.run(SpikeSimulation.counts(terms, seed, b), b);
        tp += r.truePositives();
        flagged += r.flagged();
        bursts += b.size();
      }
      System.out.printf(
          Locale.ROOT,
          "bursts of +%2d stories: %d bursts, %d found, %d missed, %d false;"
              + " precision %.3f, recall %.3f%n",
          extra,
          bursts,
          tp,
          bursts - tp,
          flagged - tp,
          flagged == 0 ? 1.0 : (double) tp / flagged,
          (double) tp / bursts);
    }
  }

  public static void main(String[] args) {
    print(
        args.length > 0 ? Integer.parseInt(args[0]) : 300,
        args.length > 1 ? Integer.parseInt(args[1]) : 50);
  }
}
