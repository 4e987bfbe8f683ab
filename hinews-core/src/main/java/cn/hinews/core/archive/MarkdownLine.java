package cn.hinews.core.archive;

import java.util.List;

/**
 * One line of a bulletin as the grammar reads it: the text of one source line of a Markdown block
 * (a paragraph's soft-wrapped lines are lines of their own until {@link Lines#unwrap} joins them),
 * or one paragraph of a Word document, with what the decoration said about it.
 *
 * @param no 1-based line number in the file (paragraph number for Word)
 * @param text the text, unescaped and with white space normalised; an ordered list item's number is
 *     written out in front ({@code 1. }), a bullet is not
 * @param heading the heading level (0 for none)
 * @param bold the whole line was bold
 * @param italic the whole line was emphasised (our renderings mark image captions so)
 * @param blanksBefore blank lines between this line and the previous one (0: a soft line break)
 * @param escaped the line began with a backslash: whatever it looks like, it is text (never an item
 *     heading)
 * @param list whether the line starts a list item, and of which kind
 * @param links the targets of the links on the line, in order
 */
record MarkdownLine(
    int no,
    String text,
    int heading,
    boolean bold,
    boolean italic,
    int blanksBefore,
    boolean escaped,
    ListMark list,
    List<String> links) {

  /** The list item a line starts, if any. */
  enum ListMark {
    NONE,
    BULLET,
    ORDERED
  }

  MarkdownLine {
    links = List.copyOf(links);
  }

  MarkdownLine(int no, String text, int heading, boolean bold, boolean italic, int blanksBefore) {
    this(no, text, heading, bold, italic, blanksBefore, false, ListMark.NONE, List.of());
  }

  MarkdownLine withText(String newText) {
    return new MarkdownLine(no, newText, heading, bold, italic, blanksBefore, escaped, list, links);
  }

  MarkdownLine withBlanksBefore(int blanks) {
    return new MarkdownLine(no, text, heading, bold, italic, blanks, escaped, list, links);
  }

  /** This line with the next one's text after it (a wrapped line joined). */
  MarkdownLine joinedWith(MarkdownLine next) {
    List<String> both = new java.util.ArrayList<>(links);
    both.addAll(next.links());
    return new MarkdownLine(
        no,
        Lines.joinText(text, next.text()),
        heading,
        bold,
        italic,
        blanksBefore,
        escaped,
        list,
        both);
  }

  boolean marked() {
    return heading > 0 || bold;
  }
}
