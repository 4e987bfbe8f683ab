package cn.hinews.core.text;

import java.util.regex.Pattern;

/**
 * Whitespace normalisation for Chinese text that went through a PDF conversion: spaces between a
 * Chinese character and a Latin letter or digit (2026 年 01 月, AI 医生) are artefacts and go; spaces
 * between Latin words, and between two Chinese phrases of a headline (AI 赋能远程医疗 解锁…), stay.
 * Punctuation is kept as it is.
 */
public final class ChineseText {
  private static final String CJK = "\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》—…·";
  private static final Pattern SPACE_AFTER_CJK =
      Pattern.compile("(?<=[" + CJK + "])[ \\t\\u00a0\\u3000]+(?=[A-Za-z0-9])");
  private static final Pattern SPACE_BEFORE_CJK =
      Pattern.compile("(?<=[A-Za-z0-9%])[ \\t\\u00a0\\u3000]+(?=[" + CJK + "])");
  private static final Pattern RUNS = Pattern.compile("[ \\t\\u00a0\\u3000]+");

  private ChineseText() {}

  /** Collapses white space, trims, and drops the spaces that Chinese text does not have. */
  public static String normalize(String text) {
    String s = RUNS.matcher(text).replaceAll(" ").strip();
    s = SPACE_AFTER_CJK.matcher(s).replaceAll("");
    s = SPACE_BEFORE_CJK.matcher(s).replaceAll("");
    return s;
  }

  /** Whether the text holds a Han character at all. */
  public static boolean hasHan(String text) {
    return text.codePoints().anyMatch(ChineseText::isHan);
  }

  /** Whether every character of the text is a Han character (a name such as 张三, not 张3). */
  public static boolean allHan(String text) {
    return text.codePoints().allMatch(ChineseText::isHan);
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * A key for comparing two spellings of the same text: no white space, ASCII punctuation folded.
   */
  public static String compareKey(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != 0x3000 && c != 0xa0)
        .map(ChineseText::foldWidth)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static int foldWidth(int c) {
    if (c >= 0xff01 && c <= 0xff5e) {
      return c - 0xfee0;
    }
    return c;
  }
}
