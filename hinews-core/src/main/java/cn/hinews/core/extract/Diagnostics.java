package cn.hinews.core.extract;

import java.util.List;

/**
 * Why the extractor decided what it did.
 *
 * @param charset the charset the page was read in
 * @param charsetSource where it came from: bom, header, meta, sniffed, default
 * @param contentNode a CSS-like path of the node chosen as the body
 * @param confidence 0..1, how clearly that node won
 * @param notes other decisions, in order
 */
public record Diagnostics(
    String charset,
    String charsetSource,
    String contentNode,
    double confidence,
    List<String> notes) {
  public Diagnostics {
    notes = List.copyOf(notes);
  }
}
