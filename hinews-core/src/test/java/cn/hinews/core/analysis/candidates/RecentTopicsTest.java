package cn.hinews.core.analysis.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.relevance.Relevance;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.analysis.sentiment.Polarity;
import cn.hinews.core.analysis.sentiment.Sentiment;
import cn.hinews.core.analysis.text.Entities;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentTopicsTest {
  @Test
  void theGreatestTopicSimilarityToTheRecentItems() {
    RecentTopics recent =
        RecentTopics.of(List.of(topics("medical-ai", 0.9), topics("insurance-it", 0.8)));
    assertThat(recent.similarity(topics("medical-ai", 0.5))).isCloseTo(1.0, within(1e-9));
    assertThat(recent.similarity(topics("security", 0.9))).isZero();
    assertThat(RecentTopics.none().similarity(topics("medical-ai", 0.9))).isZero();
  }

  private static Analysis topics(String id, double score) {
    return new Analysis(
        new Relevance(score, score, -1, 1, 0.5, List.of(new TopicScore(id, id, score, List.of()))),
        new Entities(List.of(), List.of(), List.of(), List.of(), List.of()),
        List.of(),
        new Sentiment(Polarity.NEUTRAL, 0, List.of(), List.of()));
  }
}
