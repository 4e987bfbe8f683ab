package cn.hinews.core.domain;

/** The kinds of block an article body is made of. */
public enum BlockKind {
  PARAGRAPH,
  SUBHEADING,
  IMAGE_CAPTION
}
