package cn.hinews.core.archive;

import cn.hinews.core.text.ChineseText;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word bulletin in the house structure — ours, or a plainer document with the same headings
 * — into the lines the bulletin parser reads. Word's structure is explicit: heading styles (or a
 * wholly bold paragraph) are headings, the Caption style is a caption, every other paragraph is a
 * paragraph; automatic list numbers are written out. Line numbers are paragraph numbers.
 */
final class DocxBulletinReader {
  private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");
  private static final Pattern LINK_LABEL = Pattern.compile("^链接\\s*[:：]?\\s*(.*)$");

  private DocxBulletinReader() {}

  static List<MarkdownLine> read(InputStream in) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(in)) {
      List<MarkdownLine> lines = new ArrayList<>();
      Map<BigInteger, Integer> listCounters = new HashMap<>();
      int no = 0;
      for (IBodyElement element : doc.getBodyElements()) {
        for (XWPFParagraph p : paragraphs(element)) {
          no++;
          add(lines, doc, p, no, listCounters);
        }
      }
      return lines;
    }
  }

  private static List<XWPFParagraph> paragraphs(IBodyElement element) {
    if (element instanceof XWPFParagraph p) {
      return List.of(p);
    }
    List<XWPFParagraph> out = new ArrayList<>();
    if (element instanceof XWPFTable t) {
      for (XWPFTableRow row : t.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          out.addAll(cell.getParagraphs());
        }
      }
    }
    return out;
  }

  private static void add(
      List<MarkdownLine> lines,
      XWPFDocument doc,
      XWPFParagraph p,
      int no,
      Map<BigInteger, Integer> listCounters) {
    String text = p.getText();
    if (text == null || text.isBlank()) {
      return;
    }
    if (p.getNumID() != null && !"bullet".equals(p.getNumFmt())) {
      int n = listCounters.merge(p.getNumID(), 1, Integer::sum);
      text = n + ". " + text;
    }
    Matcher link = LINK_LABEL.matcher(text.strip());
    if (link.matches() && !link.group(1).contains("http")) {
      for (XWPFRun run : p.getRuns()) {
        if (run instanceof XWPFHyperlinkRun h) {
          XWPFHyperlink target = h.getHyperlink(doc);
          if (target != null && target.getURL() != null) {
            text = "链接：" + target.getURL();
            break;
          }
        }
      }
    }
    String style = styleName(doc, p);
    int heading = headingLevel(style);
    boolean caption = style.equalsIgnoreCase("caption") || style.equals("题注");
    boolean bold = heading == 0 && !caption && allBold(p);
    // a tab separates the publisher from the date on the masthead's last line; Shift+Enter breaks
    // a paragraph into lines
    for (String part : text.split("[\t\n\r\u000B]")) {
      String clean = ChineseText.normalize(part);
      if (!clean.isEmpty()) {
        lines.add(new MarkdownLine(no, clean, heading, bold, caption, 1));
      }
    }
  }

  private static String styleName(XWPFDocument doc, XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null) {
      return "";
    }
    XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
    String name = style != null && style.getName() != null ? style.getName() : id;
    return name.strip();
  }

  static int headingLevel(String styleName) {
    String s = styleName.toLowerCase(Locale.ROOT).replace("heading", "heading ").strip();
    Matcher m = HEADING_STYLE.matcher(s.replaceAll("\\s+", " "));
    if (m.matches()) {
      return Integer.parseInt(m.group(1));
    }
    return s.equals("title") ? 1 : 0;
  }

  private static boolean allBold(XWPFParagraph p) {
    boolean any = false;
    for (XWPFRun r : p.getRuns()) {
      String t = r.text();
      if (t == null || t.isBlank()) {
        continue;
      }
      if (!r.isBold()) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
