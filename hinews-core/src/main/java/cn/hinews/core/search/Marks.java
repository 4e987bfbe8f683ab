package cn.hinews.core.search;

import java.util.Locale;

/**
 * The server's highlights put back on the text as written: a fragment comes from the segmented,
 * lower-cased field ({@link OpenSearchDocs#SEP} between pieces) with the matches between {@link
 * #PRE} and {@link #POST}; without the separators it is a stretch of the lower-cased text, so each
 * of its characters is the text's at the same place. Written HTML-escaped with {@code <mark>}, as
 * the Lucene index's highlighter writes them.
 */
final class Marks {
  /** Private-use characters: never in the indexed text. */
  static final String PRE = "\uE000";

  static final String POST = "\uE001";

  private Marks() {}

  /** The fragment over {@code text}: escaped, matches in {@code <mark>}, adjacent ones joined. */
  static String onText(String fragment, String text) {
    StringBuilder plain = new StringBuilder(fragment.length());
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c != OpenSearchDocs.SEP && c != PRE.charAt(0) && c != POST.charAt(0)) {
        plain.append(c);
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int at = lower.length() == text.length() ? lower.indexOf(plain.toString()) : -1;
    StringBuilder out = new StringBuilder(fragment.length() + 32);
    boolean open = false;
    int pending = -1; // where a </mark> was written that the next <mark> may take back
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == OpenSearchDocs.SEP) {
        continue;
      }
      if (c == PRE.charAt(0)) {
        if (pending >= 0 && pending == out.length()) {
          out.setLength(out.length() - "</mark>".length()); // adjacent matches: one mark
        } else {
          out.append("<mark>");
        }
        open = true;
        pending = -1;
      } else if (c == POST.charAt(0)) {
        out.append("</mark>");
        open = false;
        pending = out.length();
      } else {
        append(out, at >= 0 ? text.charAt(at++) : c);
      }
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString().strip();
  }

  /** The whole text escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      append(out, text.charAt(i));
    }
    return out.toString();
  }

  /** One character as Lucene's highlighter escapes it (the OWASP rules). */
  private static void append(StringBuilder out, char ch) {
    switch (ch) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#x27;");
      case '/' -> out.append("&#x2F;");
      default -> out.append(ch);
    }
  }
}
