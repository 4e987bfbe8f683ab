package cn.hinews.core.extract;

import cn.hinews.core.text.ChineseNames;
import cn.hinews.core.text.ChineseText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 来源, 作者/记者 and 责任编辑 lines of Chinese pages. */
final class Bylines {
  // The patterns that scan a whole page's text begin with a look-ahead at their labels' first
  // characters: most positions fail there at once instead of trying every label.

  /** A Han name, or a user name as blogs and forums show them. */
  private static final String NAME = "[\\p{IsHan}·]{2,4}|[A-Za-z][A-Za-z0-9_.&-]{1,20}";

  /** A forum or blog user name, or an office: letters, digits, Han and a few joiners. */
  private static final String USER = "[\\p{IsHan}A-Za-z0-9_·.&-]{2,16}";

  /** What ends a name: punctuation, space, or the words that follow a byline. */
  private static final String END = "(?=$|[\\s、，,/）)\\]】|。；;：:]|发自|报道|摄|电|讯|供稿|整理|撰写)";

  private static final Pattern LABELLED =
      Pattern.compile(
          "(?=[作执撰特评文本见实通首记采发楼编口])(?:作\\s*者|执\\s*笔人?|撰\\s*文|撰\\s*稿|特约评论员|评论员|文\\s*[/|｜]|文字\\s*[:：]|本报记者|特约记者|见习记者|实习记者|实习生|通讯员|首席记者|记\\s*者|采写|发布者|发表者|发贴人|楼主|编译|口述)"
              + "\\s*[:：]?\\s*((?:"
              + NAME
              + ")"
              + END
              + "(?:\\s*[、，,和与及\\s]\\s*(?:[\\p{IsHan}]{2,3}|[A-Za-z][A-Za-z0-9_.&-]{1,20})"
              + END
              + "){0,5})");

  /** A forum's "本贴由X于…" and a blog's "由X张贴". */
  private static final Pattern POSTED =
      Pattern.compile("(?:本贴由|由)\\s*(" + NAME + ")\\s*(?:于|张贴|发表|发布)");

  /** A blog's "X 发表于 2005-9-15" and a forum's "2005/05/17 22:11:42 by X". */
  private static final Pattern POSTED_AT =
      Pattern.compile(
          "(?:^|\\s)("
              + USER
              + ")\\s*发表于\\s*[:：]?\\s*\\d{2,4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*\\d{1,2}:\\d{2}"
              + "|\\d{1,2}:\\d{2}(?::\\d{2})?\\s+by\\s+("
              + USER
              + ")(?=\\s|$)");

  /**
   * A user or pen name after an explicit label and colon ("作者： 芊草凡凡", "作者： 放飞&心情"), and the issuing
   * office of a government document (发文机关：吉林省人民政府): no surname to check, so only where the label
   * says what it is.
   */
  private static final Pattern COLON_LABELLED =
      Pattern.compile(
          "(?=[作文执发楼])(?:(?<![\\p{IsHan}])(?:作\\s*者|文|执\\s*笔人?|发布者|发表者|发贴人|楼主)|发文机关)"
              + "\\s*[:：]\\s*("
              + USER
              + ")(?=$|\\s|[、，,；;|（(])");

  /** The reporters in parentheses at the start of a news body: （记者 格桑边觉）, any name. */
  private static final Pattern REPORTERS_IN_PARENS =
      Pattern.compile(
          "[（(]\\s*(?:本报|新华社|中新社)?记者\\s*((?:[\\p{IsHan}·]{2,8})(?:[\\s、，,]+[\\p{IsHan}·]{2,8}){0,5})\\s*[）)]");

  /** An English name in brackets after a Chinese one: 周思博 (Joel Spolsky). */
  private static final Pattern LATIN_ALIAS =
      Pattern.compile("\\s*([(（][A-Z][a-z]+(?: [A-Z][A-Za-z.'-]+){1,3}[)）])");

  /** The reporters in parentheses at the very end of a Chinese news body: （张三 李四）. */
  private static final Pattern TRAILING =
      Pattern.compile(
          "[（(]\\s*((?:[\\p{IsHan}]{2,4})(?:\\s+[\\p{IsHan}]{2,3}){0,4})\\s*(?:[\\p{IsHan}]{2,3}报道)?\\s*[）)]\\s*$");

