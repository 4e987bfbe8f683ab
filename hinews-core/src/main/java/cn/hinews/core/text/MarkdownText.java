package cn.hinews.core.text;

import java.util.regex.Pattern;

/** Writing plain text into the house Markdown so that it reads back as the same text. */
public final class MarkdownText {
  /** Text that Markdown (or our importer) would read as structure. */
  private static final Pattern NEEDS_ESCAPE = Pattern.compile("^(#|>|[-+*] |\\d+[.)．、]|\\*|_)");

  private MarkdownText() {}

  /** A paragraph's text with backslashes doubled and leading structure escaped. */
  public static String escape(String text) {
    String s = text.replace("\\", "\\\\");
    return NEEDS_ESCAPE.matcher(s).find() ? "\\" + s : s;
  }

  /** An emphasised line (our image captions). */
  public static String emphasis(String text) {
    return "*" + text.replace("\\", "\\\\").replace("*", "\\*") + "*";
  }
}
