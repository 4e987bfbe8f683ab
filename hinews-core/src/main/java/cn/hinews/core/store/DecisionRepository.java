package cn.hinews.core.store;

import java.time.Instant;
import java.util.List;

/**
 * What editors decided about articles (the relevance model's training signal), and which articles
 * issues already carry.
 */
public interface DecisionRepository {
  /** An editor's decision on a candidate. */
  enum Decision {
    REJECTED
  }

  /** Records a decision; a later decision on the same article and series replaces it. */
  void decide(long articleId, String seriesId, Decision decision, Instant at);

  /**
   * Takes an editor's decision on an article back (an undone rejection); false if there was none.
   */
  boolean undo(long articleId, String seriesId);

  /** The articles with this decision in this series, latest first. */
  List<Long> decided(String seriesId, Decision decision);

  /** The articles with this decision in any series, by id. */
  List<Long> articlesDecided(Decision decision);

  /** The articles that are items of published issues of any series (the model's positives). */
  List<Long> publishedItemArticles();

  /** The articles that are items of any issue (draft or published) of this series. */
  List<Long> itemArticles(String seriesId);
}
