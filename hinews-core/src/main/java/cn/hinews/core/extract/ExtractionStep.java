package cn.hinews.core.extract;

/**
 * One named step of the extraction chain: a draft in, a new draft out (as StormCrawler's parse
 * filters or Lucene's token filters are composed). A step reads what the steps before it put into
 * the draft and returns a copy with its own part added; it never throws for a page it cannot read,
 * it says so in the draft ({@link Draft#failed}). The chain and the order of the steps are in
 * {@link ExtractionChain#steps}.
 */
interface ExtractionStep {
  /** The name the chain is assembled by (lower case, dashes): {@code date}, {@code clean}. */
  String name();

  Draft apply(Draft draft);
}
