package cn.hinews.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 来源, 作者/记者 and 责任编辑 lines of Chinese pages. */
final class Bylines {
  private static final String NAME = "[\\p{IsHan}·]{2,4}|[A-Za-z][A-Za-z0-9_.&-]{1,20}";
  private static final Pattern AUTHOR =
      Pattern.compile(
          "(?:作\\s*者|撰\\s*文|撰\\s*稿|文\\s*[/|｜]|文字[:：]|本报记者|特约记者|见习记者|实习生|通讯员|首席记者|记\\s*者|采写|发布者|发表者|发贴人|楼主|编译|口述)"
              + "\\s*[:：]?\\s*((?:(?:"
              + NAME
              + ")(?:[\\s、，,/和与及]+|$|(?=[）)\\]】|\\s。；;：:]))){1,6})");
  private static final Pattern EDITOR =
      Pattern.compile(
          "(?:责任编辑|责编|编辑|值班编辑)\\s*[:：]\\s*((?:" + NAME + ")(?:[\\s、，,]+(?:" + NAME + "))*)");
  private static final Pattern SOURCE =
      Pattern.compile("来源\\s*[:：]\\s*([\\p{IsHan}A-Za-z0-9·《》（）()]{2,24})");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "本报", "记者", "编辑", "来源", "发布", "时间", "日期", "新华社", "新华网", "人民网", "人民日报", "央广网", "光明网",
          "中国网", "通讯员", "实习生", "摄影", "报道", "责任编辑", "作者", "联系", "电话", "我们", "本文", "转载", "原创", "整理",
          "综合", "客户端", "北京", "上海", "日电", "图片", "视频");

  private Bylines() {}

  /** Author names in a text, in order, without duplicates. */
  static List<String> authors(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = AUTHOR.matcher(text);
    while (m.find() && out.size() < 8) {
      for (String name : m.group(1).split("[\\s、，,/和与及]+")) {
        String n = name.strip();
        if (plausible(n)) {
          out.add(n);
        }
      }
    }
    return new ArrayList<>(out);
  }

  static List<String> editors(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = EDITOR.matcher(text);
    while (m.find()) {
      for (String name : m.group(1).split("[\\s、，,]+")) {
        if (plausible(name.strip())) {
          out.add(name.strip());
        }
      }
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
    if (name.length() < 2 || NOT_NAMES.contains(name)) {
      return false;
    }
    for (String bad : NOT_NAMES) {
      if (name.length() > 2 && name.endsWith(bad)) {
        return false;
      }
    }
    return !name.matches(".*\\d{3,}.*");
  }
}
