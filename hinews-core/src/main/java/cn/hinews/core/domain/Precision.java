package cn.hinews.core.domain;

/** How much of a publish time the page actually showed. */
public enum Precision {
  YEAR,
  MONTH,
  DAY,
  MINUTE,
  SECOND
}
