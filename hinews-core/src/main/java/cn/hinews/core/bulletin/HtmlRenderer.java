package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Block;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The issue as one self-contained XHTML page (inline CSS, no external resource) in the layout of a
 * Chinese institutional bulletin: red masthead, issue number, publisher and date above a red rule,
 * lead, catalogue linked to the items, items. The print variant is the input of the PDF renderer:
 * same markup, page CSS and PDF bookmarks.
 */
final class HtmlRenderer implements BulletinRenderer {
  /** Where the page goes. */
  enum Medium {
    SCREEN,
    PRINT
  }

  private static final String SCREEN_SERIF =
      "\"FangSong\", \"仿宋\", \"STFangsong\", \"SimSun\", \"宋体\", \"Noto Serif CJK SC\","
          + " \"Source Han Serif SC\", \"AR PL UMing CN\", serif";
  private static final String SCREEN_SANS =
      "\"SimHei\", \"黑体\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Zen Hei\","
          + " sans-serif";

  private static final String SCREEN_PAGE =
      """
      body { max-width: 46em; margin: 2em auto; padding: 0 1.5em; background: #fff; }
      """;

  private static final String PRINT_PAGE =
      """
      @page { size: A4; margin: 30mm 26mm 28mm 28mm;
              @bottom-center { content: "— " counter(page) " —"; font-family: "hinews-serif";
                               font-size: 11pt; } }
      body { margin: 0; }
      """;

  private static final String LAYOUT =
      """
      body { font-family: {serif}; font-size: 14pt; line-height: 1.75; color: #000; }
      .masthead { font-family: {serif}; font-weight: bold; color: #c00000; text-align: center;
                  font-size: 22pt; line-height: 1.4; margin: 0; text-indent: 0; }
      .number { text-align: center; margin: 6pt 0 12pt 0; }
      .byline { font-size: 13pt; margin: 0; }
      .byline .date { float: right; }
      .rule { border-top: 2.5pt solid #c00000; margin: 4pt 0 14pt 0; height: 0; clear: both; }
      h1, h2, h3, h4 { font-family: {sans}; font-weight: bold; line-height: 1.5; }
      h1 { font-size: 16pt; margin: 16pt 0 8pt 0; }
      h1, h2, h3, h4, p.field, p.dateline { page-break-after: avoid; }
      h2 { font-size: 14pt; margin: 16pt 0 4pt 0; }
      h3.repeat { font-size: 15pt; text-align: center; margin: 10pt 0 4pt 0; }
      h4 { font-size: 14pt; margin: 8pt 0 2pt 0; text-indent: 2em; }
      p { margin: 0 0 4pt 0; text-indent: 2em; text-align: justify; }
      p.lead { text-indent: 2em; }
      p.field { text-indent: 0; }
      p.field a, .catalogue a { color: #000; }
      p.field a { word-wrap: break-word; color: #1a4fa0; font-family: {latin}; }
      p.dateline { text-align: center; text-indent: 0; color: #333; }
      p.caption { text-align: center; text-indent: 0; font-size: 12pt; color: #333; }
      .catalogue { margin: 0 0 8pt 0; }
      .catalogue .entry { margin: 0; text-indent: 0; }
      .catalogue .outlet { margin: 0 0 4pt 2em; text-indent: 0; }
      .catalogue a { text-decoration: none; }
      """;

  private final Medium medium;

  HtmlRenderer(Medium medium) {
    this.medium = medium;
  }

  @Override
  public void render(BulletinView view, OutputStream out) throws IOException {
    out.write(toHtml(view).getBytes(StandardCharsets.UTF_8));
  }

