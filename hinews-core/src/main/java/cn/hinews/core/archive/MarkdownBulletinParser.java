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
 * Reads a bulletin in any Markdown variant of the archive (heading levels, bold labels, the three
 * link forms, half- and full-width punctuation, spaces between Chinese and digits, image captions,
 * paragraphs cut by a page break) into a {@link ParsedBulletin}.
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
  private static final Pattern CATALOGUE = Pattern.compile("^(?:[一1]\\s*[、.．]\\s*)?信息目录\\s*[:：]?$");
  private static final Pattern CONTENT = Pattern.compile("^(?:[二2]\\s*[、.．]\\s*)?具体内容\\s*[:：]?$");
  private static final Pattern OUTLET_PAREN = Pattern.compile("^[(（]\\s*(.+?)\\s*[)）]$");

  private final HinewsConfig config;

  public MarkdownBulletinParser(HinewsConfig config) {
    this.config = config;
  }

  /** Reads one file's text. */
  public ParsedBulletin parse(String content) throws BulletinFormatException {
    List<MarkdownLine> lines = MarkdownLine.read(content);
    boolean explicit = !lines.isEmpty() && lines.get(0).text().equals(HouseStyle.MARKDOWN_MARKER);
    return parse(explicit ? lines.subList(1, lines.size()) : lines, explicit);
  }

  /**
   * Reads a bulletin given as lines.
   *
   * @param explicit the structure is marked: see {@link HouseStyle#MARKDOWN_MARKER}
   */
  ParsedBulletin parse(List<MarkdownLine> lines, boolean explicit) throws BulletinFormatException {
    if (lines.isEmpty()) {
      throw new BulletinFormatException(0, "the file is empty");
    }
    List<String> warnings = new ArrayList<>();
    Cursor c = new Cursor(lines);

    Series series = readSeries(c);
    Header header = readHeader(c, series, warnings);
    List<Catalogued> catalogue = readCatalogue(c);
    MarkdownLine contentHeading =
        c.peek()
            .orElseThrow(
                () ->
                    new BulletinFormatException(
                        lines.get(lines.size() - 1).no(), "no 二、具体内容 section"));
    c.next();
    List<ParsedItem> items =
        ItemReader.readItems(
            c.remaining(), Set.of(ChineseText.compareKey(series.title())), explicit);
    if (items.isEmpty()) {
      throw new BulletinFormatException(
          contentHeading.no(),
          "二、具体内容 has no item: an item starts with '1. 标题：…' (or '1. …') followed by a 来源 line");
    }
    if (!catalogue.isEmpty() && catalogue.size() != items.size()) {
      throw new BulletinFormatException(
          catalogue.get(0).line(),
          "一、信息目录 lists "
              + catalogue.size()
              + " items but 二、具体内容 has "
              + items.size()
              + " (each item there starts with '<n>. 标题：…' followed by a 来源 line)");
    }
    header
        .leadCount()
        .filter(n -> n != items.size())
        .ifPresent(
            n ->
                warnings.add(
                    "line "
                        + header.leadLine()
                        + ": the lead says "
                        + n
                        + " items, the issue has "
                        + items.size()));
    Period period = header.period().orElseGet(() -> series.periodFor(header.date()));
    return new ParsedBulletin(series, header.number(), header.date(), period, items, warnings);
  }

  private Series readSeries(Cursor c) throws BulletinFormatException {
    Map<String, Series> byTitle = config.seriesByTitle();
    MarkdownLine first = c.peek().orElseThrow();
    for (int i = 0; i < 3 && c.peek().isPresent(); i++) {
      MarkdownLine line = c.next();
      for (Map.Entry<String, Series> e : byTitle.entrySet()) {
        String key = ChineseText.compareKey(line.text());
        String title = ChineseText.compareKey(e.getKey());
        // the title alone, or with the issue number after it: 全国…周报（第六五七期）
        if (key.equals(title) || (key.startsWith(title) && NUMBER_IN_LINE.matcher(key).find())) {
          return e.getValue();
        }
      }
    }
    throw new BulletinFormatException(
        first.no(),
        "'"
            + first.text()
            + "' is not the title line of a configured series (known: "
            + String.join("、", byTitle.keySet())
            + ")");
  }

  private record Header(
      int number,
      LocalDate date,
      Optional<Period> period,
      Optional<Integer> leadCount,
      int leadLine) {}

  private Header readHeader(Cursor c, Series series, List<String> warnings)
      throws BulletinFormatException {
    Integer number = null;
    LocalDate date = null;
    Optional<Period> period = Optional.empty();
    Optional<Integer> count = Optional.empty();
    int leadLine = 0;
    MarkdownLine title = c.previous();
    int titleLine = title.no();
    Matcher inTitle = NUMBER_IN_LINE.matcher(title.text());
    if (inTitle.find()) {
      number = ChineseNumerals.parse(inTitle.group(1)).orElse(null);
    }
    while (c.peek().isPresent() && !CATALOGUE.matcher(c.peek().get().text()).matches()) {
      MarkdownLine line = c.next();
      String text = line.text();
      Matcher m;
      if (number == null && (m = NUMBER_LINE.matcher(text)).matches()) {
        number =
            ChineseNumerals.parse(m.group(1))
                .orElseThrow(
                    () ->
                        new BulletinFormatException(
                            line.no(), "'" + text + "' is not an issue number"));
      } else if (date == null && (m = DATE_LINE.matcher(text)).matches()) {
        date = date(m, 1, line);
      } else if (date == null
          && !LEAD_LABEL.matcher(text).matches()
          && (m = DATE_IN_LINE.matcher(text)).find()) {
        // the date on the publisher's line: 北京市卫生健康大数据与政策研究中心 2026年01月16日
        date = date(m, 1, line);
      } else if ((m = LEAD_LABEL.matcher(text)).matches()) {
        leadLine = line.no();
        String sentence = m.group(1);
        // the sentence follows the label, on its line or after it, perhaps cut by a page break
        StringBuilder lead = new StringBuilder(sentence);
        while (c.peek().isPresent() && !CATALOGUE.matcher(c.peek().get().text()).matches()) {
          MarkdownLine next = c.next();
          if (lead.length() == 0) {
            leadLine = next.no();
          }
          lead.append(next.text());
        }
        sentence = lead.toString();
        Matcher cm = LEAD_COUNT.matcher(sentence);
        if (cm.find()) {
          count = Optional.of(Integer.parseInt(cm.group(1)));
        }
        Matcher pm = LEAD_PERIOD.matcher(sentence);
        if (pm.find()) {
          LocalDate from = date(pm, 1, line);
          LocalDate to = date(pm, 4, line);
          if (to.isBefore(from)) {
            throw new BulletinFormatException(
                leadLine, "the lead's period ends " + to + " before it starts " + from);
          }
          period = Optional.of(new Period(from, to));
        } else {
          warnings.add("line " + leadLine + ": the lead gives no period; the series rule is used");
        }
      }
    }
    if (number == null) {
      throw new BulletinFormatException(
          titleLine, "no issue number line such as （第六五六期） after the title");
    }
    if (date == null) {
      throw new BulletinFormatException(
          titleLine, "no issue date line such as 2026年01月09日 after the title");
    }
    if (c.peek().isEmpty()) {
      throw new BulletinFormatException(c.previous().no(), "no 一、信息目录 section");
    }
    if (leadLine == 0) {
      warnings.add("no 本期导语 line; the period comes from the series rule");
    }
    return new Header(number, date, period, count, leadLine);
  }

  static LocalDate date(Matcher m, int group, MarkdownLine line) throws BulletinFormatException {
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(group)),
          Integer.parseInt(m.group(group + 1)),
          Integer.parseInt(m.group(group + 2)));
    } catch (DateTimeException e) {
      throw new BulletinFormatException(
          line.no(), "not a real date: " + m.group() + " (" + e.getMessage() + ")");
    }
  }

  private record Catalogued(String title, int line) {}

  private List<Catalogued> readCatalogue(Cursor c) {
    c.next(); // the 信息目录 heading
    List<Catalogued> entries = new ArrayList<>();
    while (c.peek().isPresent() && !CONTENT.matcher(c.peek().get().text()).matches()) {
      MarkdownLine line = c.next();
      Matcher m = ItemReader.NUMBERED.matcher(line.text());
      if (m.matches()) {
        entries.add(new Catalogued(m.group(2).strip(), line.no()));
      }
    }
    return entries;
  }

  /** Walks the non-blank lines. */
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
