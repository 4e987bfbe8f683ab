package cn.hinews.core.search;

import cn.hinews.core.analysis.text.ChineseNlp;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a query as the search server holds them: the pieces HanLP cuts ({@link
 * ChineseNlp#pieces}), whitespace and symbols left out, lower-cased, exactly as {@link
 * OpenSearchDocs} writes them at index time. {@link QueryReader} parses the query with it.
 */
final class PiecesAnalyzer extends Analyzer {
  private final ChineseNlp nlp;

  PiecesAnalyzer(ChineseNlp nlp) {
    this.nlp = nlp;
  }

  /**
   * A word of a query as it is indexed; null for whitespace and for punctuation and symbols: as
   * smartcn drops them in the Lucene index, a query's (大模型 or 专访:张三 looks for its words. Each
   * character of punctuation leaves its place empty (a position increment), as smartcn's do: a
   * phrase across punctuation looks for any mark there ({@link OpenSearchDocs#PUNCT}).
   */
  static String term(String piece) {
    return piece.codePoints().anyMatch(Character::isLetterOrDigit)
        ? piece.toLowerCase(Locale.ROOT)
        : null;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new PiecesTokenizer(nlp));
  }

  private static final class PiecesTokenizer extends Tokenizer {
    private final ChineseNlp nlp;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position =
        addAttribute(PositionIncrementAttribute.class);
    private Iterator<String> pieces = List.<String>of().iterator();
    private int at;
    private int gap;

    PiecesTokenizer(ChineseNlp nlp) {
      this.nlp = nlp;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
        text.append(buffer, 0, n);
      }
      pieces = nlp.pieces(text.toString()).iterator();
      at = 0;
      gap = 0;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      while (pieces.hasNext()) {
        String piece = pieces.next();
        int start = at;
        at += piece.length();
        String t = term(piece);
        if (t != null) {
          term.setEmpty().append(t);
          offset.setOffset(correctOffset(start), correctOffset(at));
          position.setPositionIncrement(1 + gap);
          gap = 0;
          return true;
        }
        gap += (int) piece.chars().filter(c -> !Character.isWhitespace(c)).count();
      }
      return false;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(correctOffset(at), correctOffset(at));
    }
  }
}
