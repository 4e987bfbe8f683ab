package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.relevance.TopicScore;
import java.util.HashMap;
import java.util.Map;

/** Cosine similarity of two articles' topic score vectors. */
final class Topics {
  private Topics() {}

  /** The topic scores of an analysis scaled to length 1 (empty when it has none). */
  static Map<String, Double> unitVector(Analysis a) {
    Map<String, Double> v = vector(a);
    double norm = norm(v);
    if (norm == 0) {
      return Map.of();
    }
    Map<String, Double> out = new HashMap<>();
    v.forEach((k, x) -> out.put(k, x / norm));
    return out;
  }

  /** The dot product of two vectors; of two unit vectors, their cosine similarity. */
  static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double other = large.get(e.getKey());
      if (other != null) {
        dot += e.getValue() * other;
      }
    }
    return dot;
  }

  private static Map<String, Double> vector(Analysis a) {
    Map<String, Double> v = new HashMap<>();
    for (TopicScore t : a.relevance().topics()) {
      v.put(t.id(), t.score());
    }
    return v;
  }

  private static double norm(Map<String, Double> v) {
    return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
  }
}
