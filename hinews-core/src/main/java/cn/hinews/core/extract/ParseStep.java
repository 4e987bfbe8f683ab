package cn.hinews.core.extract;

import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.SiteRules;
import cn.hinews.core.domain.Source;
import cn.hinews.core.source.SourceRegistry;
import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * {@code parse}: the text to a DOM, and what can only be read before the cleaning changes it — the
 * head's title, dates and authors ({@link MetaReader}), the page's visible text, the source by host
 * and what its CSS rules select. The title so far is the head's.
 */
final class ParseStep implements ExtractionStep {
  // the selectors, parsed once (jsoup parses a selector given as text at every call)
  private static final Evaluator TITLE = QueryParser.parse("title");

  private final SourceRegistry sources;

  ParseStep(SourceRegistry sources) {
    this.sources = sources;
  }

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public Draft apply(Draft draft) {
    PageDecoder.Decoded decoded =
        draft.decoded().orElseThrow(() -> new IllegalStateException("parse needs decode"));
    String url = draft.page().url();
    Document doc = Jsoup.parse(decoded.text(), url, Parser.htmlParser());
    Optional<String> heading = MetaReader.headingTitle(doc);
    ParsedPage.Head head =
        new ParsedPage.Head(
            heading,
            MetaReader.title(doc, heading),
            MetaReader.docTitle(doc),
            MetaReader.siteParts(doc),
            MetaReader.date(doc, draft.now()),
            MetaReader.modified(doc, draft.now()),
            MetaReader.authors(doc),
            MetaReader.embeddedAuthors(doc),
            MetaReader.siteName(doc),
            MetaReader.image(doc).map(src -> absolute(url, src)));
    String host = host(url);
    Optional<Source> source = sources.forHost(host);
    SiteRules rules = source.map(Source::rules).orElse(SiteRules.none());
    Optional<PublishTime> ruleTime =
        rules
            .time()
            .flatMap(css -> text(doc, css))
            .flatMap(t -> ChineseDates.first(t, draft.now()));
    ParsedPage.Site site =
        new ParsedPage.Site(
            host, source, rules, rules.title().flatMap(css -> text(doc, css)), ruleTime);
    return draft
        .withParsed(new ParsedPage(doc, head, site, visibleText(doc), Optional.empty()))
        .withTitle(head.title());
  }

  /** The text (or {@code datetime}) of the first element a site rule selects. */
  private static Optional<String> text(Document doc, String css) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return Optional.empty();
    }
    String t = e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    return t.isBlank() ? Optional.empty() : Optional.of(t.strip());
  }

  /** The body's text without a {@code <title>} that broken markup left in it. */
  static String visibleText(Document doc) {
    if (doc.body() == null) {
      return "";
    }
    if (doc.body().selectFirst(TITLE) == null) {
      return doc.body().text();
    }
    Element copy = doc.body().clone();
    copy.select(TITLE).remove();
    return copy.text();
  }

  static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? "" : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String absolute(String base, String src) {
    try {
      return base.isEmpty() ? src : URI.create(base).resolve(src.strip()).toString();
    } catch (IllegalArgumentException e) {
      return src;
    }
  }
}
