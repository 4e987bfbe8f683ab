package cn.hinews.core.analysis.sentiment;

/** The tone of an article for 舆情 purposes. */
public enum Polarity {
  POSITIVE,
  NEUTRAL,
  NEGATIVE
}
