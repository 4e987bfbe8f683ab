package cn.hinews.core.archive;

import cn.hinews.core.domain.Block;
import cn.hinews.core.text.ChineseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of 二、具体内容: where each starts (a numbered or 标题 line followed by its 来源 line), its 来源,
 * 链接 and 主要内容, the repeated title and date line, and the body (see {@link BodyReader}).
 */
final class ItemReader {
  static final Pattern NUMBERED =
      Pattern.compile("^(\\d{1,3})\\s*(?:[.．、]\\s*(?:标题\\s*[:：]\\s*)?|标题\\s*[:：]\\s*)(.+)$");
  static final Pattern TITLE_LABEL = Pattern.compile("^标题\\s*[:：]\\s*(.+)$");
  static final Pattern OUTLET_LABEL = Pattern.compile("^来源\\s*[:：]\\s*(.*)$");
  static final Pattern LINK_LABEL = Pattern.compile("^链接\\s*[:：]?\\s*(.*)$");
  static final Pattern CONTENT_LABEL = Pattern.compile("^主要内容\\s*[:：]?\\s*(.*)$");
  static final Pattern ITEM_DATE =
      Pattern.compile(
          "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*(?:来源\\s*[:：]\\s*(.*))?$");
  static final Pattern MD_LINK = Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?\\s*\\)");
  static final Pattern ANGLE_LINK = Pattern.compile("<([^>\\s]+)>");
  static final Pattern BARE_LINK = Pattern.compile("(https?://\\S+)");

  private ItemReader() {}

  static List<ParsedItem> readItems(
      List<MarkdownLine> rest, Set<String> runningHeads, boolean explicit)
      throws BulletinFormatException {
    List<ParsedItem> items = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
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

  private static ParsedItem readItem(
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
        date = Optional.of(MarkdownBulletinParser.date(dm, 1, body.get(j)));
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

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
