package cn.hinews.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analysis stage stores for one article revision: the columns readers filter, sort and
 * count by, the whole analysis as a JSON document, and the MinHash bands its reprints are found by.
 *
 * @param articleId the article
 * @param revision its revision that was analysed
 * @param modelVersion the relevance model version that scored it
 * @param relevance 0..1
 * @param health 0..1
 * @param coverage 0..1
 * @param authority 0..1, the outlet's authority when it was judged
 * @param topTopic the id of its strongest topic, empty for none
 * @param polarity POSITIVE, NEUTRAL or NEGATIVE
 * @param sourceKind media, government or unknown
 * @param outlet the outlet's name
 * @param publishedAt when it appeared, if known (Asia/Shanghai)
 * @param signature its MinHash signature, empty when the body is too short to compare
 * @param bandKeys the LSH keys of the signature (empty with it)
 * @param topics its topics with their scores
 * @param terms keywords, entities and events
 * @param document the whole analysis as JSON
 * @param analysedAt when
 */
public record Judgement(
    long articleId,
    int revision,
    int modelVersion,
    double relevance,
    double health,
    double coverage,
    double authority,
    String topTopic,
    String polarity,
    String sourceKind,
    String outlet,
    Optional<LocalDateTime> publishedAt,
    Optional<Signature> signature,
    List<Long> bandKeys,
    List<TopicWeight> topics,
    List<Term> terms,
    String document,
    Instant analysedAt) {
  public Judgement {
    Objects.requireNonNull(topTopic, "topTopic");
    Objects.requireNonNull(document, "document");
    bandKeys = List.copyOf(bandKeys);
    topics = List.copyOf(topics);
    terms = List.copyOf(terms);
  }

  /** A topic of the judgement. */
  public record TopicWeight(String topicId, double score) {}

  /** A keyword, entity or event of the judgement. */
  public record Term(TermKind kind, String text) {}

  /** What a term is. */
  public enum TermKind {
    KEYWORD,
    POLICY,
    ORGANISATION,
    PLACE,
    PERSON,
    PRODUCT,
    EVENT
  }

  /** A MinHash signature (a copy of the values is kept). */
  public record Signature(int[] values) {
    public Signature {
      values = values.clone();
    }

    @Override
    public int[] values() {
      return values.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && java.util.Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "Signature" + java.util.Arrays.toString(values);
    }
  }
}
