package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code body}: the body's element(s) — the site rule's selection, else the strongest by text and
 * punctuation density ({@link ContentFinder}) —, written as blocks ({@link BlockWriter}) and
 * filtered of editor lines, share bars and link lists ({@link BodyFilter}).
 */
final class BodyStep implements ExtractionStep {
  @Override
  public String name() {
    return "body";
  }

  @Override
  public Draft apply(Draft draft) {
    ParsedPage parsed = draft.parsedPage();
    Optional<String> rule = parsed.site().rules().body();
    Optional<ContentFinder.Found> byRule = rule.flatMap(css -> byRule(parsed.doc(), css));
    Draft d = draft;
    ContentFinder.Found found;
    if (byRule.isPresent()) {
      found = byRule.get();
      d = d.noted("body by the site rule " + rule.get());
    } else {
      found = ContentFinder.find(parsed.doc());
    }
    if (!found.ranking().isEmpty()) {
      d = d.noted("body candidates (score selector): " + String.join(" | ", found.ranking()));
    }
    return d.withBody(written(found, d.title(), byRule.isPresent()));
  }

  /** The found element(s) written as blocks and filtered. */
  static Draft.Body written(ContentFinder.Found found, String title, boolean byRule) {
    BlockWriter.Written written = BlockWriter.write(found.elements());
    List<Block> blocks = BodyFilter.filter(written.units(), title);
    return new Draft.Body(found, written, blocks, byRule);
  }

  private static Optional<ContentFinder.Found> byRule(Document doc, String css) {
    List<Element> elements = doc.select(css);
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ContentFinder.Found(elements, elements.get(0), 1.0, List.of("rule " + css)));
  }
}
