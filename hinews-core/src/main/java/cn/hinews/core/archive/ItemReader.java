package cn.hinews.core.archive;

import cn.hinews.core.domain.Block;
import cn.hinews.core.text.ChineseText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of 二、具体内容: where each starts (a marked or 标题 line followed by its 来源 line), its 来源, 链接
 * and 主要内容 — each label inline or with its value on the next line —, the repeated title and date
 * line, and the body (see {@link BodyReader}).
 */
final class ItemReader {
  static final Pattern TITLE_LABEL = Pattern.compile("^标题\\s*[:：]\\s*(.*)$");
  static final Pattern OUTLET_LABEL = Pattern.compile("^来源\\s*[:：]\\s*(.*)$");
  static final Pattern LINK_LABEL = Pattern.compile("^(?:(?:原文)?链接|网址)\\s*[:：]?\\s*(.*)$");
  static final Pattern CONTENT_LABEL = Pattern.compile("^主要内容\\s*[:：]?\\s*(.*)$");
  private static final Pattern INLINE_LABEL =
      Pattern.compile("(?:\\s+|(?<!\\p{IsHan}))(?=(?:来源|(?:原文)?链接|网址|主要内容)\\s*[:：])");
  static final Pattern ITEM_DATE =
      Pattern.compile(
          "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
              + "(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?\\s*(?:来源\\s*[:：]\\s*(.*))?$");

  /** The date line the other way round: {@code 来源：人民网 2026-01-16}. */
  static final Pattern ITEM_DATE_AFTER =
      Pattern.compile(
          "^来源\\s*[:：]\\s*(\\S+?)\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");

