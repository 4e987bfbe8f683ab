package cn.hinews.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The winner's siblings that belong to the body: a body split over several boxes. */
final class Siblings {
  // the selectors, parsed once (jsoup parses a selector given as text at every call)
  private static final Evaluator ROWS = QueryParser.parse("tr");
  private static final Evaluator NESTED_TABLES = QueryParser.parse("table table");

  private Siblings() {}

  /** Siblings of the winner that are content too (a body split over several boxes). */
  static List<Element> withSiblings(
      Element top, Map<Element, Double> scores, TextStats lengths, double best) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    List<Element> out = new ArrayList<>();
    boolean beforeTop = true;
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        beforeTop = false;
        continue;
      }
      TextStats.Counts len = lengths.at(sibling);
      double linkDensity = len.linkDensity();
      double score = scores.getOrDefault(sibling, 0.0) * (1 - linkDensity);
      boolean paragraph =
          (sibling.nameIs("p") || (beforeTop && paragraphLike(sibling)))
              && len.text() > 60
              && linkDensity < 0.2
              && ContentFinder.punctuation(sibling.text()) > 1;
      if ((score > Math.max(10, best * 0.25) && linkDensity < 0.3)
          || paragraph
          || (!beforeTop && dataTable(sibling, len))) {
        out.add(sibling);
      }
    }
    return out;
  }

  /**
   * A table of data after the body (a schedule, a list of results the text announces): three or
   * more rows of two or more cells, some text and hardly any links. Layout tables and link lists
   * fail one of these.
   */
  static boolean dataTable(Element e, TextStats.Counts len) {
    if (!e.nameIs("table") || len.text() < 100 || len.links() > len.text() * 0.1) {
      return false;
    }
    int rows = 0;
    for (Element row : e.select(ROWS)) {
      if (row.children().size() >= 2) {
        rows++;
      }
    }
    return rows >= 3 && e.select(NESTED_TABLES).isEmpty();
  }

  /**
   * A paragraph, or a box that holds just one (a div of text, a div around one p): CNN writes its
   * first paragraphs so, before the box of the rest (after the body, such boxes are notices).
   */
  private static boolean paragraphLike(Element e) {
    if (e.nameIs("p")) {
      return true;
    }
    if (!e.nameIs("div")) {
      return false;
    }
    Elements children = e.children();
    if (children.size() == 1 && children.get(0).nameIs("p")) {
      return true;
    }
    for (Element c : children) {
      if (ContentFinder.BLOCK_TAGS.contains(c.normalName())) {
        return false;
      }
    }
    return true;
  }
}
