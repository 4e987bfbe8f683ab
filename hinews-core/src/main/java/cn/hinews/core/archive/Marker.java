package cn.hinews.core.archive;

import cn.hinews.core.archive.MarkdownLine.ListMark;
import cn.hinews.core.text.ChineseNumerals;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list marker in front of a line, whatever way it was written: a Markdown list item (the tree
 * took a bullet off and wrote an ordered item's number out), or a marker that Markdown reads as
 * text — {@code 1、}, {@code 1)}, {@code （1）}, {@code 一、}, a bullet character, {@code 1.标题}.
 *
 * @param present the line had a marker
 * @param ordinal the marker's number, if it had one (a bullet has none)
 * @param rest the text after the marker
 */
record Marker(boolean present, Optional<Integer> ordinal, String rest) {
  private static final Pattern NUMBERED =
      Pattern.compile("^(\\d{1,3})\\s*(?:[.．、)）]|(?=标题\\s*[:：]))\\s*(.*)$");
  private static final Pattern PARENTHESISED =
      Pattern.compile("^[(（]\\s*(\\d{1,3})\\s*[)）]\\s*(.*)$");
  private static final Pattern HAN_NUMBERED =
      Pattern.compile("^[(（]?([一二三四五六七八九十]{1,3})\\s*(?:[、.．)）])\\s*(.*)$");
  private static final Pattern BULLET = Pattern.compile("^[-*+•·●▪■◆]\\s+(.*)$");

  /** The marker of a line. */
  static Marker of(MarkdownLine line) {
    Marker m = of(line.text());
    if (line.list() == ListMark.BULLET) {
      return new Marker(true, m.ordinal(), m.rest());
    }
    return m;
  }

  /** The marker at the start of a text. */
  static Marker of(String text) {
    Matcher m;
    if ((m = NUMBERED.matcher(text)).matches() || (m = PARENTHESISED.matcher(text)).matches()) {
      return new Marker(true, Optional.of(Integer.parseInt(m.group(1))), m.group(2).strip());
    }
    if ((m = HAN_NUMBERED.matcher(text)).matches()) {
      return new Marker(true, ChineseNumerals.parse(m.group(1)), m.group(2).strip());
    }
    if ((m = BULLET.matcher(text)).matches()) {
      return new Marker(true, Optional.empty(), m.group(1).strip());
    }
    return new Marker(false, Optional.empty(), text);
  }
}