  static final Pattern MD_LINK = Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?\\s*\\)");
  static final Pattern ANGLE_LINK = Pattern.compile("<([^>\\s]+)>");
  static final Pattern BARE_LINK = Pattern.compile("((?:https?://|www\\.)[^\\s<>()（）\"]+)");

  /**
   * How far after an item's first line its 来源 label may be (a cut title, a label on its own line).
   */
  private static final int HEAD_REACH = 5;

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
    if (!starts.isEmpty() && starts.get(0) > 0) {
      MarkdownLine stray = rest.get(0);
      throw new BulletinFormatException(
          stray.no(), "“二、具体内容”的第一条之前有文字：“" + abbreviate(stray.text()) + "”");
    }
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : rest.size();
      items.add(readItem(rest.subList(from, to), k + 1, runningHeads, explicit));
    }
    return items;
  }

  /** An item's header: its title (joined if a line break cut it) and where its 来源 line is. */
  private record ItemHead(String title, int outletLine) {}

  /** A labelled line of an item's header. */
  private enum Label {
    TITLE(TITLE_LABEL),
    OUTLET(OUTLET_LABEL),
    LINK(LINK_LABEL),
    CONTENT(CONTENT_LABEL);

    private final Pattern pattern;

    Label(Pattern pattern) {
      this.pattern = pattern;
    }
  }

  private record Labelled(Label label, String value) {}

  /** The label a line starts with (after any list marker), if any. */
  private static Optional<Labelled> label(MarkdownLine line) {
    String text = Marker.of(line).rest();
    for (Label l : Label.values()) {
      Matcher m = l.pattern.matcher(text);
      if (m.matches()) {
        return Optional.of(new Labelled(l, m.group(1).strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * The header if line {@code i} starts item number {@code n}: marked (a number that is {@code n},
   * or a bullet) or labelled 标题, and a 来源 line follows within a few lines; lines between are the
   * rest of a title that was cut or written on the line after its label.
   */
  private static Optional<ItemHead> itemHead(List<MarkdownLine> lines, int i, int n) {
    MarkdownLine line = lines.get(i);
    if (line.escaped()) {
      return Optional.empty(); // written as text on purpose
    }
    Marker marker = Marker.of(line);
    if (marker.ordinal().filter(o -> o != n).isPresent()) {
      return Optional.empty();
    }
    Matcher m = TITLE_LABEL.matcher(marker.rest());
    String title;
    if (m.matches()) {
      title = m.group(1).strip();
    } else if (marker.present() && label(line).isEmpty()) {
      title = marker.rest();
    } else {
      return Optional.empty();
    }
    StringBuilder full = new StringBuilder(title);
    for (int j = i + 1; j < Math.min(lines.size(), i + HEAD_REACH); j++) {
      MarkdownLine next = lines.get(j);
      Optional<Labelled> l = label(next);
      if (l.isPresent() && l.get().label() == Label.OUTLET) {
        return full.length() == 0
            ? Optional.empty()
            : Optional.of(new ItemHead(full.toString(), j));
      }
      if (l.isPresent() || Marker.of(next).ordinal().isPresent()) {
        return Optional.empty(); // another heading, not the rest of a cut title
      }
      full.append(Lines.joinText(full.toString(), next.text()).substring(full.length()));
    }
    return Optional.empty();
  }

  /** What an item's header said. */
  private record Fields(String outlet, String url, int bodyStart, String inlineBody) {}

  private static ParsedItem readItem(
      List<MarkdownLine> lines, int n, Set<String> runningHeads, boolean explicit)
      throws BulletinFormatException {
    MarkdownLine head = lines.get(0);
    ItemHead itemHead =
        itemHead(lines, 0, n)
            .orElseThrow(() -> new BulletinFormatException(head.no(), "第 " + n + " 条没有“来源：”行"));
    String title = itemHead.title();
    List<MarkdownLine> split = splitLabels(lines.subList(itemHead.outletLine(), lines.size()));
    Fields fields = fields(split, n, head);
    List<MarkdownLine> body = new ArrayList<>(split.subList(fields.bodyStart(), split.size()));
    if (!fields.inlineBody().isEmpty()) {
      body.add(
          0,
          new MarkdownLine(
              split.get(fields.bodyStart() - 1).no(), fields.inlineBody(), 0, false, false, 1));
    }
    // the title again, then "2026-01-16 来源：人民网"
    Optional<LocalDate> date = Optional.empty();
    String sourceLine = "";
    int skip = 0;
    for (int j = 0; j < Math.min(2, body.size()); j++) {
      String text = Marker.of(body.get(j)).rest();
      Matcher dm = ITEM_DATE.matcher(text);
      Matcher after = ITEM_DATE_AFTER.matcher(text);
      if (dm.matches() || after.matches()) {
        boolean first = dm.matches();
        date =
            Optional.of(
                MarkdownBulletinParser.date(first ? dm : after, first ? 1 : 2, body.get(j)));
        String group = first ? dm.group(4) : after.group(1);
        String said = group == null ? "" : group.strip();
        skip = j + 1;
        if (said.isEmpty() && skip < body.size()) {
          Matcher bare = OUTLET_LABEL.matcher(body.get(skip).text());
          if (bare.matches()) {
            said = bare.group(1).strip();
            skip++;
          }
        }
        if (!said.isEmpty() && !said.equals(fields.outlet())) {
          sourceLine = said;
        }
        break;
      }
    }
    if (skip == 0 && !body.isEmpty() && sameText(body.get(0), title)) {
      skip = 1;
      // an undated item's line is a bare 来源：X
      if (body.size() > 1) {
        Matcher bare = OUTLET_LABEL.matcher(body.get(1).text());
        if (bare.matches() && bare.group(1).strip().equals(fields.outlet())) {
          skip = 2;
        }
      }
    }
    List<MarkdownLine> text = body.subList(skip, body.size());
    if (text.isEmpty()) {
      throw new BulletinFormatException(head.no(), "第 " + n + " 条的“主要内容”是空的");
    }
    List<Block> blocks = BodyReader.read(text, runningHeads, explicit);
    return new ParsedItem(
        title, fields.outlet(), fields.url(), date, sourceLine, blocks, head.no());
  }

  private static boolean sameText(MarkdownLine line, String title) {
    return ChineseText.compareKey(Marker.of(line).rest()).equals(ChineseText.compareKey(title))
        || ChineseText.compareKey(line.text()).equals(ChineseText.compareKey(title));
  }

  /**
   * The header's lines with lines that hold more than one label ({@code 来源：人民网 链接：http://…}) split
   * at each, up to 主要内容.
   */
  private static List<MarkdownLine> splitLabels(List<MarkdownLine> lines) {
    List<MarkdownLine> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      MarkdownLine line = lines.get(i++);
      if (label(line).isEmpty()) {
        out.add(line); // a value on the line after its label
        continue;
      }
      boolean content = false;
      for (String part : INLINE_LABEL.split(Marker.of(line).rest())) {
        if (!part.isBlank()) {
          out.add(line.withText(part.strip()));
          content = content || CONTENT_LABEL.matcher(part.strip()).matches();
        }
      }
      if (content) {
        break;
      }
    }
    out.addAll(lines.subList(i, lines.size()));
    return out;
  }

  /** 来源, 链接 and 主要内容, from the 来源 line on; a label's value may be on the next line. */
  private static Fields fields(List<MarkdownLine> lines, int n, MarkdownLine head)
      throws BulletinFormatException {
    String outlet = null;
    String url = null;
    for (int i = 0; i < lines.size(); i++) {
      MarkdownLine line = lines.get(i);
      Optional<Labelled> l = label(line);
      if (l.isEmpty()) {
        throw new BulletinFormatException(
            line.no(), "第 " + n + " 条：正文之前应是“来源”“链接”或“主要内容”，却是“" + abbreviate(line.text()) + "”");
      }
      String value = l.get().value();
      switch (l.get().label()) {
        case OUTLET -> {
          if (value.isEmpty() && i + 1 < lines.size() && label(lines.get(i + 1)).isEmpty()) {
            value = lines.get(++i).text();
          }
          outlet = outlet == null ? value : outlet;
        }
        case LINK -> {
          MarkdownLine where = line;
          if (value.isEmpty() && line.links().isEmpty() && i + 1 < lines.size()) {
            where = lines.get(++i);
            value = where.text();
          }
          // an address that a line break cut (a PDF's lines): its rest has no Chinese in it
          while (i + 1 < lines.size()
              && label(lines.get(i + 1)).isEmpty()
              && isAddressRest(lines.get(i + 1).text())) {
            value = value + lines.get(++i).text();
          }
          url = url == null ? url(where, value) : url;
        }
        case CONTENT -> {
          requireHeader(outlet, url, n, head);
          return new Fields(outlet, url, i + 1, value);
        }
        case TITLE ->
            throw new BulletinFormatException(
                line.no(), "第 " + n + " 条：“来源”之后又有“标题”：“" + abbreviate(line.text()) + "”");
      }
    }
    requireHeader(outlet, url, n, head);
    throw new BulletinFormatException(head.no(), "第 " + n + " 条没有“主要内容”（正文）");
  }

  private static boolean isAddressRest(String text) {
    return !text.isEmpty() && text.codePoints().allMatch(c -> c > ' ' && c < 0x7f);
  }

  private static void requireHeader(String outlet, String url, int n, MarkdownLine head)
      throws BulletinFormatException {
    if (outlet == null || outlet.isEmpty()) {
      throw new BulletinFormatException(head.no(), "第 " + n + " 条没有“来源”（媒体）");
    }
    if (url == null) {
      throw new BulletinFormatException(head.no(), "第 " + n + " 条没有“链接”");
    }
  }

  /** The address of a 链接: a link's target, else an address in the text in any Markdown form. */
  private static String url(MarkdownLine line, String written) throws BulletinFormatException {
    for (String target : line.links()) {
      if (target.matches("(?i)^(https?://|www\\.).*")) {
        return checked(target, line);
      }
    }
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
      throw new BulletinFormatException(line.no(), "“链接”不是网址：“" + abbreviate(s) + "”");
    }
    return checked(found.replace("\\", ""), line);
  }

  private static String checked(String address, MarkdownLine line) throws BulletinFormatException {
    String found = address.regionMatches(true, 0, "www.", 0, 4) ? "http://" + address : address;
    try {
      URI uri = new URI(found);
      String scheme = uri.getScheme();
      if (uri.getHost() == null
          || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        throw new BulletinFormatException(line.no(), "“链接”不是 http(s) 网址：“" + found + "”");
      }
    } catch (URISyntaxException e) {
      throw new BulletinFormatException(
          line.no(), "“链接”不是有效的网址：“" + found + "”（" + e.getReason() + "）");
    }
    return found;
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
