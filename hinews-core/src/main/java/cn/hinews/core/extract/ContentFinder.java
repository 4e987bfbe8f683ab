package cn.hinews.core.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article body: removes what is never content, scores every text
 * block by its length and punctuation (Chinese and Latin), credits its containers, and weighs each
 * container by how little of its text is links — the idea behind Readability and GNE's
 * text-and-punctuation density, written for Chinese pages. All passes are iterative: a page nested
 * ten thousand deep costs time, not stack.
 */
final class ContentFinder {
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "table",
          "tbody",
          "thead",
          "tr",
          "td",
          "th",
          "blockquote",
          "pre",
          "section",
          "article",
          "main",
          "header",
          "figure",
          "figcaption",
          "center",
          "body",
          "hr",
          "address",
          "details");

  /** The body's element(s) and how clearly they won. */
  record Found(List<Element> elements, Element top, double confidence, List<String> ranking) {}

  private ContentFinder() {}

  static int visibleLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
        n++;
      }
    }
    return n;
  }

  /** Scores the cleaned document and returns the body's element(s). */
  static Found find(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return new Found(List.of(), doc, 0, List.of());
    }
    TextStats lengths = TextStats.of(doc);
    Map<Element, Double> scores = scores(body);
    Leader lead = leader(scores, lengths);
    if (lead.top() == null) {
      return new Found(List.of(body), body, 0, List.of());
    }
    Element top = commonAncestorOfRivals(lead.top(), scores, lengths, lead.best(), body);
    top = climbToSameContent(top, lengths, body);
    Element firstPost = PostListing.firstPost(lead.top(), top, lengths, body);
    if (firstPost != null) {
      top = firstPost;
    }
    return new Found(
        Siblings.withSiblings(top, scores, lengths, lead.best()),
        top,
        lead.confidence(),
        ranking(scores, lengths));
  }

  /**
   * The best-weighted element and the two best weights.
   *
   * @param top the winner, null when no element scored
   * @param best its weight
   * @param second the runner-up's weight
   */
  private record Leader(Element top, double best, double second) {
    /** How clearly the winner won: its lead over the runner-up, plus a floor. */
    double confidence() {
      return best <= 0 ? 0 : Math.min(1, (best - second) / best + 0.3);
    }
  }

  private static Leader leader(Map<Element, Double> scores, TextStats lengths) {
    Element top = null;
    double best = 0;
    double second = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      double weighted = weighted(s.getKey(), s.getValue(), lengths);
      if (weighted > best) {
        second = best;
        best = weighted;
        top = s.getKey();
      } else if (weighted > second) {
        second = weighted;
      }
    }
    return new Leader(top, best, second);
  }

  /** A container whose parent holds little more text is the same content: climbs to it. */
  private static Element climbToSameContent(Element top, TextStats lengths, Element body) {
    Element e = top;
    while (e.parent() != null && e.parent() != body) {
      TextStats.Counts mine = lengths.at(e);
      TextStats.Counts theirs = lengths.at(e.parent());
      if (theirs.plain() > mine.plain() * 1.12 || theirs.links() > mine.links() + 40) {
        break;
      }
      e = e.parent();
    }
    return e;
  }

  /**
   * Every text block's score (its length and punctuation), credited to its containers, half to the
   * first and less to each further one.
   */
  private static Map<Element, Double> scores(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, TextStats.Own> inline = TextStats.own(body);
    for (Element e : body.getAllElements()) {
      TextStats.Own own = inline.getOrDefault(e, TextStats.Own.NONE);
      int len = own.text();
      if (len < 12 || linkEntry(own)) {
        continue;
      }
      double score = 1 + own.punctuation() + Math.min(len / 80.0, 4);
      boolean paragraphTag =
          e.nameIs("p")
              || e.nameIs("li")
              || e.nameIs("pre")
              || e.nameIs("blockquote")
              || isHeading(e);
      Element first = paragraphTag ? e.parent() : e;
      double share = 1;
      for (Element a = first; a != null && share > 0.2; a = a.parent()) {
        scores.merge(a, score * share, Double::sum);
        share = share == 1 ? 0.5 : share / 1.5;
        if (a == body) {
          break;
        }
      }
    }
    return scores;
  }

  /**
   * A body split into several boxes (chunks of one article) makes several strong candidates: when a
   * rival at least {@link #RIVAL_SHARE} as strong as the winner shares a close ancestor with it,
   * and that ancestor holds little besides them and few links, the ancestor is the body.
   */
  private static Element commonAncestorOfRivals(
      Element top, Map<Element, Double> scores, TextStats lengths, double best, Element body) {
    List<Element> rivals = new ArrayList<>();
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      Element e = s.getKey();
      if (e == top || e == body) {
        continue;
      }
      double weighted = weighted(e, s.getValue(), lengths);
      if (weighted >= best * RIVAL_SHARE && !isAncestor(e, top) && !isAncestor(top, e)) {
        rivals.add(e);
      }
    }
    if (rivals.isEmpty()) {
      return top;
    }
    for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
      int plain = nonLink(lengths, top);
      boolean any = false;
      for (Element r : rivals) {
        if (isAncestor(a, r) && !isAncestor(r, top)) {
          plain += nonLink(lengths, r);
          any = true;
        }
      }
      if (!any) {
        continue;
      }
      TextStats.Counts len = lengths.at(a);
      boolean clean =
          len.text() > 0 && len.linkDensity() < 0.3 && nonLink(lengths, a) <= plain * 1.3;
      return clean ? a : top;
    }
    return top;
  }

  /** How strong a rival must be, as a share of the winner's score. */
  static final double RIVAL_SHARE = 0.45;

  private static int nonLink(TextStats lengths, Element e) {
    return lengths.at(e).plain();
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The five strongest candidates, for the diagnostics. */
  private static List<String> ranking(Map<Element, Double> scores, TextStats lengths) {
    List<Map.Entry<Element, Double>> weighted = new ArrayList<>();
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      weighted.add(Map.entry(s.getKey(), weighted(s.getKey(), s.getValue(), lengths)));
    }
    weighted.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<Element, Double> e : weighted.subList(0, Math.min(5, weighted.size()))) {
      out.add(String.format(Locale.ROOT, "%.1f %s", e.getValue(), describe(e.getKey())));
    }
    return out;
  }

  /**
   * A candidate for the diagnostics: its path of tags, ids and classes. (jsoup's cssSelector()
   * checks the selector it builds by running it over the document: a cost on every page.)
   */
  static String describe(Element e) {
    return StandardExtractor.path(e);
  }

  /** A candidate's score with its class names' weight, discounted by its share of link text. */
  private static double weighted(Element e, double score, TextStats lengths) {
    return (score + classWeight(e)) * (1 - lengths.at(e).linkDensity());
  }

  private static double classWeight(Element e) {
    String names = e.className() + " " + e.id();
    double w = 0;
    if (!names.isBlank()) {
      if (PageCleaner.LIKELY.matcher(names).find()) {
        w += 25;
      }
      if (PageCleaner.UNLIKELY.matcher(names).find()) {
        w -= 25;
      }
    }
    String tag = e.normalName();
    switch (tag) {
      case "article" -> w += 10;
      case "div", "section", "main" -> w += 5;
      case "td", "pre", "blockquote" -> w += 3;
      case "ul", "ol", "dl", "form", "li" -> w -= 3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> w -= 5;
      default -> {}
    }
    return w;
  }

  static boolean isHeading(Element e) {
    String t = e.normalName();
    return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
  }

  /**
   * A line of a listing, not a paragraph: a link (a headline, a reply's title, a user name) with
   * meta text around it (a time, a count) and no punctuation outside the link, as in a thread's
   * reply tree or a "latest news" list. Scoring such lines let a long listing outweigh a short
   * post.
   */
  static boolean linkEntry(TextStats.Own own) {
    return own.linkPunctuation() == own.punctuation() && own.linkText() * 10 >= own.text() * 3;
  }

  static int punctuation(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '，', '。', '、', '；', '：', '！', '？', '“', '”', ',', '.', ';', '!', '?' -> n++;
        default -> {}
      }
    }
    return n;
  }
}
