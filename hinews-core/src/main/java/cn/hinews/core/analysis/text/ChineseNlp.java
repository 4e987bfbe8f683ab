package cn.hinews.core.analysis.text;

import java.util.List;

/**
 * The Chinese language processing the analysis needs, behind one small interface so that the
 * library doing it can be swapped. {@link #hanlp()} is the standard one.
 */
public interface ChineseNlp {
  /**
   * Full-width Latin letters, digits and ASCII punctuation folded to half width, ideographic spaces
   * to spaces, traditional characters to simplified ones. Analysis always works on this form.
   */
  String normalize(String text);

  /**
   * The words of a normalised text with their parts of speech, persons, places and organisations
   * recognised.
   */
  List<Token> tokens(String normalized);

  /**
   * The text cut into words as written, nothing normalised or dropped (runs of whitespace are
   * pieces of their own): joined, the pieces give the text back. What the search server indexes.
   */
  List<String> pieces(String text);

  /** Segmentation with HanLP portable (its dictionaries come inside the jar). */
  static ChineseNlp hanlp() {
    return new HanlpNlp();
  }
}
