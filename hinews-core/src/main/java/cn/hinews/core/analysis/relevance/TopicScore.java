package cn.hinews.core.analysis.relevance;

import java.util.List;

/**
 * How much an article is about one topic, and why.
 *
 * @param id the topic's key in the taxonomy
 * @param name its Chinese name
 * @param score 0..1
 * @param terms the taxonomy terms found, strongest first
 */
public record TopicScore(String id, String name, double score, List<String> terms) {
  public TopicScore {
    terms = List.copyOf(terms);
  }
}
