package cn.hinews.core.archive;

import cn.hinews.core.text.ChineseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the grammar does to the lines before it reads them: page furniture (page numbers, running
 * heads, footers) dropped wherever a PDF conversion left it, and lines that a soft line break cut
 * joined again unless the next one starts something of its own (a label, a marker, a date line).
 */
final class Lines {
  /** Page numbers: {@code 3}, {@code - 3 -}, {@code 第 3 页 共 9 页}, {@code 3 / 9}, {@code Page 3}. */
  static final Pattern PAGE_FURNITURE =
      Pattern.compile(
          "^(?:[-—–－\\s]*\\d{1,3}[-—–－\\s]*"
              + "|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?"
              + "|\\d{1,3}\\s*/\\s*\\d{1,3}"
              + "|(?i:page)\\s*\\d{1,3}(?:\\s*(?i:of)\\s*\\d{1,3})?)$");

  private static final Pattern STARTS_STRUCTURE =
      Pattern.compile(
          "^(?:(?:标题|来源|(?:原文)?链接|网址|主要内容|本期导语)\\s*[:：]"
              + "|[(（][^()（）]{1,30}[)）]$"
              + "|\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?\\s*(?:来源\\s*[:：].*)?$"
              + "|[(（]?\\s*第\\s*[0-9〇零○一二三四五六七八九十百]+\\s*期?\\s*[)）]?$"
              + "|(?:[一二]\\s*[、.．]\\s*)?(?:信息目录|具体内容)\\s*[:：]?$"
              + "|\\d{1,3}\\s*[.．、)）]|[(（]\\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)");

  /** A label word written with spaces between its characters: 来 源：, 主 要 内 容： */
  private static final Pattern SPACED_LABEL =
      Pattern.compile(
          "^((?:\\d{1,3}\\s*[.．、]\\s*)?)(标\\s+题|来\\s+源|链\\s+接|主\\s*要\\s*内\\s*容|本\\s*期\\s*导\\s*语"
              + "|信\\s*息\\s*目\\s*录|具\\s*体\\s*内\\s*容)(?=\\s*[:：]|\\s*$)");

  /** What may follow a running head on its line: the issue number, a page number. */
  private static final Pattern HEAD_TAIL =
      Pattern.compile("^(?:[(（]?第?[0-9〇零○一二三四五六七八九十百]+期?[)）]?|[-—–－]*\\d{1,3}[-—–－]*)$");

  private Lines() {}

  /** The text with a spaced-out label word closed up. */
  static String tidy(String text) {
    java.util.regex.Matcher m = SPACED_LABEL.matcher(text);
    if (!m.find()) {
      return text;
    }
    return m.group(1) + m.group(2).replaceAll("\\s+", "") + text.substring(m.end());
  }

  /** Whether a line is a page number or one of the lines a PDF repeats on every page. */
  static boolean isFurniture(MarkdownLine line, Set<String> runningHeads) {
    String text = line.text();
    return PAGE_FURNITURE.matcher(text).matches()
        || (line.list() == MarkdownLine.ListMark.BULLET
            && PAGE_FURNITURE.matcher("- " + text).matches())
        || runningHeads.contains(ChineseText.compareKey(text))
        || runningHeads.stream()
            .anyMatch(
                h -> {
                  String key = ChineseText.compareKey(text);
                  return key.length() > h.length()
                      && key.startsWith(h)
                      && HEAD_TAIL.matcher(key.substring(h.length())).matches();
                });
  }

  /**
   * The lines without page furniture and with soft-wrapped lines joined.
   *
   * @param runningHeads compare keys ({@link ChineseText#compareKey}) of running heads and footers
   */
  static List<MarkdownLine> clean(List<MarkdownLine> lines, Set<String> runningHeads) {
    List<MarkdownLine> out = new ArrayList<>(lines.size());
    boolean dropped = false;
    for (MarkdownLine line : lines) {
      if (isFurniture(line, runningHeads)) {
        dropped = true;
        continue;
      }
      String tidy = tidy(line.text());
      MarkdownLine read = tidy.equals(line.text()) ? line : line.withText(tidy);
      MarkdownLine next = dropped ? read.withBlanksBefore(Math.max(1, read.blanksBefore())) : read;
      dropped = false;
      if (!out.isEmpty() && wrapped(out.get(out.size() - 1), next)) {
        out.set(out.size() - 1, out.get(out.size() - 1).joinedWith(next));
      } else {
        out.add(next);
      }
    }
    return out;
  }

  /** The next line goes on the previous one: a soft line break inside one written line. */
  static boolean wrapped(MarkdownLine prev, MarkdownLine next) {
    return next.blanksBefore() == 0
        && prev.heading() == 0
        && next.heading() == 0
        && prev.bold() == next.bold()
        && prev.italic() == next.italic()
        && next.list() == MarkdownLine.ListMark.NONE
        && !next.escaped()
        && !STARTS_STRUCTURE.matcher(next.text()).find();
  }

  static String joinText(String a, String b) {
    boolean latin =
        !a.isEmpty() && !b.isEmpty() && isLatin(a.charAt(a.length() - 1)) && isLatin(b.charAt(0));
    return latin ? a + " " + b : a + b;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
