package cn.hinews.core.analysis.sentiment;

import java.util.List;
import java.util.Objects;

/**
 * The tone of a text and what decided it.
 *
 * @param polarity positive, neutral or negative
 * @param score −1..1, the balance of positive and negative weight
 * @param phrases the clauses that counted, each with its word (negated words marked 否)
 * @param events negative health-IT events named (data leaks, outages, AI misdiagnosis, attacks,
 *     fines)
 */
public record Sentiment(
    Polarity polarity, double score, List<String> phrases, List<HealthItEvent> events) {
  public Sentiment {
    Objects.requireNonNull(polarity, "polarity");
    phrases = List.copyOf(phrases);
    events = List.copyOf(events);
  }
}
