package cn.hinews.core.analysis.judge;

import cn.hinews.core.store.ModelVersion;

/**
 * What is retrained with the relevance model (the pick model): told the version in use after each
 * check of the relevance model, in the analysis stage's background thread.
 */
@FunctionalInterface
public interface ModelFollower {
  /** Nothing follows the relevance model. */
  ModelFollower NONE = version -> {};

  /**
   * The relevance model was checked (and retrained when the decisions changed); this one is in use.
   */
  void relevanceChecked(ModelVersion inUse);
}
