package cn.hinews.core.analysis.candidates;

/**
 * The named features a pick model weighs, each 0..1, with the word an explanation uses for it. None
 * reads whether the article was picked: they come from the stored judgement, the outlet, the
 * reprint cluster, the period and the series' scope.
 */
public enum PickFeature {
  /** The stored relevance score. */
  RELEVANCE("相关度"),
  /** How close its topics are to the topics editors picked in the archive. */
  TOPIC("编辑常选主题"),
  /** About the series' region, or from its outlets (0 in a national series). */
  REGION("本地相关"),
  /** The outlet's authority. */
  AUTHORITY("来源权威"),
  /**
   * A news report of concrete events, policies or deployments (1) vs analysis or commentary (0).
   */
  KIND("新闻报道"),
  /** Reprinted: 1 − 1/(1 + reprints). */
  REPRINTS("转载"),
  /** Later in the period is fresher. */
  FRESHNESS("时效"),
  /** How close its topics are to those the series carried in its latest issues. */
  RECENT("本刊近期已报道主题");

  private final String label;

  PickFeature(String label) {
    this.label = label;
  }

  /** The feature's name in Chinese, for explanations. */
  public String label() {
    return label;
  }
}
