package cn.hinews.core.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Character-bigram precision and recall, white space removed (as the shared scorer's char metric).
 */
final class Bigrams {
  record Score(double precision, double recall) {}

  private Bigrams() {}

  static Score score(String expected, String predicted) {
    Map<String, Integer> t = bigrams(expected);
    Map<String, Integer> p = bigrams(predicted);
    int tp = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    int pn = p.values().stream().mapToInt(Integer::intValue).sum();
    int tn = t.values().stream().mapToInt(Integer::intValue).sum();
    return new Score(pn == 0 ? 0 : (double) tp / pn, tn == 0 ? 0 : (double) tp / tn);
  }

  private static Map<String, Integer> bigrams(String s) {
    String x = s.replaceAll("\\s", "");
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + 1 < x.length(); i++) {
      m.merge(x.substring(i, i + 2), 1, Integer::sum);
    }
    return m;
  }
}
