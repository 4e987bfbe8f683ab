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
