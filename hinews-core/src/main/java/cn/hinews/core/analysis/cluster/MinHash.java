package cn.hinews.core.analysis.cluster;

import java.util.Arrays;

/**
 * MinHash signatures of a text's character shingles. The text is reduced to its letters and digits
 * (punctuation, spaces and line breaks differ between outlets), cut into overlapping shingles of
 * {@code shingle} characters, and each of {@code hashes} hash functions keeps its smallest value:
 * the share of equal positions of two signatures estimates the Jaccard similarity of the shingle
 * sets.
 */
public final class MinHash {
  private final int hashes;
  private final int shingle;
  private final long[] seeds;

  public MinHash(int hashes, int shingle, long seed) {
    if (hashes < 1 || shingle < 1) {
      throw new IllegalArgumentException("hashes and shingle length must be positive");
    }
    this.hashes = hashes;
    this.shingle = shingle;
    this.seeds = new long[hashes];
    long s = seed;
    for (int i = 0; i < hashes; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  /** 64 hashes of 4-character shingles: what reprint clustering uses. */
  public static MinHash standard() {
    return new MinHash(64, 4, 20260101L);
  }

  public int hashes() {
    return hashes;
  }

  /** The signature of a text; a text shorter than one shingle gets the all-maximum signature. */
  public int[] signature(String text) {
    char[] chars = letters(text);
    int[] sig = new int[hashes];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (int start = 0; start + shingle <= chars.length; start++) {
      long h = 0xcbf29ce484222325L;
      for (int k = start; k < start + shingle; k++) {
        h = (h ^ chars[k]) * 0x100000001b3L;
      }
      for (int i = 0; i < hashes; i++) {
        int v = (int) (mix(h ^ seeds[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures: the share of equal positions. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static char[] letters(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out[n++] = c;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
