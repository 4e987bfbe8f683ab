package cn.hinews.core.analysis.text;

/** Full-width to half-width folding of Latin letters, digits, ASCII punctuation and spaces. */
final class Widths {
  private Widths() {}

  static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(f);
      }
    }
    return out == null ? text : out.toString();
  }

  static char fold(char c) {
    if (c >= '\uff01' && c <= '\uff5e') {
      return (char) (c - 0xfee0);
    }
    if (c == '\u3000' || c == '\u00a0') {
      return ' ';
    }
    return c;
  }
}
