package cn.hinews.core.search;

import java.util.Locale;

/**
 * The server's highlights put back on the text as written: a fragment comes from the segmented,
 * lower-cased field ({@link OpenSearchDocs#SEP} between pieces) with the matches between {@link
 * #PRE} and {@link #POST}; without the separators it is a stretch of the lower-cased text, so each
 * of its characters is the text's at the same place (a {@link OpenSearchDocs#PUNCT} the mark
 * written there). Written HTML-escaped with {@code <mark>}, as the Lucene index's highlighter
 * writes them.
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
    int at = lower.length() == text.length() ? find(lower, plain.toString()) : -1;
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
        append(out, at >= 0 ? text.charAt(at++) : c == OpenSearchDocs.PUNCT ? ' ' : c);
      }
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString().strip();
  }

  /**
   * Where {@code plain} (a fragment without separators and marks) is in the lower-cased text: each
   * {@link OpenSearchDocs#PUNCT} or {@link OpenSearchDocs#STOP} stands for a character of
   * punctuation, a space for any space.
   */
  static int find(String lower, String plain) {
    int n = plain.length();
    int k = 0; // the first character that is itself, to look for
    while (k < n && wild(plain.charAt(k))) {
      k++;
    }
    int at = k < n ? lower.indexOf(plain.charAt(k), k) - k : 0;
    while (at >= 0 && at + n <= lower.length()) {
      if (matches(lower, at, plain)) {
        return at;
      }
      at = k < n ? lower.indexOf(plain.charAt(k), at + k + 1) - k : at + 1;
    }
    return -1;
  }

  private static boolean wild(char c) {
    return mark(c) || Character.isWhitespace(c);
  }

  /** A placeholder of the index for a character of punctuation. */
  private static boolean mark(char c) {
    return c == OpenSearchDocs.PUNCT || c == OpenSearchDocs.STOP;
  }

  private static boolean matches(String lower, int at, String plain) {
    for (int i = 0; i < plain.length(); i++) {
      char f = plain.charAt(i);
      char t = lower.charAt(at + i);
      boolean same =
          f == t
              || (mark(f) && !Character.isLetterOrDigit(t) && !Character.isWhitespace(t))
              || (Character.isWhitespace(f) && Character.isWhitespace(t));
      if (!same) {
        return false;
      }
    }
    return true;
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
