package cn.hinews.core.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

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

  /** Text length and link-text length of every element, computed bottom-up in one pass. */
  static Map<Element, int[]> lengths(Document doc) {
    Elements all = doc.getAllElements();
    Map<Element, int[]> m = new IdentityHashMap<>(all.size() * 2);
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int[] len = m.computeIfAbsent(e, k -> new int[2]);
      boolean link = e.nameIs("a");
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          int n = visibleLength(t.getWholeText());
          len[0] += n;
          if (link) {
            len[1] += n;
          }
        } else if (child instanceof Element c) {
          int[] cl = m.computeIfAbsent(c, k -> new int[2]);
          len[0] += cl[0];
          len[1] += link ? cl[0] : cl[1];
        }
      }
    }
    return m;
  }

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
    Map<Element, int[]> lengths = lengths(doc);
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, int[]> inline = inlineLengths(body);
    for (Element e : body.getAllElements()) {
      int[] own = inline.getOrDefault(e, new int[4]);
      int len = own[0];
      if (len < 12 || linkEntry(own)) {
        continue;
      }
      double score = 1 + own[1] + Math.min(len / 80.0, 4);
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
    Element top = null;
    double best = 0;
    double second = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      Element e = s.getKey();
      double weighted = weighted(e, s.getValue(), lengths);
      if (weighted > best) {
        second = best;
        best = weighted;
        top = e;
      } else if (weighted > second) {
        second = weighted;
      }
    }
    if (top == null) {
      return new Found(List.of(body), body, 0, List.of());
    }
    Element winner = top;
    top = commonAncestorOfRivals(top, scores, lengths, best, body);
    // a container whose parent holds little more text is the same content: climb to it
    while (top.parent() != null && top.parent() != body) {
      int[] mine = lengths.getOrDefault(top, new int[2]);
      int[] theirs = lengths.getOrDefault(top.parent(), new int[2]);
      if (theirs[0] - theirs[1] > (mine[0] - mine[1]) * 1.12 || theirs[1] > mine[1] + 40) {
        break;
      }
      top = top.parent();
    }
    Element firstPost = PostListing.firstPost(winner, top, lengths, body);
    if (firstPost != null) {
      top = firstPost;
    }
    double confidence = best <= 0 ? 0 : Math.min(1, (best - second) / best + 0.3);
    return new Found(
        Siblings.withSiblings(top, scores, lengths, best),
        top,
        confidence,
        ranking(scores, lengths));
  }

  /**
   * A body split into several boxes (chunks of one article) makes several strong candidates: when a
   * rival at least {@link #RIVAL_SHARE} as strong as the winner shares a close ancestor with it,
   * and that ancestor holds little besides them and few links, the ancestor is the body.
   */
  private static Element commonAncestorOfRivals(
      Element top,
      Map<Element, Double> scores,
      Map<Element, int[]> lengths,
      double best,
      Element body) {
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
      int[] len = lengths.getOrDefault(a, new int[2]);
      boolean clean =
          len[0] > 0 && (double) len[1] / len[0] < 0.3 && nonLink(lengths, a) <= plain * 1.3;
      return clean ? a : top;
    }
    return top;
  }

  /** How strong a rival must be, as a share of the winner's score. */
  static final double RIVAL_SHARE = 0.45;

  private static int nonLink(Map<Element, int[]> lengths, Element e) {
    int[] len = lengths.getOrDefault(e, new int[2]);
    return len[0] - len[1];
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
  private static List<String> ranking(Map<Element, Double> scores, Map<Element, int[]> lengths) {
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
   * A candidate's CSS selector for the diagnostics; jsoup checks the one it builds by parsing it,
   * which fails on tag names broken markup can make ("head\u0000meta"): those get their path.
   */
  static String describe(Element e) {
    try {
      return e.cssSelector();
    } catch (Selector.SelectorParseException unparsable) {
      return StandardExtractor.path(e) + " (no CSS selector: " + unparsable.getMessage() + ")";
    }
  }

  /** A candidate's score with its class names' weight, discounted by its share of link text. */
  private static double weighted(Element e, double score, Map<Element, int[]> lengths) {
    return (score + classWeight(e)) * (1 - linkDensity(lengths.getOrDefault(e, new int[2])));
  }

  /** The share of an element's text inside links, from its {@link #lengths} entry; 1 if empty. */
  static double linkDensity(int[] len) {
    return len[0] == 0 ? 1 : (double) len[1] / len[0];
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
  static boolean linkEntry(int[] own) {
    return own[3] == own[1] && own[2] * 10 >= own[0] * 3;
  }

  /**
   * For every element, the visible length and punctuation count of the text that no nested block
   * element holds, and the same two counts for the part of it inside links, computed bottom-up in
   * one pass (inline markup nested hundreds deep stays linear).
   */
  static Map<Element, int[]> inlineLengths(Element root) {
    Elements all = root.getAllElements();
    Map<Element, int[]> m = new IdentityHashMap<>(all.size() * 2);
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int[] own = m.computeIfAbsent(e, k -> new int[4]);
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          String text = t.getWholeText();
          own[0] += visibleLength(text);
          own[1] += punctuation(text);
        } else if (child instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
          int[] theirs = m.computeIfAbsent(c, k -> new int[4]);
          own[0] += theirs[0];
          own[1] += theirs[1];
          own[2] += theirs[2];
          own[3] += theirs[3];
        }
      }
      if (e.nameIs("a")) {
        own[2] = own[0];
        own[3] = own[1];
      }
    }
    return m;
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
