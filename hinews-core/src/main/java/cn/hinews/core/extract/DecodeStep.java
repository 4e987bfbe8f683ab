package cn.hinews.core.extract;

/** {@code decode}: the page's bytes to text ({@link PageDecoder}: BOM, header, meta, detection). */
final class DecodeStep implements ExtractionStep {
  @Override
  public String name() {
    return "decode";
  }

  @Override
  public Draft apply(Draft draft) {
    Page page = draft.page();
    return draft.withDecoded(PageDecoder.decode(page.body(), page.contentType()));
  }
}
