package cn.hinews.core.archive;

import cn.hinews.core.bulletin.HouseStyle;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Series;
import cn.hinews.core.text.ChineseNumerals;
import cn.hinews.core.text.ChineseText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bulletin in any Markdown form of the archive into a {@link ParsedBulletin}: the file is
 * read as a CommonMark tree ({@link MarkdownTree}), so headings of any level, list markers,
 * emphasis, link syntaxes and escapes are decoration; the grammar then reads the masthead, the
 * lead, the catalogue and the items from what the lines say, with page furniture dropped and
 * wrapped lines joined ({@link Lines}).
 */
public final class MarkdownBulletinParser {
  private static final String DATE = "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";
  private static final Pattern DATE_LINE = Pattern.compile("^" + DATE + "$");
  private static final Pattern DATE_IN_LINE = Pattern.compile(DATE);
  private static final Pattern NUMBER_IN_LINE =
      Pattern.compile("[(（]\\s*第\\s*([0-9〇零○一二三四五六七八九十百]+)\\s*期?\\s*[)）]");
  private static final Pattern NUMBER_LINE =
      Pattern.compile("^[(（]?\\s*第\\s*([0-9〇零○一二三四五六七八九十百]+)\\s*期?\\s*[)）]?$");
  private static final Pattern LEAD_LABEL = Pattern.compile("^本期导语\\s*[:：]?\\s*(.*)$");
  private static final Pattern LEAD_COUNT = Pattern.compile("共收集\\s*(\\d{1,4})\\s*篇");
  private static final Pattern LEAD_PERIOD =
      Pattern.compile("时间从\\s*" + DATE + "\\s*(?:至|到|—|－|-|~|～)\\s*" + DATE);
  private static final Pattern CATALOGUE = Pattern.compile("^信息目录\\s*[:：]?$");
  private static final Pattern CONTENT = Pattern.compile("^具体内容\\s*[:：]?$");
  private static final Pattern CATALOGUE_HEADER =
      Pattern.compile("^(?:(?:序号|编号|标题|题目|来源|媒体|信息来源)\\s*)+$");
  private static final Pattern TABLE_ROW = Pattern.compile("^\\d{1,3}(?!\\d)\\s*\\D");
  static final Pattern OUTLET_PAREN = Pattern.compile("^[(（]\\s*([^()（）]+?)\\s*[)）]$");

  private final HinewsConfig config;
  private final MarkdownTree tree = new MarkdownTree();

  public MarkdownBulletinParser(HinewsConfig config) {
    this.config = config;
  }

  /** Reads one file's text. */
  public ParsedBulletin parse(String content) throws BulletinFormatException {
    List<MarkdownLine> lines = tree.read(content);
    boolean explicit = !lines.isEmpty() && lines.get(0).text().equals(HouseStyle.MARKDOWN_MARKER);
    return parse(explicit ? lines.subList(1, lines.size()) : lines, explicit);
  }

