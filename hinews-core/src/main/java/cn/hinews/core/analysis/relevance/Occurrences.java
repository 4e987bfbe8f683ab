package cn.hinews.core.analysis.relevance;

/**
 * Counts a term in a text. A term that begins or ends with a Latin letter or digit only counts
 * where the text has no letter or digit right beside it (AI in "AI医生", not in "MAIL").
 */
final class Occurrences {
  private Occurrences() {}

  static int count(String text, String term) {
    int n = 0;
    boolean latinStart = isLatin(term.charAt(0));
    boolean latinEnd = isLatin(term.charAt(term.length() - 1));
    int from = 0;
    while (true) {
      int i = text.indexOf(term, from);
      if (i < 0) {
        return n;
      }
      int end = i + term.length();
      boolean ok =
          (!latinStart || i == 0 || !isLatin(text.charAt(i - 1)))
              && (!latinEnd || end == text.length() || !isLatin(text.charAt(end)));
      if (ok) {
        n++;
      }
      from = i + 1;
    }
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
