package cn.hinews.core.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The selectors {@link MetaReader} runs on every page, parsed once: jsoup parses a selector given
 * as text at every call, a cost the crawl's profile showed (a sixth of its CPU in the parser's
 * buffer clearing).
 */
final class PageQueries {
  private PageQueries() {}

  static final Evaluator META = QueryParser.parse("meta");
  static final Evaluator TITLE = QueryParser.parse("title");
  static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, .title, .article-title, #title");
  static final Evaluator HOME_LINKS =
      QueryParser.parse("a[href=/], a[href=./], a[href=index.html], a[href=/index.html]");
  static final Evaluator IMAGES_WITH_ALT = QueryParser.parse("img[alt]");
  static final Evaluator H1 = QueryParser.parse("h1");
  static final Evaluator TIME_ELEMENTS =
      QueryParser.parse("time[datetime], [itemprop=datePublished]");
  static final Evaluator INLINE_SCRIPTS =
      QueryParser.parse("script:not([src]):not([type=application/ld+json])");
  static final Evaluator CITATION_AUTHORS =
      QueryParser.parse("meta[name=citation_author], meta[name=citation_authors]");
  static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
}
