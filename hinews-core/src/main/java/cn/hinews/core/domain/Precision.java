package cn.hinews.core.domain;

/** How much of a publish time the page actually showed. */
public enum Precision {
  DAY,
  MINUTE,
  SECOND
}
