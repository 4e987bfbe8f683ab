package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.relevance.TopicScore;
import java.util.HashMap;
import java.util.Map;

/** Cosine similarity of two articles' topic score vectors. */
final class Topics {
  private Topics() {}

  static double similarity(Analysis a, Analysis b) {
    Map<String, Double> va = vector(a);
    Map<String, Double> vb = vector(b);
    double dot = 0;
    for (Map.Entry<String, Double> e : va.entrySet()) {
      dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
    }
    double na = norm(va);
    double nb = norm(vb);
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
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
