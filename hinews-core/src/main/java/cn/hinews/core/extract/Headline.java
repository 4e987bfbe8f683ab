package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import cn.hinews.core.text.ChineseText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The headline as the page shows it over the body, for pages whose {@code <title>} says nothing
 * ("显示", a forum's or blog's name): the heading-like element closest before the body's first
 * paragraph — a {@code <h1>}…{@code <h4>}, a bold or font-sized line, an element named "title", or
 * a forum's "主题：" line.
 */
final class Headline {
  /** How far (characters of page text) a headline may stand before the body's first paragraph. */
  static final int MAX_GAP = 300;

  private static final String CANDIDATES =
      "h1, h2, h3, h4, h5, h6, strong, b, font, [class*=title], [id*=title], [class*=headline]";
  private static final Evaluator HEADING = QueryParser.parse(CANDIDATES);
  private static final Evaluator CELL = QueryParser.parse("td, p");
  private static final Evaluator ANY = QueryParser.parse(CANDIDATES + ", td, p");
  private static final Evaluator BLOCK =
      QueryParser.parse("p, div, table, li, br, h1, h2, h3, h4, ul, ol");

  /** The longest text a headline element may hold (before a "主题：" label is taken off). */
  private static final int MAX_TEXT = 200;

  private static final Pattern LABEL = Pattern.compile("^(?:主\\s*题|标\\s*题)\\s*[:：]\\s*");
  private static final Pattern CATEGORY = Pattern.compile("^[\\[【][^\\]】]{1,12}[\\]】]\\s*");

  /** A breadcrumb set as a heading (首页 - 新闻动态, 当前位置：…): where the page is, not what it says. */
  private static final Pattern BREADCRUMB =
      Pattern.compile("^(?:网站首页|首页|主页|当前位置|您的位置|您现在的位置)\\s*[-—>＞»/|:：]");

  private static final Pattern DATE =
      Pattern.compile("\\d{4}\\s*[-年/.]\\s*\\d{1,2}|\\d{1,2}[:：]\\d{2}|作者\\s*[:：]|来源\\s*[:：]|=\"");

  private Headline() {}

  /** The heading before the body, if one stands within {@link #MAX_GAP} characters of it. */
  static Optional<String> beforeBody(
      Document doc, String pageText, List<Block> blocks, String docTitle, List<String> siteNames) {
    return beforeBody(doc, pageText, blocks, docTitle, siteNames, null);
  }

