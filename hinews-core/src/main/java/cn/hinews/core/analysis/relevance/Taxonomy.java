package cn.hinews.core.analysis.relevance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The health-informatics taxonomy: topics with weighted terms, the health vocabulary, and the
 * numbers that turn matches into a score (see {@code taxonomy.yml} for what each means).
 */
public record Taxonomy(Weights weights, List<Term> health, List<Topic> topics) {
  public Taxonomy {
    Objects.requireNonNull(weights, "weights");
    health = List.copyOf(health);
    topics = List.copyOf(topics);
  }

  /** Every term's text, of the topics and of the health vocabulary. */
  public Set<String> termTexts() {
    Set<String> out = new LinkedHashSet<>();
    health.forEach(t -> out.add(t.text()));
    topics.forEach(topic -> topic.terms().forEach(t -> out.add(t.text())));
    return out;
  }

  /** A term and how much one occurrence of it says. */
  public record Term(String text, double weight) {
    public Term {
      if (text.isBlank() || !(weight > 0)) {
        throw new IllegalArgumentException("a term needs text and a positive weight: " + text);
      }
    }
  }

  /** A topic of health informatics. */
  public record Topic(String id, String name, List<Term> terms) {
    public Topic {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      terms = List.copyOf(terms);
    }
  }

  /** Field weights and the scales of the score (the keys of taxonomy.yml, same names). */
  public record Weights(
      double title,
      double lead,
      double body,
      int leadChars,
      double topicScale,
      double informaticsScale,
      double healthScale,
      double titleBonus,
      double fullCoverage,
      double healthOnly,
      double informaticsOnly) {
    public Weights {
      if (healthOnly + informaticsOnly > 1 || healthOnly < 0 || informaticsOnly < 0) {
        throw new IllegalArgumentException("health-only + informatics-only must be within 0..1");
      }
      if (!(topicScale > 0 && informaticsScale > 0 && healthScale > 0 && fullCoverage > 0)) {
        throw new IllegalArgumentException("scales and full-coverage must be positive");
      }
    }
  }
}
