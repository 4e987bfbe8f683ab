package cn.hinews.core.analysis.sentiment;

import cn.hinews.core.analysis.text.ArticleText;

/** The tone of a normalised article. */
public interface SentimentAnalyzer {
  Sentiment analyze(ArticleText text);

  /** The lexicon that ships with hinews (sentiment.yml). */
  static SentimentAnalyzer standard() {
    return new LexiconSentiment(Lexicon.defaults());
  }
}
