package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.analysis.text.Token;
import java.util.List;

/** Scores a normalised article for health-informatics relevance. */
public interface RelevanceScorer {
  /**
   * @param text the article, normalised ({@link cn.hinews.core.analysis.text.ChineseNlp#normalize})
   * @param tokens the tokens of its title and body (for a learned model; the taxonomy reads text)
   */
  Relevance score(ArticleText text, List<Token> tokens);

  /** The taxonomy alone. */
  static RelevanceScorer taxonomy(Taxonomy taxonomy) {
    return new TaxonomyScorer(taxonomy);
  }

  /**
   * The taxonomy combined with a learned model: {@code (1 − modelWeight) × taxonomy + modelWeight ×
   * model}.
   */
  static RelevanceScorer combined(Taxonomy taxonomy, TextClassifier model, double modelWeight) {
    return new CombinedScorer(new TaxonomyScorer(taxonomy), model, modelWeight);
  }
}
