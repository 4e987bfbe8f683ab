package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import cn.hinews.core.text.ChineseText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A list or column page (a site's 首页 - 新闻动态, a 疫情通报 column): the body found is a run of same-shaped
 * items, each a headline link with its date, and nothing besides them reads as a paragraph. Such a
 * page has no article: its title is the column's and any date on it is an item's. A blog's front
 * page or a forum thread is no list in this sense — their posts are prose, which {@link
 * PostListing} handles.
 */
final class ListPage {
  // the selectors, parsed once (jsoup parses a selector given as text at every call)
  private static final Evaluator LINKS = QueryParser.parse("a");

  /** Dated headline items a list must have. */
  static final int MIN_ITEMS = 5;

  /** The longest item (visible characters): a headline, its date, perhaps a source or a count. */
  static final int MAX_ITEM_TEXT = 160;

  /** A paragraph outside the list, at least this long and with two punctuation marks, is prose. */
  static final int PARAGRAPH = 60;

  /** A date as lists print them: 2022-04-27, 2022/4/27, 2022年4月27日, [04-27], 04月27日. */
  private static final Pattern DATE =
      Pattern.compile(
          "(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}"
              + "|(?<![\\d.])(?:0?[1-9]|1[0-2])\\s*[-/月]\\s*(?:0?[1-9]|[12]\\d|3[01])(?![\\d:])");

  /**
   * A list found.
   *
   * @param items how many dated headline items it has
   * @param where the list's element, as a CSS-like path
   */
  record Found(int items, String where) {}

  private ListPage() {}

  /**
   * The list a page is, if it is one: a list of dated headline items holds the body's top element
   * (or sits in it), and the body's blocks outside it hold no paragraph.
   */
  static Optional<Found> of(Element top, List<Block> blocks) {
    for (Block b : blocks) {
      if (ContentFinder.visibleLength(b.text()) > MAX_ITEM_TEXT && paragraph(b.text())) {
        return Optional.empty(); // a paragraph longer than any item: an article, no DOM walk needed
      }
    }
    Optional<Group> list = largestList(top);
    if (list.isEmpty() || list.get().items().size() < MIN_ITEMS) {
      return Optional.empty();
    }
    List<String> itemKeys = new ArrayList<>();
    for (Element item : list.get().items()) {
      itemKeys.add(ChineseText.compareKey(item.text()));
    }
    for (Block b : blocks) {
      if (paragraph(b.text()) && !inAnItem(ChineseText.compareKey(b.text()), itemKeys)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new Found(list.get().items().size(), StandardExtractor.path(list.get().parent())));
  }

  /** A parent and its dated headline items. */
  private record Group(Element parent, List<Element> items) {}

  /** The largest list under {@code top}, or among the siblings of {@code top} or an ancestor. */
  private static Optional<Group> largestList(Element top) {
    Group best = null;
    for (Element e : top.getAllElements()) {
      if (e.childrenSize() >= MIN_ITEMS) {
        best = larger(best, items(e));
      }
    }
    for (Element a = top; a.parent() != null; a = a.parent()) {
      if (a.parent().childrenSize() >= MIN_ITEMS) {
        Group g = items(a.parent());
        if (g.items().contains(a)) {
          best = larger(best, g);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Group larger(Group a, Group b) {
    return a == null || b.items().size() > a.items().size() ? b : a;
  }

  /** The children of the most frequent shape that are dated headline items, if most of them are. */
  private static Group items(Element parent) {
    Map<String, List<Element>> byShape = new HashMap<>();
    List<Element> largest = List.of();
    for (Element c : parent.children()) {
      List<Element> same =
          byShape.computeIfAbsent(c.normalName() + "." + c.className(), k -> new ArrayList<>());
      same.add(c);
      if (same.size() > largest.size()) {
        largest = same;
      }
    }
    if (largest.size() < MIN_ITEMS) {
      return new Group(parent, List.of());
    }
    List<Element> dated = new ArrayList<>();
    for (Element c : largest) {
      if (datedHeadline(c)) {
        dated.add(c);
      }
    }
    return dated.size() * 10 >= largest.size() * 6
        ? new Group(parent, dated)
        : new Group(parent, List.of());
  }

  /** A line that is mostly a link of a headline's length, with a date. */
  static boolean datedHeadline(Element item) {
    String text = item.text();
    int length = ContentFinder.visibleLength(text);
    if (length > MAX_ITEM_TEXT || !DATE.matcher(text).find()) {
      return false;
    }
    int linked = 0;
    int longest = 0;
    for (Element a : item.select(LINKS)) {
      int n = ContentFinder.visibleLength(a.text());
      linked += n;
      longest = Math.max(longest, n);
    }
    return longest >= 5 && linked * 2 >= length;
  }

  /** A paragraph: long enough, and written in sentences. */
  private static boolean paragraph(String text) {
    return ContentFinder.visibleLength(text) >= PARAGRAPH && ContentFinder.punctuation(text) >= 2;
  }

  private static boolean inAnItem(String key, List<String> itemKeys) {
    for (String item : itemKeys) {
      if (item.contains(key) || key.contains(item)) {
        return true;
      }
    }
    return false;
  }
}
