package cn.hinews.core.extract;

import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * {@code clean}: removes what is never content from the page's DOM ({@link PageCleaner}: scripts,
 * hidden and boilerplate-named elements, comments; forms unwrapped). <b>The one step that changes a
 * DOM</b>: it owns the parsed document, which every later step only reads. A source with a body
 * rule is cleaned without class names (the rule knows where the body is), and by name as well when
 * the rule selects nothing. The second try's DOM (a fresh parse cleaned without class names) is
 * made here too, on demand.
 */
final class CleanStep implements ExtractionStep {
  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Draft apply(Draft draft) {
    ParsedPage parsed = draft.parsedPage();
    Document doc = parsed.doc();
    boolean ruled = parsed.site().rules().body().isPresent();
    PageCleaner.clean(doc, !ruled);
    if (ruled && doc.select(parsed.site().rules().body().get()).isEmpty()) {
      PageCleaner.clean(doc, true);
    }
    String text = draft.decoded().map(PageDecoder.Decoded::text).orElse("");
    String url = draft.page().url();
    // parsed again only when asked: copying every page's DOM up front cost more than the rare retry
    Supplier<Document> uncleaned =
        () -> {
          Document fresh = Jsoup.parse(text, url, Parser.htmlParser());
          PageCleaner.clean(fresh, false);
          return fresh;
        };
    return draft.withParsed(parsed.withUncleaned(uncleaned));
  }
}
