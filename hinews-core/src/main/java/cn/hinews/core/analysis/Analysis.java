package cn.hinews.core.analysis;

import cn.hinews.core.analysis.relevance.Relevance;
import cn.hinews.core.analysis.sentiment.Sentiment;
import cn.hinews.core.analysis.text.Entities;
import java.util.List;
import java.util.Objects;

/**
 * What analysis says about one article.
 *
 * @param relevance health-informatics relevance with its topics and terms
 * @param entities policies, organisations, places, people, products
 * @param keywords the article's keywords, strongest first
 * @param sentiment its tone and negative health-IT events
 */
public record Analysis(
    Relevance relevance, Entities entities, List<String> keywords, Sentiment sentiment) {
  public Analysis {
    Objects.requireNonNull(relevance, "relevance");
    Objects.requireNonNull(entities, "entities");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(sentiment, "sentiment");
  }
}
