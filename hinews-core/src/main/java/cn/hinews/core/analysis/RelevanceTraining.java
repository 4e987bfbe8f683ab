package cn.hinews.core.analysis;

import cn.hinews.core.analysis.relevance.NaiveBayes;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.analysis.text.Token;
import cn.hinews.core.domain.Article;
import cn.hinews.core.store.DecisionRepository.Decision;
import cn.hinews.core.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains the relevance model from the store: the items of published issues are the positives, the
 * articles editors rejected the negatives. Run again whenever they change (each {@code candidates}
 * run does): training a naive Bayes is one pass over the tokens.
 *
 * @param positives how many positive articles there were
 * @param negatives how many rejected articles there were
 * @param model the model, when each side has at least {@link #MIN_EACH}
 */
public record RelevanceTraining(int positives, int negatives, Optional<NaiveBayes> model) {
  /** Fewer examples than this on either side train nothing: the taxonomy alone scores. */
  public static final int MIN_EACH = 5;

  /** The weight of the model in the blend, measured on the evaluation set (docs/benchmarks.md). */
  public static final double MODEL_WEIGHT = 0.3;

  /** No examples: the taxonomy alone scores. */
  public static RelevanceTraining none() {
    return new RelevanceTraining(0, 0, Optional.empty());
  }

  public static RelevanceTraining fromStore(Store store, ChineseNlp nlp) {
    Map<Long, Article> positives =
        store.read(s -> s.articles().findByIds(s.decisions().publishedItemArticles()));
    Map<Long, Article> negatives =
        store.read(s -> s.articles().findByIds(s.decisions().articlesDecided(Decision.REJECTED)));
    positives.keySet().removeAll(negatives.keySet());
    if (positives.size() < MIN_EACH || negatives.size() < MIN_EACH) {
      return new RelevanceTraining(positives.size(), negatives.size(), Optional.empty());
    }
    return new RelevanceTraining(
        positives.size(),
        negatives.size(),
        Optional.of(
            NaiveBayes.train(tokens(positives.values(), nlp), tokens(negatives.values(), nlp))));
  }

  private static List<List<Token>> tokens(Collection<Article> articles, ChineseNlp nlp) {
    List<List<Token>> out = new ArrayList<>();
    for (Article a : articles) {
      ArticleText t = ArticleText.of(a).normalized(nlp);
      out.add(nlp.tokens(t.title() + "\n" + t.body()));
    }
    return out;
  }
}
