package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.text.ChineseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what the body's container holds besides the article: editor, source and date lines, share
 * and print links, copyright notices, the title again; stops at "相关阅读"-style endings.
 */
final class BodyFilter {
  private static final Pattern META_LINE =
      Pattern.compile(
          "^[【\\[（(]?\\s*(文章来源|稿件来源|信息来源|新闻来源|责任编辑|责编|编辑|审核|校对|监制|值班编辑|来源|作者|发布时间|发表时间|发布日期|时间|日期|字号|浏览次数|点击数|阅读数|分享)\\s*[:：]");
  private static final Pattern CHROME =
      Pattern.compile(
          "^[【\\[]?\\s*(第\\s*\\d+\\s*页|纠错|打印|关闭窗口|关闭|分享到|分享|扫一扫|返回顶部|返回页首|我要评论|收藏|字号|大中小|小\\s*中\\s*大|点击收听|微信扫一扫|手机看|网页版|繁体|English)\\s*[】\\]]?");
  private static final Pattern END =
      Pattern.compile(
          "^[【\\[]?\\s*(?:阅读|查看|点击)?\\s*(上一篇|下一篇|相关阅读|相关新闻|相关链接|相关报道|相关专题|更多相关|延伸阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢|更多精彩|往期回顾|相关稿件|精彩推荐|新闻排行|热门文章|最新评论|发表评论|我要评论|网友评论)\\s*[】\\]]?\\s*[:：>》»]*\\s*$");

  /** A photo credit, a lone "Caption", or a bare address: page furniture in any language. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)^\\s*((photo|image|foto|credit|picture)s?\\s*:.{0,60}|caption|close|by|https?://\\S+"
              + "|image \\d+ of \\d+|\\(?image credit:.*|advert(isement)?|back to gallery"
              + "|this slideshow requires javascript\\.?|\\d+ min(ute)?s? read|[a-z]+(-[a-z]+){2,}|.{0,60}\\b(getty images|shutterstock|ap photo)\\)?)\\s*$");

  /** The heading of a box of links to other articles, in English. */
  private static final Pattern RELATED =
      Pattern.compile(
          "(?i)^(related( articles?| stories| posts| news| content| coverage)?|read (more|next|also)"
              + "|more (from|on|in|stories|news)\\b.*|most (read|popular|viewed|shared)\\b.*|don'?t miss"
              + "|you (may|might) (also )?(like|enjoy)|recommended( for you)?|trending( now| stories)?"
              + "|explore further|see also|further reading|latest (news|stories)|top stories"
              + "|popular (posts|stories)|what to read next|also read)\\s*[:.…]*$");

  /**
   * "You may also like", in a few languages: unlike "Related articles", a heading that ends the
   * article, with the teasers of other posts below it.
   */
  private static final Pattern YOU_MAY_LIKE =
      Pattern.compile(
          "(?i)^(you (may|might) (also )?(like|enjoy)|você (também )?(pode|poderá) gostar"
              + "|(también )?te (puede|podría) interesar|vous (aimerez|pourriez aimer) aussi"
              + "|das könnte (dich|sie) auch interessieren|也许你会喜欢|你可能(也)?喜欢)\\s*[:.…!]*$");

  /** How many lines without a sentence's ending after such a heading are the box's. */
  static final int RELATED_BOX = 8;

  /** A line that ends as a sentence does (perhaps inside a quotation). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…][\"”’']?\\s*$");

  /** A cookie notice. */
  private static final Pattern COOKIES = Pattern.compile("(?i)\\b(uses|use of) cookies\\b");

  /** A newsletter's or a privacy notice's pitch. */
  private static final Pattern PROMO =
      Pattern.compile(
          "(?i)(^subscribe\\b|subscribe to (our|the)\\b|\\byour inbox\\b|\\bnewsletter delivered\\b"
              + "|privacy is important to us|updated our privacy policy)");

  /** "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.": a byline with its date. */
  private static final Pattern DATED_BYLINE =
      Pattern.compile(
          "^(?:By|BY)\\s+(?!(?:January|February|March|April|May|June|July|August|September|October"
              + "|November|December|Spring|Summer|Autumn|Fall|Winter|Monday|Tuesday|Wednesday"
              + "|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}\\p{L}+");