  String toHtml(BulletinView view) {
    var series = view.series();
    var issue = view.issue();
    StringBuilder h = new StringBuilder(32_768);
    h.append(
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n<title>")
        .append(esc(series.title() + HouseStyle.numberLine(issue.number())))
        .append("</title>\n");
    if (medium == Medium.PRINT) {
      h.append("<bookmarks>\n");
      h.append("<bookmark name=\"")
          .append(HouseStyle.CATALOGUE_HEADING)
          .append("\" href=\"#catalogue\"/>\n");
      h.append("<bookmark name=\"")
          .append(HouseStyle.CONTENT_HEADING)
          .append("\" href=\"#content\">\n");
      int n = 0;
      for (BulletinEntry e : view.entries()) {
        n++;
        h.append("<bookmark name=\"")
            .append(esc(n + ". " + e.title()))
            .append("\" href=\"#item-")
            .append(n)
            .append("\"/>\n");
      }
      h.append("</bookmark>\n</bookmarks>\n");
    }
    h.append("<style>\n")
        .append(medium == Medium.PRINT ? PRINT_PAGE : SCREEN_PAGE)
        .append(layout())
        .append("</style>\n</head>\n<body>\n");
    h.append("<p class=\"masthead\">").append(esc(series.title())).append("</p>\n");
    h.append("<p class=\"number\">").append(HouseStyle.numberLine(issue.number())).append("</p>\n");
    h.append("<p class=\"byline\"><span class=\"publisher\">")
        .append(esc(series.publisher()))
        .append("</span><span class=\"date\">")
        .append(HouseStyle.chineseDate(issue.issueDate()))
        .append("</span></p>\n<div class=\"rule\"></div>\n");
    h.append("<p class=\"lead\"><b>")
        .append(HouseStyle.LEAD_LABEL)
        .append("</b>")
        .append(esc(HouseStyle.lead(series, issue.period(), view.entries().size())))
        .append("</p>\n");
    h.append("<h1 id=\"catalogue\">").append(HouseStyle.CATALOGUE_HEADING).append("</h1>\n");
    h.append("<div class=\"catalogue\">\n");
    int n = 0;
    for (BulletinEntry e : view.entries()) {
      n++;
      h.append("<p class=\"entry\"><a href=\"#item-")
          .append(n)
          .append("\">")
          .append(n)
          .append(". ")
          .append(esc(e.title()))
          .append("</a></p>\n<p class=\"outlet\">")
          .append(esc(HouseStyle.catalogueOutlet(e.outlet())))
          .append("</p>\n");
    }
    h.append("</div>\n<h1 id=\"content\">").append(HouseStyle.CONTENT_HEADING).append("</h1>\n");
    n = 0;
    for (BulletinEntry e : view.entries()) {
      n++;
      h.append("<div class=\"item\" id=\"item-").append(n).append("\">\n");
      h.append("<h2>").append(esc(HouseStyle.itemHeading(n, e.title()))).append("</h2>\n");
      h.append("<p class=\"field\">")
          .append(esc(HouseStyle.outletLine(e.outlet())))
          .append("</p>\n");
      h.append("<p class=\"field\">")
          .append(HouseStyle.LINK_LABEL)
          .append("<a href=\"")
          .append(esc(e.url()))
          .append("\">")
          .append(esc(e.url()))
          .append("</a></p>\n");
      h.append("<p class=\"field\">").append(HouseStyle.CONTENT_LABEL).append("</p>\n");
      h.append("<h3 class=\"repeat\">").append(esc(e.title())).append("</h3>\n");
      h.append("<p class=\"dateline\">").append(esc(HouseStyle.dateLine(e))).append("</p>\n");
      for (Block b : e.body()) {
        switch (b.kind()) {
          case PARAGRAPH -> h.append("<p>").append(esc(b.text())).append("</p>\n");
          case SUBHEADING -> h.append("<h4>").append(esc(b.text())).append("</h4>\n");
          case IMAGE_CAPTION ->
              h.append("<p class=\"caption\">").append(esc(b.text())).append("</p>\n");
        }
      }
      h.append("</div>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** The layout CSS with this medium's font families. */
  private String layout() {
    boolean print = medium == Medium.PRINT;
    return LAYOUT
        .replace("{serif}", print ? quoted(PdfFonts.SERIF) : SCREEN_SERIF)
        .replace("{sans}", print ? quoted(PdfFonts.SANS) : SCREEN_SANS)
        .replace(
            "{latin}",
            print
                ? quoted(PdfFonts.LATIN) + ", " + quoted(PdfFonts.SERIF)
                : "\"Times New Roman\", \"Liberation Serif\", serif");
  }

  private static String quoted(String family) {
    return "\"" + family + "\"";
  }

  /** XML-escapes text (and drops characters XML cannot carry). */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c != 0xFFFE && c != 0xFFFF) {
              out.append(c);
            }
          }
        }
      }
    }
    return out.toString();
  }
}
