package cn.hinews.core.archive;

/** The ways a bulletin's Markdown varies across the tools that made the archive. */
enum VariantClass {
  /**
   * List markers of catalogue entries and items: -, *, +, 1., 1、, 1), （1）, 一、; bullets on labels.
   */
  LIST_MARKERS,
  /** Headings of any level (ATX or setext) on any structural line, or none. */
  HEADINGS,
  /** Bold and italic lines and labels ({@code **来源：**人民网}). */
  EMPHASIS,
  /** Full- and half-width colons and parentheses, spaces around them. */
  WIDTHS,
  /** Labels with their value inline or on the next line, 标题 written or not, several on one line. */
  LABEL_LAYOUT,
  /** Blank lines added anywhere. */
  BLANK_LINES,
  /** The link in every syntax: autolink, inline, reference, HTML anchor, bare, escaped. */
  LINKS,
  /** Lines wrapped at any point between Chinese characters (soft line breaks). */
  LINE_WRAPS,
  /** Page numbers, running heads and footers between any two lines after the masthead. */
  PAGE_FURNITURE
}