  /**
   * Reads a bulletin given as lines.
   *
   * @param explicit the structure is marked: see {@link HouseStyle#MARKDOWN_MARKER}
   */
  ParsedBulletin parse(List<MarkdownLine> written, boolean explicit)
      throws BulletinFormatException {
    List<MarkdownLine> lines = Lines.clean(written, Set.of());
    if (lines.isEmpty()) {
      throw new BulletinFormatException(0, "文件是空的");
    }
    List<String> warnings = new ArrayList<>();
    int titleIndex = seriesTitle(lines);
    MarkdownLine titleLine = lines.get(titleIndex);
    Series series = seriesOf(titleLine).orElseThrow();
    Set<String> runningHeads =
        Set.of(ChineseText.compareKey(series.title()), ChineseText.compareKey(series.publisher()));
    List<MarkdownLine> rest =
        Lines.clean(lines.subList(titleIndex + 1, lines.size()), runningHeads);
    Cursor c = new Cursor(rest);
    Header header = readHeader(titleLine, c, series, warnings);
    Optional<Integer> catalogue = readCatalogue(c);
    int catalogueCount = catalogue.orElse(0);
    MarkdownLine contentHeading =
        c.peek()
            .orElseThrow(
                () ->
                    new BulletinFormatException(lines.get(lines.size() - 1).no(), "没有“二、具体内容”部分"));
    c.next();
    List<ParsedItem> items =
        ItemReader.readItems(
            c.remaining(), Set.of(ChineseText.compareKey(series.title())), explicit);
    if (items.isEmpty()) {
      throw new BulletinFormatException(
          contentHeading.no(), "“二、具体内容”中没有条目：条目以“1. 标题：…”（或“- 标题：…”、“1. …”）开头，其后是“来源：”行");
    }
    if (catalogueCount > items.size()) {
      // an item that the grammar did not see would be lost in the one before it
      throw new BulletinFormatException(
          contentHeading.no(),
          "“一、信息目录”列出 "
              + catalogueCount
              + " 条，“二、具体内容”却只读出 "
              + items.size()
              + " 条（每条以“<序号>. 标题：…”开头，其后是“来源：”行）");
    }
    if (catalogue.isPresent() && catalogueCount < items.size()) {
      warnings.add("“一、信息目录”读出 " + catalogueCount + " 条，“二、具体内容”有 " + items.size() + " 条");
    }
    header
        .leadCount()
        .filter(n -> n != items.size())
        .ifPresent(
            n ->
                warnings.add(
                    "第 " + header.leadLine() + " 行：导语说有 " + n + " 篇，本期有 " + items.size() + " 条"));
    Period period = header.period().orElseGet(() -> series.periodFor(header.date()));
    return new ParsedBulletin(series, header.number(), header.date(), period, items, warnings);
  }

