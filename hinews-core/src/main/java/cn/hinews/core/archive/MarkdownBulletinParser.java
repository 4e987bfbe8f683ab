package cn.hinews.core.archive;

import cn.hinews.core.bulletin.HouseStyle;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Block;
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
  private static final Pattern NUMBER_LINE =
      Pattern.compile("^[(（]?\\s*第\\s*([0-9〇零○一二三四五六七八九十百]+)\\s*期?\\s*[)）]?$");
  private static final Pattern LEAD_LABEL = Pattern.compile("^本期导语\\s*[:：]?\\s*(.*)$");
  private static final Pattern LEAD_COUNT = Pattern.compile("共收集\\s*(\\d{1,4})\\s*篇");
  private static final Pattern LEAD_PERIOD =
      Pattern.compile("时间从\\s*" + DATE + "\\s*(?:至|到|—|－|-|~|～)\\s*" + DATE);
  private static final Pattern CATALOGUE = Pattern.compile("^(?:[一1]\\s*[、.．]\\s*)?信息目录\\s*[:：]?$");
  private static final Pattern CONTENT = Pattern.compile("^(?:[二2]\\s*[、.．]\\s*)?具体内容\\s*[:：]?$");
  private static final Pattern NUMBERED =
      Pattern.compile("^(\\d{1,3})\\s*(?:[.．、]\\s*(?:标题\\s*[:：]\\s*)?|标题\\s*[:：]\\s*)(.+)$");
  private static final Pattern TITLE_LABEL = Pattern.compile("^标题\\s*[:：]\\s*(.+)$");
  private static final Pattern OUTLET_PAREN = Pattern.compile("^[(（]\\s*(.+?)\\s*[)）]$");
  private static final Pattern OUTLET_LABEL = Pattern.compile("^来源\\s*[:：]\\s*(.*)$");
  private static final Pattern LINK_LABEL = Pattern.compile("^链接\\s*[:：]?\\s*(.*)$");
  private static final Pattern CONTENT_LABEL = Pattern.compile("^主要内容\\s*[:：]?\\s*(.*)$");
  private static final Pattern ITEM_DATE =
      Pattern.compile(
          "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*(?:来源\\s*[:：]\\s*(.*))?$");
  private static final Pattern MD_LINK =
      Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?\\s*\\)");
  private static final Pattern ANGLE_LINK = Pattern.compile("<([^>\\s]+)>");
  private static final Pattern BARE_LINK = Pattern.compile("(https?://\\S+)");

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
    List<ParsedItem> items = readItems(c, Set.of(ChineseText.compareKey(series.title())), explicit);
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
        if (ChineseText.compareKey(line.text()).equals(ChineseText.compareKey(e.getKey()))) {
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
    int titleLine = c.previous().no();
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

  private static LocalDate date(Matcher m, int group, MarkdownLine line)
      throws BulletinFormatException {
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
      Matcher m = NUMBERED.matcher(line.text());
      if (m.matches()) {
        entries.add(new Catalogued(m.group(2).strip(), line.no()));
      }
    }
    return entries;
  }

  private List<ParsedItem> readItems(Cursor c, Set<String> runningHeads, boolean explicit)
      throws BulletinFormatException {
    List<ParsedItem> items = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<MarkdownLine> rest = c.remaining();
    int expected = 1;
    for (int i = 0; i < rest.size(); i++) {
      if (itemHead(rest, i, expected).isPresent()) {
        starts.add(i);
        expected++;
      }
    }
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : rest.size();
      items.add(readItem(rest.subList(from, to), k + 1, runningHeads, explicit));
    }
    if (!starts.isEmpty() && starts.get(0) > 0) {
      MarkdownLine stray = rest.get(0);
      throw new BulletinFormatException(
          stray.no(), "text before the first item of 二、具体内容: '" + abbreviate(stray.text()) + "'");
    }
    return items;
  }

  /** An item's header: its title (joined if a line break cut it) and where its 来源 line is. */
  private record ItemHead(String title, int outletLine) {}

  /**
   * The header if line {@code i} starts item number {@code n}: numbered (or labelled 标题), and a 来源
   * line follows within two lines; lines between are the rest of a title that was cut.
   */
  private static Optional<ItemHead> itemHead(List<MarkdownLine> lines, int i, int n) {
    String text = lines.get(i).text();
    if (lines.get(i).escaped()) {
      return Optional.empty(); // written as text on purpose
    }
    Matcher m = NUMBERED.matcher(text);
    String title;
    if (m.matches() && Integer.parseInt(m.group(1)) == n) {
      title = m.group(2).strip();
    } else if ((m = TITLE_LABEL.matcher(text)).matches()) {
      title = m.group(1).strip();
    } else {
      return Optional.empty();
    }
    StringBuilder full = new StringBuilder(title);
    for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
      String next = lines.get(j).text();
      if (OUTLET_LABEL.matcher(next).matches()) {
        return Optional.of(new ItemHead(full.toString(), j));
      }
      if (LINK_LABEL.matcher(next).matches()
          || CONTENT_LABEL.matcher(next).matches()
          || NUMBERED.matcher(next).matches()
          || TITLE_LABEL.matcher(next).matches()) {
        return Optional.empty(); // another heading, not the rest of a cut title
      }
      full.append(next);
    }
    return Optional.empty();
  }

  private ParsedItem readItem(
      List<MarkdownLine> lines, int n, Set<String> runningHeads, boolean explicit)
      throws BulletinFormatException {
    MarkdownLine head = lines.get(0);
    ItemHead itemHead =
        itemHead(lines, 0, n)
            .orElseThrow(
                () -> new BulletinFormatException(head.no(), "item " + n + " has no 来源 line"));
    String title = itemHead.title();
    String outlet = null;
    String url = null;
    int i = itemHead.outletLine();
    int bodyStart = -1;
    String inlineBody = "";
    for (; i < lines.size() && bodyStart < 0; i++) {
      MarkdownLine line = lines.get(i);
      Matcher m;
      if (outlet == null && (m = OUTLET_LABEL.matcher(line.text())).matches()) {
        outlet = m.group(1).strip();
      } else if (url == null && (m = LINK_LABEL.matcher(line.text())).matches()) {
        String rawLink = linkText(line, m.group(1));
        if (rawLink.isEmpty() && i + 1 < lines.size()) {
          rawLink = linkText(lines.get(i + 1), lines.get(i + 1).text());
          i++;
        }
        url = url(rawLink, lines.get(i));
      } else if ((m = CONTENT_LABEL.matcher(line.text())).matches()) {
        bodyStart = i + 1;
        inlineBody = m.group(1);
      } else {
        throw new BulletinFormatException(
            line.no(),
            "item "
                + n
                + ": expected 来源, 链接 or 主要内容 before the body, found '"
                + abbreviate(line.text())
                + "'");
      }
    }
    if (outlet == null || outlet.isEmpty()) {
      throw new BulletinFormatException(head.no(), "item " + n + " has no 来源 (outlet)");
    }
    if (url == null) {
      throw new BulletinFormatException(head.no(), "item " + n + " has no 链接 (link)");
    }
    if (bodyStart < 0) {
      throw new BulletinFormatException(head.no(), "item " + n + " has no 主要内容 (body)");
    }
    List<MarkdownLine> body = new ArrayList<>(lines.subList(bodyStart, lines.size()));
    if (!inlineBody.isEmpty()) {
      body.add(0, MarkdownLine.of(lines.get(bodyStart - 1).no(), inlineBody, 1));
    }
    // the title again, then "2026-01-16 来源：人民网"
    Optional<LocalDate> date = Optional.empty();
    String sourceLine = "";
    int skip = 0;
    for (int j = 0; j < Math.min(2, body.size()); j++) {
      Matcher dm = ITEM_DATE.matcher(body.get(j).text());
      if (dm.matches()) {
        date = Optional.of(date(dm, 1, body.get(j)));
        String said = dm.group(4) == null ? "" : dm.group(4).strip();
        if (!said.isEmpty() && !said.equals(outlet)) {
          sourceLine = said;
        }
        skip = j + 1;
        break;
      }
    }
    if (skip == 0
        && !body.isEmpty()
        && ChineseText.compareKey(body.get(0).text()).equals(ChineseText.compareKey(title))) {
      skip = 1;
      // an undated item's line is a bare 来源：X
      if (body.size() > 1) {
        Matcher bare = OUTLET_LABEL.matcher(body.get(1).text());
        if (bare.matches() && bare.group(1).strip().equals(outlet)) {
          skip = 2;
        }
      }
    }
    List<MarkdownLine> text = body.subList(skip, body.size());
    if (text.isEmpty()) {
      throw new BulletinFormatException(head.no(), "item " + n + " has an empty 主要内容");
    }
    List<Block> blocks = BodyReader.read(text, runningHeads, explicit);
    return new ParsedItem(title, outlet, url, date, sourceLine, blocks, head.no());
  }

  /** The link's text as written: Markdown link syntax keeps its escapes until {@link #url}. */
  private static String linkText(MarkdownLine line, String afterLabel) {
    return afterLabel.strip();
  }

  private static String url(String written, MarkdownLine line) throws BulletinFormatException {
    String s = written.strip();
    Matcher m;
    String found;
    if ((m = MD_LINK.matcher(s)).find()) {
      found = m.group(1);
    } else if ((m = ANGLE_LINK.matcher(s)).find()) {
      found = m.group(1);
    } else if ((m = BARE_LINK.matcher(s)).find()) {
      found = m.group(1);
    } else {
      throw new BulletinFormatException(
          line.no(), "链接 is not a web address: '" + abbreviate(s) + "'");
    }
    found = found.replace("\\", "");
    try {
      java.net.URI uri = new java.net.URI(found);
      String scheme = uri.getScheme();
      if (uri.getHost() == null
          || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        throw new BulletinFormatException(
            line.no(), "链接 is not an http(s) address: '" + found + "'");
      }
    } catch (java.net.URISyntaxException e) {
      throw new BulletinFormatException(
          line.no(), "链接 is not a valid address: '" + found + "' (" + e.getReason() + ")");
    }
    return found;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
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
