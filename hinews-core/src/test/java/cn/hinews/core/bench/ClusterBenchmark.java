package cn.hinews.core.bench;

import cn.hinews.core.analysis.cluster.LshClusterer;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to cluster a million MinHash fingerprints (64 values each) on one thread: random
 * signatures with one in ten given two to four near-duplicates (a sixth of the values changed), so
 * that the index has real clusters to join. Run with {@code bench/analysis.sh ClusterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
public class ClusterBenchmark {
  @Param({"1000000"})
  public int fingerprints;

  private int[][] signatures;

  @Setup
  public void make() {
    Random random = new Random(42);
    signatures = new int[fingerprints][];
    int i = 0;
    while (i < fingerprints) {
      int[] base = new int[64];
      for (int k = 0; k < 64; k++) {
        base[k] = random.nextInt();
      }
      signatures[i++] = base;
      if (random.nextInt(10) == 0) {
        int copies = 2 + random.nextInt(3);
        for (int c = 0; c < copies && i < fingerprints; c++) {
          int[] dup = base.clone();
          for (int k = 0; k < 10; k++) {
            dup[random.nextInt(64)] = random.nextInt();
          }
          signatures[i++] = dup;
        }
      }
    }
  }

  @Benchmark
  public int cluster() {
    int[] c = LshClusterer.standard().cluster(signatures);
    return c[c.length - 1];
  }
}