  /** The index of the title line among the first lines. */
  private int seriesTitle(List<MarkdownLine> lines) throws BulletinFormatException {
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      if (seriesOf(lines.get(i)).isPresent()) {
        return i;
      }
    }
    MarkdownLine first = lines.get(0);
    throw new BulletinFormatException(
        first.no(),
        "“"
            + ItemReader.abbreviate(first.text())
            + "”不是已配置的简报系列的标题行（已知："
            + String.join("、", config.seriesByTitle().keySet())
            + "）");
  }

  private Optional<Series> seriesOf(MarkdownLine line) {
    String key = ChineseText.compareKey(Marker.of(line).rest());
    for (Map.Entry<String, Series> e : config.seriesByTitle().entrySet()) {
      String title = ChineseText.compareKey(e.getKey());
      // the title alone, or with the issue number after it: 全国…周报（第六五七期）
      if (key.equals(title) || (key.startsWith(title) && NUMBER_IN_LINE.matcher(key).find())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  private record Header(
      int number,
      LocalDate date,
      Optional<Period> period,
      Optional<Integer> leadCount,
      int leadLine) {}

  /** 一、信息目录, or 二、具体内容 when an issue has no catalogue. */
  private static boolean startsSection(MarkdownLine line) {
    return isSection(line, CATALOGUE) || isSection(line, CONTENT);
  }

  private static boolean isSection(MarkdownLine line, Pattern which) {
    return which.matcher(Marker.of(line).rest()).matches();
  }

  private Header readHeader(MarkdownLine title, Cursor c, Series series, List<String> warnings)
      throws BulletinFormatException {
    Integer number = null;
    LocalDate date = null;
    Optional<Period> period = Optional.empty();
    Optional<Integer> count = Optional.empty();
    int leadLine = 0;
    Matcher inTitle = NUMBER_IN_LINE.matcher(title.text());
    if (inTitle.find()) {
      number = ChineseNumerals.parse(inTitle.group(1)).orElse(null);
    }
    while (c.peek().isPresent() && !startsSection(c.peek().get())) {
      MarkdownLine line = c.next();
      String text = Marker.of(line).rest();
      Matcher m;
      if (number == null && (m = NUMBER_LINE.matcher(text)).matches()) {
        number =
            ChineseNumerals.parse(m.group(1))
                .orElseThrow(() -> new BulletinFormatException(line.no(), "“" + text + "”不是期号"));
      } else if (date == null && (m = DATE_LINE.matcher(text)).matches()) {
        date = date(m, 1, line);
      } else if (date == null
          && !LEAD_LABEL.matcher(text).matches()
          && (m = DATE_IN_LINE.matcher(text)).find()) {
        // the date on the publisher's line: 北京市卫生健康大数据与政策研究中心 2026年01月16日
        date = date(m, 1, line);
      } else if ((m = LEAD_LABEL.matcher(text)).matches()) {
        leadLine = line.no();
        // the sentence follows the label, on its line or after it, perhaps cut by a page break
        StringBuilder lead = new StringBuilder(m.group(1));
        while (c.peek().isPresent() && !startsSection(c.peek().get())) {
          MarkdownLine next = c.next();
          if (lead.length() == 0) {
            leadLine = next.no();
          }
          lead.append(next.text());
        }
        Lead read = lead(lead.toString(), leadLine, line);
        count = read.count();
        period = read.period();
        if (period.isEmpty()) {
          warnings.add("第 " + leadLine + " 行：导语没有给出时段，按系列的规则计算");
        }
      }
    }
    if (number == null) {
      throw new BulletinFormatException(title.no(), "标题后没有期号行，如（第六五六期）");
    }
    if (date == null) {
      throw new BulletinFormatException(title.no(), "标题后没有出刊日期行，如 2026年01月09日");
    }
    if (c.peek().isEmpty()) {
      throw new BulletinFormatException(c.previous().no(), "没有“二、具体内容”部分");
    }
    if (leadLine == 0) {
      warnings.add("没有“本期导语”行；时段按系列的规则计算");
    }
    return new Header(number, date, period, count, leadLine);
  }

  private record Lead(Optional<Integer> count, Optional<Period> period) {}

  private static Lead lead(String sentence, int leadLine, MarkdownLine line)
      throws BulletinFormatException {
    Optional<Integer> count = Optional.empty();
    Matcher cm = LEAD_COUNT.matcher(sentence);
    if (cm.find()) {
      count = Optional.of(Integer.parseInt(cm.group(1)));
    }
    Matcher pm = LEAD_PERIOD.matcher(sentence);
    if (!pm.find()) {
      return new Lead(count, Optional.empty());
    }
    LocalDate from = date(pm, 1, line);
    LocalDate to = date(pm, 4, line);
    if (to.isBefore(from)) {
      throw new BulletinFormatException(leadLine, "导语的时段结束于 " + to + "，早于开始的 " + from);
    }
    return new Lead(count, Optional.of(new Period(from, to)));
  }

  static LocalDate date(Matcher m, int group, MarkdownLine line) throws BulletinFormatException {
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(group)),
          Integer.parseInt(m.group(group + 1)),
          Integer.parseInt(m.group(group + 2)));
    } catch (DateTimeException e) {
      throw new BulletinFormatException(
          line.no(), "不是真实的日期：" + m.group() + "（" + e.getMessage() + "）");
    }
  }

  /**
   * The number of entries of 一、信息目录 (empty when the issue has none): an entry starts at a marked
   * line, or at the first line after an outlet line {@code （人民网）}; other lines continue a title
   * that a line break cut.
   */
  private static Optional<Integer> readCatalogue(Cursor c) {
    if (!isSection(c.peek().orElseThrow(), CATALOGUE)) {
      return Optional.empty(); // no catalogue: the issue starts with 二、具体内容
    }
    c.next(); // the 信息目录 heading
    int entries = 0;
    boolean afterOutlet = true;
    while (c.peek().isPresent() && !isSection(c.peek().get(), CONTENT)) {
      MarkdownLine line = c.next();
      if (OUTLET_PAREN.matcher(line.text()).matches()) {
        afterOutlet = true;
        continue;
      }
      if (CATALOGUE_HEADER.matcher(line.text()).matches()) {
        continue; // a catalogue table's header row
      }
      if (afterOutlet || Marker.of(line).present() || TABLE_ROW.matcher(line.text()).find()) {
        entries++;
      }
      afterOutlet = false;
    }
    return Optional.of(entries);
  }

  /** Walks the lines. */
  private static final class Cursor {
    private final List<MarkdownLine> lines;
    private int pos;

    Cursor(List<MarkdownLine> lines) {
      this.lines = lines;
    }

    Optional<MarkdownLine> peek() {
      return pos < lines.size() ? Optional.of(lines.get(pos)) : Optional.empty();
    }

    MarkdownLine next() {
      return lines.get(pos++);
    }

    MarkdownLine previous() {
      return lines.get(Math.max(0, pos - 1));
    }

    List<MarkdownLine> remaining() {
      List<MarkdownLine> rest = lines.subList(pos, lines.size());
      pos = lines.size();
      return rest;
    }
  }
}
