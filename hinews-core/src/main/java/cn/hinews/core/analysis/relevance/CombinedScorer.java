package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.analysis.text.Token;
import java.util.List;

/** The taxonomy's score blended with a learned model's probability. */
final class CombinedScorer implements RelevanceScorer {
  private final TaxonomyScorer taxonomy;
  private final TextClassifier model;
  private final double modelWeight;

  CombinedScorer(TaxonomyScorer taxonomy, TextClassifier model, double modelWeight) {
    if (!(modelWeight >= 0 && modelWeight <= 1)) {
      throw new IllegalArgumentException("the model's weight must be within 0..1: " + modelWeight);
    }
    this.taxonomy = taxonomy;
    this.model = model;
    this.modelWeight = modelWeight;
  }

  @Override
  public Relevance score(ArticleText text, List<Token> tokens) {
    Relevance t = taxonomy.score(text, tokens);
    double p = model.probability(tokens);
    double score = (1 - modelWeight) * t.taxonomyScore() + modelWeight * p;
    return new Relevance(score, t.taxonomyScore(), p, t.health(), t.coverage(), t.topics());
  }
}
