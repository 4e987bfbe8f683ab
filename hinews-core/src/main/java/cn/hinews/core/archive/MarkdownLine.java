package cn.hinews.core.archive;

import cn.hinews.core.text.ChineseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One non-blank line of a bulletin file with its Markdown decoration taken off.
 *
 * @param no 1-based line number
 * @param text the text, unescaped and with white space normalised
 * @param heading the Markdown heading level (0 for none)
 * @param bold the whole line was bold
 * @param italic the whole line was emphasised (our renderings mark image captions so)
 * @param blanksBefore blank lines between this line and the previous non-blank one
 * @param escaped the line began with a backslash: whatever it looks like, it is text (never an item
 *     heading)
 */
record MarkdownLine(
    int no,
    String text,
    int heading,
    boolean bold,
    boolean italic,
    int blanksBefore,
    boolean escaped) {
  MarkdownLine(int no, String text, int heading, boolean bold, boolean italic, int blanksBefore) {
    this(no, text, heading, bold, italic, blanksBefore, false);
  }

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.*)$");
  private static final Pattern ESCAPED = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  private static final Pattern ITALIC =
      Pattern.compile("^(?:\\*(?!\\*)(.+)(?<![\\\\*])\\*|_(?!_)(.+)_)$");

  /** Splits a file's text into its non-blank lines. */
  static List<MarkdownLine> read(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String[] raw = text.split("\\r\\n|\\r|\\n", -1);
    List<MarkdownLine> lines = new ArrayList<>();
    int blanks = 0;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].strip();
      if (line.isEmpty() || line.equals("\\")) {
        blanks++;
        continue;
      }
      MarkdownLine parsed = of(i + 1, line, blanks);
      if (parsed.text().isEmpty()) {
        blanks++; // only decoration or no-break spaces: a blank line
        continue;
      }
      lines.add(parsed);
      blanks = 0;
    }
    return lines;
  }

  static MarkdownLine of(int no, String line, int blanksBefore) {
    int heading = 0;
    String s = line;
    Matcher h = HEADING.matcher(s);
    if (h.matches()) {
      heading = h.group(1).length();
      s = h.group(2).strip();
    }
    boolean bold = s.length() > 4 && s.startsWith("**") && s.endsWith("**");
    s = s.replace("**", "").strip();
    boolean italic = false;
    Matcher it = ITALIC.matcher(s);
    if (!bold && it.matches()) {
      italic = true;
      s = it.group(1) != null ? it.group(1) : it.group(2);
    }
    boolean escapedStart = s.length() > 1 && s.charAt(0) == '\\' && Character.isDigit(s.charAt(1));
    s =
        ESCAPED
            .matcher(escapedStart ? s.substring(1) : s)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    String text = ChineseText.normalize(s.replace('\u00a0', ' '));
    return new MarkdownLine(no, text, heading, bold, italic, blanksBefore, escapedStart);
  }

  boolean marked() {
    return heading > 0 || bold;
  }
}