  private static final Pattern EDITOR =
      Pattern.compile(
          "(?=[责编值])(?:责任编辑|责编|编辑|值班编辑)\\s*[:：]\\s*((?:"
              + NAME
              + ")(?:[\\s、，,]+(?:[\\p{IsHan}]{2,3}))*)");
  private static final Pattern SOURCE =
      Pattern.compile("来源\\s*[:：]\\s*\\[?\\s*([\\p{IsHan}A-Za-z·《》]{2,24})");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "本报", "记者", "编辑", "来源", "发布", "时间", "日期", "新华社", "新华网", "人民网", "人民日报", "央广网", "光明网",
          "中国网", "通讯员", "实习生", "摄影", "报道", "责任编辑", "作者", "联系", "电话", "我们", "本文", "转载", "原创", "整理",
          "综合", "客户端", "北京", "上海", "图片", "视频", "简介", "个人简介", "单位", "简历", "信息", "专栏", "网友", "匿名",
          "admin", "Admin", "null", "http", "www");

  /** Words that follow a byline and are no names although they start like one (相关新闻). */
  private static final List<String> NOT_NAME_STARTS =
      List.of(
          "相关", "来源", "编辑", "责任", "作者", "记者", "关于", "更多", "分享", "打印", "扫一", "返回", "上一", "下一", "原标",
          "图片", "视频", "本文", "本报", "文章", "评论", "点击", "阅读", "字号", "纠错", "热门", "推荐", "通讯", "发布", "时间",
          "日期", "版权", "声明", "联系", "投稿", "监制", "审核", "校对");

  private Bylines() {}

  /** Author names in a text, in order, without duplicates. */
  static List<String> authors(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (!ChineseText.hasHan(text)) {
      return postedBy(text); // no Chinese label can stand in it: only "12:30 by name"
    }
    Matcher m = LABELLED.matcher(text);
    while (m.find() && out.size() < 8) {
      int before = out.size();
      addNames(out, m.group(1));
      Matcher alias = LATIN_ALIAS.matcher(text).region(m.end(), text.length());
      if (out.size() > before && alias.lookingAt()) {
        String last = List.copyOf(out).get(out.size() - 1);
        out.remove(last);
        out.add(last + " " + alias.group(1).replace('（', '(').replace('）', ')'));
      }
    }
    if (out.isEmpty()) {
      Matcher r = REPORTERS_IN_PARENS.matcher(text);
      if (r.find()) {
        for (String name : r.group(1).split("[\\s、，,]+")) {
          if (labelledName(name) && !name.matches(".*(?:报道|摄|电|发|讯)$")) {
            out.add(name);
          }
        }
      }
    }
    if (out.isEmpty()) {
      Matcher c = COLON_LABELLED.matcher(text);
      while (c.find() && out.isEmpty()) {
        String name = c.group(1);
        if (labelledName(name)) {
          out.add(name);
        }
      }
    }
    if (out.isEmpty()) {
      Matcher p = POSTED.matcher(text);
      if (p.find() && !NOT_NAMES.contains(p.group(1))) {
        out.add(p.group(1)); // a forum's user name: no surname to check
      }
    }
    if (out.isEmpty()) {
      return postedBy(text);
    }
    return new ArrayList<>(out);
  }

  private static List<String> postedBy(String text) {
    if (!text.contains("发表于") && !text.contains(" by ")) {
      return List.of();
    }
    Matcher p = POSTED_AT.matcher(text);
    while (p.find()) {
      String name = p.group(1) != null ? p.group(1) : p.group(2);
      if (labelledName(name)) {
        return List.of(name);
      }
    }
    return List.of();
  }

  /**
   * Whether what a label or a field names as the author can be a name: no surname is required (pen
   * names, user names, ethnic names), only that it is no common word of the page's furniture.
   */
  static boolean labelledName(String name) {
    return name.length() >= 2
        && !NOT_NAMES.contains(name)
        && !startsLikeAWord(name)
        && !name.matches(".*\\d{3,}.*");
  }

  private static boolean startsLikeAWord(String name) {
    for (String start : NOT_NAME_STARTS) {
      if (name.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  /** A name in brackets after the time, as portals print the reporter: 08:19 [ 黄宇 ]. */
  private static final Pattern BRACKETED =
      Pattern.compile("\\d\\s*[\\[【]\\s*([\\p{IsHan}]{2,4})\\s*[\\]】]");

  static List<String> bracketed(String nearTitle) {
    Matcher m = BRACKETED.matcher(nearTitle);
    while (m.find()) {
      if (plausible(m.group(1))) {
        return List.of(m.group(1));
      }
    }
    return List.of();
  }

  /** A line that is nothing but a person's name (the author under an essay's title). */
  static boolean nameOnly(String line) {
    String t = line.strip().replaceAll("^[（(\\[【]|[）)\\]】]$", "").strip();
    return t.length() >= 2 && t.length() <= 4 && ChineseText.allHan(t) && plausible(t);
  }

  /** What ends the names of places and bodies (江苏省, 国务院, 华为公司), not of persons. */
  private static final Pattern ORGANISATION =
      Pattern.compile("(?:省|市|区|县|院|局|委|部|厅|办|网|报|社|台|司|会|所|校|馆|站)$");

  private static final Pattern SPACE = Pattern.compile("[\\s\u3000\u00a0]+");

  /**
   * The names standing alone right after the headline (its last repeat in the window): an essay's
   * or a paper's byline without a label — "比赛革命的革命 胡平 ……", "赵延东、风笑天". The first name must look like
   * one (a surname); the others of a 、-list only need to be short.
   */
  static List<String> underHeadline(String near, String title) {
    String rest = near;
    // skip the headline's repeats: whole lines of their own, not the words inside a sentence
    Matcher repeat =
        Pattern.compile("(?:^|[\\s\u3000\u00a0])" + Pattern.quote(title) + "(?=[\\s\u3000\u00a0])")
            .matcher(near);
    while (!title.isEmpty() && repeat.find()) {
      rest = near.substring(repeat.end());
    }
    String[] tokens = SPACE.split(rest.strip(), 3);
    int i = tokens.length > 0 && tokens[0].isEmpty() ? 1 : 0;
    if (tokens.length < i + 2) {
      return List.of(); // the name must be followed by more text
    }
    String token = tokens[i].replaceAll("^[（(\\[【]|[）)\\]】]$", "");
    String[] names = token.split("[、，,]");
    if (names.length == 0
        || ORGANISATION.matcher(names[0]).find()
        || !plausible(names[0])
        || !ChineseText.allHan(names[0])) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (!n.matches("[\\p{IsHan}·]{2,4}") || NOT_NAMES.contains(n) || startsLikeAWord(n)) {
        return List.of();
      }
      out.add(n);
    }
    return out;
  }

  private static final Pattern NAME_THEN_TITLE =
      Pattern.compile("^([\\p{IsHan}·]{2,4})[:：]\\s*(.{4,})$");

  /**
   * A column's "茉莉：我是怎样…" title whose headline over the body is "我是怎样… 茉莉": the name before the
   * colon stands again after the headline, so it is the writer's, not a quoted speaker's.
   */
  static List<String> nameBeforeTitle(String title, String near) {
    Matcher m = NAME_THEN_TITLE.matcher(title.strip());
    if (!m.find() || !labelledName(m.group(1))) {
      return List.of();
    }
    Pattern again =
        Pattern.compile(
            "(?:^|[\\s\u3000\u00a0])"
                + Pattern.quote(m.group(2).strip())
                + "[\\s\u3000\u00a0]+"
                + Pattern.quote(m.group(1))
                + "(?=$|[\\s\u3000\u00a0])");
    return again.matcher(near).find() ? List.of(m.group(1)) : List.of();
  }

  /** A blog's sidebar: "太小心 [作者简介]". */
  private static final Pattern PROFILE =
      Pattern.compile(
          "(?:^|[\\s\u3000\u00a0])(" + USER + ")[\\s\u3000\u00a0]*[\\[【(（]?\\s*(?:作者简介|作者档案|博主简介)");

  /**
   * The blog's owner, named before the link to their profile — and again over the sidebar's other
   * boxes ("[太小心]最新文章"): a name the page repeats at least three times, not a "查看" link.
   */
  static List<String> profileOwner(String pageText) {
    Matcher m = PROFILE.matcher(pageText);
    while (m.find()) {
      String name = m.group(1);
      if (labelledName(name) && occurrences(pageText, name, 3) >= 3) {
        return List.of(name);
      }
    }
    return List.of();
  }

  private static int occurrences(String text, String word, int enough) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0 && n < enough; at = text.indexOf(word, at + 1)) {
      n++;
    }
    return n;
  }

  /** The （张三 李四） at the end of a body. */
  static List<String> trailing(String lastParagraph) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = TRAILING.matcher(lastParagraph);
    if (m.find()) {
      addNames(out, m.group(1));
    }
    return new ArrayList<>(out);
  }

  private static void addNames(Set<String> out, String names) {
    for (String name : names.split("[\\s、，,和与及]+")) {
      String n = name.strip();
      if (plausible(n)) {
        out.add(n);
      }
    }
  }

  static List<String> editors(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = EDITOR.matcher(text);
    while (m.find()) {
      addNames(out, m.group(1));
    }
    return new ArrayList<>(out);
  }

  static Optional<String> source(String text) {
    Matcher m = SOURCE.matcher(text);
    while (m.find()) {
      String s = m.group(1).strip();
      if (!s.startsWith("于") && s.length() >= 2) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  static boolean plausible(String name) {
    if (name.length() < 2 || NOT_NAMES.contains(name) || startsLikeAWord(name)) {
      return false;
    }
    if (ChineseText.allHan(name)) {
      return ChineseNames.plausibleHanName(name);
    }
    return !name.matches(".*\\d{3,}.*");
  }
}
