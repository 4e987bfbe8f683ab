package cn.hinews.core.analysis.cluster;

import java.util.Arrays;

/**
 * Groups MinHash signatures whose estimated similarity reaches a threshold without comparing all
 * pairs: the signature is cut into {@code bands} bands of {@code rows} values; texts whose band
 * values are equal in at least one band become candidates (per band: one sort of a key–index
 * array), and a candidate pair whose whole signatures agree enough is joined (union–find). Within a
 * band's run of equal keys each member is checked against the run's first member and its
 * predecessor, so a run costs linear time.
 */
public final class LshClusterer {
  private static final int INDEX_BITS = 24;
  private final int bands;
  private final int rows;
  private final double threshold;

  public LshClusterer(int bands, int rows, double threshold) {
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
  }

  /** 16 bands of 4 rows over a 64-hash signature, joined at an estimated Jaccard of 0.5. */
  public static LshClusterer standard() {
    return new LshClusterer(16, 4, 0.5);
  }

  /**
   * The cluster of each signature, as the index of the cluster's smallest member.
   *
   * @param signatures signatures of {@code bands × rows} values or more, at most 2^24 of them
   */
  public int[] cluster(int[][] signatures) {
    int n = signatures.length;
    if (n >= 1 << INDEX_BITS) {
      throw new IllegalArgumentException("at most " + ((1 << INDEX_BITS) - 1) + " signatures");
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    long[] keys = new long[n];
    for (int b = 0; b < bands; b++) {
      for (int i = 0; i < n; i++) {
        keys[i] = (bandHash(signatures[i], b) << INDEX_BITS) | i;
      }
      Arrays.sort(keys);
      int runStart = 0;
      for (int k = 1; k <= n; k++) {
        if (k == n || (keys[k] >>> INDEX_BITS) != (keys[runStart] >>> INDEX_BITS)) {
          joinRun(keys, runStart, k, signatures, parent);
          runStart = k;
        }
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  private void joinRun(long[] keys, int from, int to, int[][] sigs, int[] parent) {
    if (to - from < 2) {
      return;
    }
    int first = (int) (keys[from] & ((1 << INDEX_BITS) - 1));
    for (int k = from + 1; k < to; k++) {
      int i = (int) (keys[k] & ((1 << INDEX_BITS) - 1));
      int prev = (int) (keys[k - 1] & ((1 << INDEX_BITS) - 1));
      if (MinHash.similarity(sigs[first], sigs[i]) >= threshold) {
        union(parent, first, i);
      } else if (prev != first && MinHash.similarity(sigs[prev], sigs[i]) >= threshold) {
        union(parent, prev, i);
      }
    }
  }

  /**
   * The band keys of one signature, each naming its band: two signatures that share a key share
   * that band's values (what an index of stored signatures is looked up by).
   */
  public long[] bandKeys(int[] signature) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      keys[b] = ((long) b << (64 - INDEX_BITS)) | bandHash(signature, b);
    }
    return keys;
  }

  /** True when two signatures agree enough to be one text reprinted. */
  public boolean similar(int[] a, int[] b) {
    return a.length == b.length && MinHash.similarity(a, b) >= threshold;
  }

  private long bandHash(int[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = band * rows; r < (band + 1) * rows; r++) {
      h = MinHash.mix(h ^ sig[r]);
    }
    return h >>> INDEX_BITS;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
