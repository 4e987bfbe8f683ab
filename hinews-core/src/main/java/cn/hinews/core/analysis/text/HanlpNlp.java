package cn.hinews.core.analysis.text;

import cn.hinews.core.text.ChineseText;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/** {@link ChineseNlp} with HanLP portable's Viterbi segmenter and its entity recognisers. */
final class HanlpNlp implements ChineseNlp {
  private final Segment segment;
  private final Segment plain = HanLP.newSegment().enableCustomDictionary(true);

  HanlpNlp() {
    this.segment =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableCustomDictionary(true);
  }

  @Override
  public String normalize(String text) {
    String folded = Widths.fold(text);
    return ChineseText.hasHan(folded) ? HanLP.convertToSimplifiedChinese(folded) : folded;
  }

  @Override
  public List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (Term t : plain.seg(text)) {
      if (!text.startsWith(t.word, at)) {
        // the segmenter changed the text (it should not): cut by kind of character alone
        out.clear();
        cut(text, out, false);
        return out;
      }
      at += t.word.length();
      cut(t.word, out, true);
    }
    if (at != text.length()) {
      out.clear();
      cut(text, out, false);
    }
    return out;
  }

  /**
   * Adds the pieces of one word of the segmenter: HanLP's cut between Chinese words stands, a run
   * of Latin letters and digits is one piece (joined with the previous word's: 5G, not 5 and G),
   * every other symbol a piece of its own, whitespace runs pieces of their own.
   */
  private static void cut(String word, List<String> out, boolean wordStart) {
    int start = 0;
    for (int i = 1; i <= word.length(); i++) {
      if (i == word.length() || boundary(word.charAt(i - 1), word.charAt(i))) {
        String piece = word.substring(start, i);
        int last = out.size() - 1;
        if (start == 0
            && wordStart
            && last >= 0
            && latin(piece.charAt(0))
            && endsLatin(out.get(last))) {
          out.set(last, out.get(last) + piece);
        } else {
          out.add(piece);
        }
        start = i;
      }
    }
  }

  private static boolean boundary(char before, char after) {
    int a = kind(before);
    int b = kind(after);
    return a != b || a == SYMBOL;
  }

  private static final int SPACE = 0;
  private static final int LATIN = 1;
  private static final int OTHER_LETTER = 2;
  private static final int SYMBOL = 3;

  private static int kind(char c) {
    if (Character.isWhitespace(c)) {
      return SPACE;
    }
    if (latin(c)) {
      return LATIN;
    }
    return Character.isLetterOrDigit(c) ? OTHER_LETTER : SYMBOL;
  }

  private static boolean latin(char c) {
    return c < 0x250 && Character.isLetterOrDigit(c)
        || c >= 0xFF10 && c <= 0xFF5A && Character.isLetterOrDigit(c);
  }

  private static boolean endsLatin(String piece) {
    return latin(piece.charAt(piece.length() - 1));
  }

  @Override
  public List<Token> tokens(String normalized) {
    List<Term> terms = segment.seg(normalized);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String word = t.word.strip();
      if (!word.isEmpty()) {
        out.add(new Token(word, t.nature == null ? "x" : t.nature.toString()));
      }
    }
    return out;
  }
}
