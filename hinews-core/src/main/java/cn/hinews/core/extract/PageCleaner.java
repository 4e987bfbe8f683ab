package cn.hinews.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never an article's body before the body is looked for: scripts and media, hidden
 * elements, comments, and elements whose class or id names boilerplate (navigation, sharing,
 * related links, reader comments, widgets) unless they hold a big block of plain text.
 */
final class PageCleaner {
  // the selectors, parsed once (jsoup parses a selector given as text at every call)
  private static final Evaluator FORMS = QueryParser.parse("form");

  static final Set<String> NEVER_CONTENT =
      Set.of(
          "script",
          "style",
          "noscript",
          "iframe",
          "object",
          "embed",
          "button",
          "input",
          "select",
          "textarea",
          "svg",
          "canvas",
          "template",
          "link",
          "map",
          "audio",
          "video",
          "dialog");

  /** Containers that are boilerplate unless they hold a big block of plain text. */
  static final Set<String> RARELY_CONTENT = Set.of("nav", "aside", "footer");

  static final Pattern UNLIKELY =
      Pattern.compile(
          "comment|share|footer|foot\\b|\\bnav|menu|sidebar|side-|side_|related|recommend|breadcrumb"
              + "|crumb|copyright|advert|\\bads?\\b|\\bad[-_]|banner|login|toolbar|\\bhot|rank|\\btags?\\b"
              + "|pager|pagination|popup|modal|sponsor|social|weixin|weibo|qrcode|erweima|subscribe"
              + "|topbar|top-bar|search|friend|links\\b|xgxw|xgyd|relevant|more-news|newslist|list-news|widget"
              + "|poll|newsletter|promo|author-bio",
          Pattern.CASE_INSENSITIVE);
  static final Pattern LIKELY =
      Pattern.compile(
          "article|content|main|\\bbody|text|post|detail|story|entry|\\bzw|zhengwen|rm_txt|box_con"
              + "|art_|news_txt|TRS_Editor|con_|artibody|endtext|cnt_bd|pages_content|article-content",
          Pattern.CASE_INSENSITIVE);

  /** Reader comments: never the article, however much text they hold. */
  private static final Pattern COMMENTS =
      Pattern.compile(
          "comment|disqus|respond|replies|\\breply|pinglun|discuss", Pattern.CASE_INSENSITIVE);

  private static final Pattern HIDDEN =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private PageCleaner() {}

  /**
   * A social-media box around an embedded post (a tweet, an Instagram post): the article quotes it,
   * so it is content, whatever the box is called.
   */
  private static final Evaluator EMBEDDED_POST =
      QueryParser.parse("blockquote[class~=(?i)tweet|instagram|tiktok|facebook]");

  /** The elements that hold an embedded post, found in one pass over the page. */
  private static Set<Element> holdersOfEmbeddedPosts(Document doc) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element post : doc.select(EMBEDDED_POST)) {
      for (Element a = post; a != null && out.add(a); a = a.parent()) {
        // up to the first ancestor already marked
      }
    }
    return out;
  }

  /** Removes what is never content: scripts, hidden and boilerplate-named elements. */
  static void clean(Document doc) {
    clean(doc, true);
  }

  /**
   * Removes what is never content.
   *
   * @param byName also remove elements whose class or id names boilerplate (off for the second try
   *     on a page where that left no body, as Readability does)
   */
  static void clean(Document doc, boolean byName) {
    List<Node> comments = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      for (Node child : e.childNodes()) {
        if (child instanceof Comment) {
          comments.add(child);
        }
      }
    }
    comments.forEach(Node::remove);
    doc.select(String.join(",", NEVER_CONTENT)).remove();
    // ASP.NET wraps whole pages in a form: keep what it holds
    doc.select(FORMS).unwrap();
    Elements all = doc.body() == null ? new Elements() : doc.body().getAllElements();
    TextStats lengths = TextStats.of(doc);
    List<Element> doomed = new ArrayList<>();
    Set<Element> embedding = holdersOfEmbeddedPosts(doc);
    for (Element e : all) {
      if (e == doc.body()) {
        continue;
      }
      String style = e.attr("style");
      if ((!style.isEmpty() && HIDDEN.matcher(style).find()) || e.hasAttr("hidden")) {
        doomed.add(e);
        continue;
      }
      String names = e.className() + " " + e.id();
      boolean suspect =
          RARELY_CONTENT.contains(e.normalName())
              || (byName
                  && !names.isBlank()
                  && UNLIKELY.matcher(names).find()
                  && !LIKELY.matcher(names).find());
      if (suspect) {
        TextStats.Counts len = lengths.at(e);
        // a big block of plain text is content whatever it is called
        boolean substantial =
            len.text() > 600 && len.links() < len.text() * 0.3 && !COMMENTS.matcher(names).find();
        if (!substantial && !embedding.contains(e)) {
          doomed.add(e);
        }
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }
}