  /**
   * The heading before the body, if one stands within {@link #MAX_GAP} characters of it and not
   * after {@code bodyTop} in the document (a side box's heading whose words the text before the
   * body happens to hold); a minor heading ({@code <h5>}, {@code <h6>}) only of a headline's
   * length.
   */
  static Optional<String> beforeBody(
      Document doc,
      String pageText,
      List<Block> blocks,
      String docTitle,
      List<String> siteNames,
      Element bodyTop) {
    int bodyAt = bodyStart(pageText, blocks);
    if (bodyAt <= 0) {
      return Optional.empty();
    }
    String titleKey = ChineseText.compareKey(docTitle);
    String best = null;
    int bestEnd = -1;
    boolean bestInTitle = false;
    // only the text just before the body is searched: a headline ends within MAX_GAP of it
    int from = Math.max(0, bodyAt - MAX_GAP - MAX_TEXT);
    String window = pageText.substring(from, bodyAt);
    for (Element e : doc.select(ANY)) {
      if (!line(e)) {
        continue;
      }
      String text = e.text().strip();
      if (text.isEmpty() || text.length() > MAX_TEXT) {
        continue;
      }
      int at = window.lastIndexOf(text);
      at = at < 0 ? -1 : from + at;
      String t = CATEGORY.matcher(LABEL.matcher(text).replaceFirst("")).replaceFirst("").strip();
      if (at < 0 || !headlineLike(e, t, bodyTop)) {
        continue;
      }
      if (siteNames.contains(t)) {
        continue; // the blog's or channel's name over its posts, as the <title> ends with it
      }
      int end = at + text.length();
      // the closest heading, but one the <title> repeats before any other
      boolean inTitle = titleKey.contains(ChineseText.compareKey(t));
      if (bodyAt - end <= MAX_GAP
          && (inTitle && !bestInTitle || inTitle == bestInTitle && end > bestEnd)) {
        best = t;
        bestEnd = end;
        bestInTitle = inTitle;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A heading-like line: no wrapper of blocks, a cell or paragraph only as a "主题：" line. */
  private static boolean line(Element e) {
    if (!e.is(CELL) && wrapsBlocks(e)) {
      return false; // a wrapper of blocks, not a line
    }
    return e.is(HEADING) || labelled(e);
  }

  /**
   * Whether a line's text {@code t} reads as a headline: 4 to 80 characters (8 at least in an
   * {@code <h5>}/{@code <h6>}), no date, byline label or breadcrumb, not ending with a colon, and
   * not after the body's element.
   */
  private static boolean headlineLike(Element e, String t, Element bodyTop) {
    int length = ContentFinder.visibleLength(t);
    if (length < 4
        || length > 80
        || DATE.matcher(t).find()
        || BREADCRUMB.matcher(t).find()
        || t.endsWith(":")
        || t.endsWith("：")) {
      return false;
    }
    if (bodyTop != null && after(e, bodyTop)) {
      return false; // a side box's heading whose words happen to stand before the body too
    }
    return !e.is(MINOR) || length >= MINOR_LENGTH; // a minor heading of a few words: a byline
  }

  /** A sentence's end: a line ending so is a paragraph, not a headline. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?…]$");

  /**
   * The body's first block when it is a headline that the page's {@code <title>} holds: a line of 6
   * to 80 characters, no sentence, all of it inside the {@code <title>}
   * (明日股市预测--<b>最新出炉联合国贸发报告…</b>, where the title's reading kept the column's name).
   */
  static Optional<String> firstLineInTitle(List<Block> blocks, String docTitle) {
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    String t = blocks.get(0).text().strip();
    int length = ContentFinder.visibleLength(t);
    if (length < 6 || length > 80 || SENTENCE_END.matcher(t).find()) {
      return Optional.empty();
    }
    return ChineseText.compareKey(docTitle).contains(ChineseText.compareKey(t))
        ? Optional.of(t)
        : Optional.empty();
  }

  /**
   * Whether {@code line} is another part of the {@code <title>} than the title read so far, and
   * says more: both stand in the {@code <title>}, neither holds the other, and the line is longer
   * (the item's headline beside the column's name, not the site's name beside its section).
   */
  static boolean otherPart(String line, String title, String docTitle) {
    String l = ChineseText.compareKey(line);
    String t = ChineseText.compareKey(title);
    String d = ChineseText.compareKey(docTitle);
    return l.length() > t.length()
        && l.length() < d.length()
        && d.contains(t)
        && !l.contains(t)
        && !t.contains(l);
  }

  private static final Evaluator MINOR = QueryParser.parse("h5, h6");

  /** The shortest headline a minor heading may hold. */
  static final int MINOR_LENGTH = 8;

  /** Whether {@code a} comes after {@code b} in the document, neither holding the other. */
  static boolean after(Element a, Element b) {
    java.util.Map<Element, Element> childOnPathToB = new java.util.IdentityHashMap<>();
    for (Element x = b; x.parent() != null; x = x.parent()) {
      childOnPathToB.put(x.parent(), x);
    }
    Element childA = a;
    for (Element x = a; x != null; x = x.parent()) {
      if (x == b) {
        return false; // inside b
      }
      Element towardB = childOnPathToB.get(x);
      if (towardB != null) {
        return x != a && childA.elementSiblingIndex() > towardB.elementSiblingIndex();
      }
      childA = x;
    }
    return false;
  }

  /** Whether an element holds blocks or line breaks, or more than a line's worth of elements. */
  private static boolean wrapsBlocks(Element e) {
    // a lazy depth-first walk, itself first: a deep wrapper costs 32 steps, not its whole subtree
    List<Element> first = e.stream().limit(32).toList();
    return first.size() > 31 || first.stream().skip(1).anyMatch(d -> d.is(BLOCK));
  }

  private static boolean labelled(Element e) {
    Element first = e.firstElementChild();
    return LABEL.matcher(e.ownText().strip()).find()
        || (first != null && first.ownText().length() < 6 && LABEL.matcher(first.ownText()).find());
  }

  /**
   * Whether a title is only the site's name ("北京市卫生健康委员会", "北京市卫生健康委员会网站"), as government sites put
   * in every page's {@code <title>}.
   */
  static boolean namesTheSite(String title, Optional<String> outlet, Optional<String> siteName) {
    String key = ChineseText.compareKey(title);
    for (Optional<String> name : List.of(outlet, siteName)) {
      String n = name.map(ChineseText::compareKey).orElse("");
      if (n.length() >= 2 && key.contains(n) && key.length() <= n.length() + 4) {
        return true;
      }
    }
    return false;
  }

  /** Whether a title from the page's metadata is too weak to stand against a found headline. */
  static boolean weak(String title, String pageText, String headline) {
    String key = ChineseText.compareKey(title);
    String found = ChineseText.compareKey(headline);
    if (gluedName(title, found, pageText)) {
      return true; // the headline with a column's name glued on (…-纪检), which the page never shows
    }
    if (key.endsWith(found) || key.startsWith(found)) {
      return false; // the title says it all, the heading only part of it (a kicker, a subtitle)
    }
    if (key.contains(found)) {
      return true; // the headline inside a title decorated on both sides (频道-[原创]…[社区])
    }
    if (found.contains(key)) {
      return true; // the same headline, said more fully
    }
    return ContentFinder.visibleLength(title) < 7
        || !ChineseText.compareKey(pageText).contains(key);
  }

  /** A title's last part after a bare hyphen (…-纪检), with the part before it. */
  private static final Pattern GLUED = Pattern.compile("^(.{4,}?)\\s*[-－]\\s*([^-－]{2,20})$");

  /**
   * Whether {@code title} is the headline ({@code headlineKey}, its {@link ChineseText#compareKey})
   * with a name glued on after a bare hyphen, and the page's text never shows the whole title: the
   * name is the site's or column's.
   */
  static boolean gluedName(String title, String headlineKey, String pageText) {
    Matcher m = GLUED.matcher(title.strip());
    return m.find()
        && ChineseText.compareKey(m.group(1)).equals(headlineKey)
        && !ChineseText.compareKey(pageText).contains(ChineseText.compareKey(title));
  }

  /** Where the body's first real paragraph (30 characters or more) starts in the page's text. */
  private static int bodyStart(String pageText, List<Block> blocks) {
    for (Block b : blocks) {
      String t = b.text().strip();
      if (ContentFinder.visibleLength(t) >= 30) {
        return pageText.indexOf(t.substring(0, Math.min(t.length(), 16)));
      }
    }
    return -1;
  }
}
