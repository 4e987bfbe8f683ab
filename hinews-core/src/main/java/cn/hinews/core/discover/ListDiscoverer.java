package cn.hinews.core.discover;

import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.extract.PageText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * HTML list pages: the links the entry's {@code links} selector picks (a link, or the links inside
 * what it picks), else every link that looks like an article; the {@code next} selector gives the
 * next page. Lists that wrap their items in {@code <![CDATA[…]]>} (the Hanweb CMS of 国家医保局) are
 * unwrapped first.
 */
final class ListDiscoverer implements Discoverer {
  /**
   * A link: parsed once (jsoup parses a selector given as text at every call, a cost per list item
   * that showed in the crawl's profile).
   */
  private static final Evaluator LINK = QueryParser.parse("a[href]");

  private static final Pattern XML_SCRIPT =
      Pattern.compile(
          "<script[^>]*type\\s*=\\s*[\"']text/xml[\"'][^>]*>(.*?)</script>",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)\\]\\]>", Pattern.DOTALL);

  @Override
  public Discovered discover(EntryPoint entry, EntryPage page) {
    String html =
        PageText.decode(
            page.body(), page.charset().map(c -> "text/html; charset=" + c).or(page::contentType));
    if (html.contains("<![CDATA[")) {
      // Hanweb keeps the records in <script type="text/xml">, each item in a CDATA section
      html =
          XML_SCRIPT
              .matcher(html)
              .replaceAll(
                  m -> java.util.regex.Matcher.quoteReplacement("<div>" + m.group(1) + "</div>"));
      html =
          CDATA.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }
    Document doc = Jsoup.parse(html, page.url());
    List<String> problems = new ArrayList<>();
    Set<String> links = new LinkedHashSet<>();
    try {
      if (entry.links().isPresent()) {
        for (Element e : doc.select(entry.links().get())) {
          for (Element a : e.is(LINK) ? List.of(e) : e.select(LINK)) {
            Links.resolve(page.url(), a.attr("href")).ifPresent(links::add);
          }
        }
        if (links.isEmpty()) {
          problems.add(
              page.url() + ": the links selector '" + entry.links().get() + "' found no link");
        }
      } else {
        for (Element a : doc.select(LINK)) {
          Links.resolve(page.url(), a.attr("href"))
              .filter(Links::looksLikeArticle)
              .ifPresent(links::add);
        }
      }
    } catch (Selector.SelectorParseException e) {
      problems.add(page.url() + ": bad links selector: " + e.getMessage());
    }
    Optional<String> next = Optional.empty();
    if (entry.next().isPresent()) {
      try {
        Element n = doc.selectFirst(entry.next().get());
        if (n != null) {
          Element a = n.is(LINK) ? n : n.selectFirst(LINK);
          if (a != null) {
            next = Links.resolve(page.url(), a.attr("href")).filter(u -> !u.equals(page.url()));
          }
        }
      } catch (Selector.SelectorParseException e) {
        problems.add(page.url() + ": bad next selector: " + e.getMessage());
      }
    }
    links.remove(page.url());
    return new Discovered(List.copyOf(links), List.of(), next, problems);
  }
}