  /** A post's stamp: a date and time with 发表/来源/阅读… ("发表于 2004年12月27日 12:40 - (阅读:3727)"). */
  private static final Pattern POSTED =
      Pattern.compile(
          "^(?!.*。$)(?=.*\\d{1,2}:\\d{2})(?=.*\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2})"
              + ".*(发表|发布|来源|阅读|浏览|点击|评论|张贴|\\bby\\b)"
              + "|已被阅读\\s*\\d+\\s*次|阅读\\s*[:：(（]\\s*\\d+|(?i)trackback");

  /** The heading of a site's copyright or disclaimer notice: the article has ended. */
  private static final Pattern DISCLAIMER =
      Pattern.compile(
          "^[【\\[〓\\s]*\\S{0,12}(郑\\s*重|免\\s*责|版\\s*权)\\s*声\\s*明\\s*[:：]?\\s*[】\\]〓]?$");

  private static final Pattern LEGAL =
      Pattern.compile(
          "版权所有|Copyright|©|ICP备|未经授权|禁止转载|不得转载|违法和不良信息|仅代表作者本人|以下tags"
              + "|禁止\\S{0,4}转载|转载.{0,6}(请联系|申请)|更多(内容|精彩|资讯).{0,8}关注");

  /** What a line that is only a date (and time) consists of, in English. */
  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "(?i)\\b(published|updated|posted|last|modified|on|at|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
              + "|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|[ap]\\.?m\\.?|utc|gmt|[ecmp][sd]?t|\\d+(st|nd|rd|th)?"
              + "|hours?|minutes?|days?|ago|original)\\b");

  private static final Pattern MONTH_OR_NUMERIC_DATE =
      Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d+ (hours?|days?|minutes?) ago");

  /** A byline on its own line: "By Phil Helsel", "Posted by Vortex". */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(By|Posted by|Written by|Words by)\\s+\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}?[\\p{L}.'-]*){0,3}$");

  private BodyFilter() {}

  /** A line that is an English date stamp and nothing else: "Published 18 Nov 2019, 19:09". */
  static boolean dateOnly(String t) {
    if (t.length() > 90 || !MONTH_OR_NUMERIC_DATE.matcher(t).find()) {
      return false;
    }
    String rest = DATE_WORDS.matcher(t).replaceAll("");
    return rest.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** A line this short without punctuation, in a run of three or more, is a list of links. */
  static final int LIST_LINE = 25;

  static List<Block> filter(List<BlockWriter.Unit> raw, String title) {
    List<BlockWriter.Unit> units = withoutTeasers(withoutLists(raw));
    List<Block> out = new ArrayList<>();
    String titleKey = ChineseText.compareKey(title);
    int related = 0;
    for (BlockWriter.Unit u : units) {
      String t = u.text();
      int len = ContentFinder.visibleLength(t);
      if (endsArticle(t, len) && !out.isEmpty()) {
        break;
      }
      if (len <= 40 && RELATED.matcher(t).find()) {
        related = RELATED_BOX; // often a box in the middle of the article: skip it, do not stop
        continue;
      }
      if (related > 0 && len <= 150 && !SENTENCE_END.matcher(t).find()) {
        related--;
        continue; // the box's kickers, headlines and captions
      }
      related = 0;
      if (!furniture(t, len)
          && !repeatsOrTitle(u, t, len, titleKey, out)
          && !noText(u, t, len)
          && !dateOrCredit(t, len, out.size())) {
        out.add(new Block(u.kind(), t));
      }
    }
    while (!out.isEmpty() && trailingChrome(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** The article's end: an end mark, a disclaimer, a "you may like" heading. */
  private static boolean endsArticle(String t, int len) {
    return END.matcher(t).find()
        || DISCLAIMER.matcher(t).find()
        || (len <= 40 && YOU_MAY_LIKE.matcher(t).find());
  }

  /** The page's furniture: an address, a dated byline line, a promotion, a cookie notice. */
  private static boolean furniture(String t, int len) {
    return ((len <= 80 || t.indexOf(' ') < 0) && FURNITURE.matcher(t).find()) // any bare address
        || (len <= 120 && DATED_BYLINE.matcher(t).find() && MONTH_OR_NUMERIC_DATE.matcher(t).find())
        || (len <= 250 && PROMO.matcher(t).find())
        || (len <= 300 && COOKIES.matcher(t).find());
  }

  /**
   * The line kept last once more (the same caption under the next image — a gallery's slides — or a
   * heading again), the title, or a headline above the first paragraph: the article's title.
   */
  private static boolean repeatsOrTitle(
      BlockWriter.Unit u, String t, int len, String titleKey, List<Block> out) {
    if ((u.afterImage() || u.kind() != BlockKind.PARAGRAPH || !SENTENCE_END.matcher(t).find())
        && !out.isEmpty()
        && out.get(out.size() - 1).text().equals(t)) {
      return true;
    }
    if (!titleKey.isEmpty() && ChineseText.compareKey(t).equals(titleKey)) {
      return true;
    }
    return out.isEmpty() && u.kind() == BlockKind.SUBHEADING && len <= 50 && likeTitle(t, titleKey);
  }

  /**
   * No text of the article: a lone bullet or rule, a link (a headline pointing elsewhere), a meta
   * line or the page's chrome.
   */
  private static boolean noText(BlockWriter.Unit u, String t, int len) {
    return t.codePoints().noneMatch(Character::isLetterOrDigit)
        || (u.linkShare() > 0.5 && len <= 60)
        || (u.linkShare() >= 0.9 && len <= 200)
        || (len <= 80 && (META_LINE.matcher(t).find() || CHROME.matcher(t).find()));
  }

  /**
   * A date, posting or byline line, a legal notice, or a date line above the body ({@code kept}
   * blocks kept so far).
   */
  private static boolean dateOrCredit(String t, int len, int kept) {
    return dateOnly(t)
        || (len <= 100 && POSTED.matcher(t).find())
        || (kept <= 3 && BYLINE.matcher(t).matches())
        || (len <= 120 && LEGAL.matcher(t).find())
        || (kept <= 2
            && len <= 60
            && ChineseDates.DATE.matcher(t).find()
            && ContentFinder.punctuation(t) <= 2);
  }

  /**
   * A headline is the title when the page's title is unknown or one contains the other (a title
   * with the site's name, a headline with a kicker).
   */
  private static boolean likeTitle(String line, String titleKey) {
    if (titleKey.isEmpty()) {
      return true;
    }
    String key = ChineseText.compareKey(line);
    return key.length() >= 4 && (titleKey.contains(key) || key.contains(titleKey));
  }

  /** Short lines after the last paragraph that are not a reporter's parenthesis. */
  private static boolean trailingChrome(Block b) {
    String t = b.text();
    return ContentFinder.visibleLength(t) <= 12
        && ContentFinder.punctuation(t) == 0
        && !t.startsWith("（")
        && !t.startsWith("(");
  }

  /** Drops runs of three or more short unpunctuated lines: menus, link lists, ad lists. */
  static List<BlockWriter.Unit> withoutLists(List<BlockWriter.Unit> units) {
    List<BlockWriter.Unit> out = new ArrayList<>(units.size());
    int i = 0;
    while (i < units.size()) {
      int j = i;
      while (j < units.size() && listLine(units.get(j))) {
        j++;
      }
      if (j - i >= 3) {
        i = j;
        continue;
      }
      out.add(units.get(i));
      i++;
    }
    return out;
  }

  /**
   * A cut-off excerpt: ends in an ellipsis, as the teasers of other posts do (not in "……", the
   * Chinese ellipsis of prose).
   */
  private static final Pattern TEASER_END =
      Pattern.compile("(\\[(…|\\.\\.\\.)]|(?<!…)…|\\.\\.\\.)\\s*$");

  /**
   * Drops runs of two or more excerpts cut off with an ellipsis, each perhaps under its headline:
   * teasers of other articles.
   */
  static List<BlockWriter.Unit> withoutTeasers(List<BlockWriter.Unit> units) {
    List<BlockWriter.Unit> out = new ArrayList<>(units.size());
    int i = 0;
    while (i < units.size()) {
      int j = i;
      int teasers = 0;
      while (j < units.size()) {
        if (teaser(units.get(j))) {
          teasers++;
          j++;
        } else if (j + 1 < units.size()
            && ContentFinder.visibleLength(units.get(j).text()) <= 100
            && teaser(units.get(j + 1))) {
          j++; // the teaser's headline
        } else {
          break;
        }
      }
      if (teasers >= 2) {
        i = j;
        continue;
      }
      out.add(units.get(i));
      i++;
    }
    return out;
  }

  private static boolean teaser(BlockWriter.Unit u) {
    return u.text().length() <= 400 && TEASER_END.matcher(u.text()).find();
  }

  private static boolean listLine(BlockWriter.Unit u) {
    return ContentFinder.visibleLength(u.text()) <= LIST_LINE
        && !(u.cells() >= 2 && u.linkShare() < 0.5) // a data table's row
        && ContentFinder.punctuation(u.text()) == 0
        && u.kind() != BlockKind.IMAGE_CAPTION;
  }
}
