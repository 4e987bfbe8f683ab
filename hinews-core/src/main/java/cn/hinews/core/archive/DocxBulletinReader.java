package cn.hinews.core.archive;

import cn.hinews.core.archive.MarkdownLine.ListMark;
import cn.hinews.core.text.ChineseText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Reads a Word bulletin — ours, or one that Word or another office suite wrote — into the lines the
 * bulletin parser reads. Word's structure is explicit: heading styles (English or Chinese names,
 * {@code Heading 1}, {@code 标题 1}) or a wholly bold paragraph are headings, the Caption style (题注)
 * or a wholly italic paragraph is a caption, every other paragraph is a paragraph. Automatic list
 * numbers are written out ({@link WordNumbering}); a table row of several cells is one line (a
 * catalogue entry), a one-column table's paragraphs are lines (a masthead); text boxes are read
 * where they are anchored; text is read with tracked changes accepted and links from hyperlinks and
 * HYPERLINK fields ({@link WordParagraph}). Line numbers are paragraph numbers.
 */
final class DocxBulletinReader {
  private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");
  private static final Set<String> HEADER_CELLS =
      Set.of("序号", "编号", "标题", "题目", "来源", "媒体", "信息来源", "名称", "");

  private final XWPFDocument doc;
  private final WordNumbering numbering;
  private final List<MarkdownLine> lines = new ArrayList<>();
  private int no;

  private DocxBulletinReader(XWPFDocument doc) {
    this.doc = doc;
    this.numbering = new WordNumbering(doc);
  }

  static List<MarkdownLine> read(InputStream in) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(in)) {
      DocxBulletinReader reader = new DocxBulletinReader(doc);
      for (IBodyElement element : doc.getBodyElements()) {
        reader.element(element);
      }
      return reader.lines;
    }
  }

  private void element(IBodyElement element) {
    if (element instanceof XWPFParagraph p) {
      paragraph(p);
    } else if (element instanceof XWPFTable t) {
      table(t);
    }
  }

  private void table(XWPFTable t) {
    for (XWPFTableRow row : t.getRows()) {
      List<XWPFTableCell> cells = row.getTableCells();
      List<String> texts = cells.stream().map(c -> ChineseText.normalize(c.getText())).toList();
      long filled = texts.stream().filter(s -> !s.isEmpty()).count();
      if (filled < 2) {
        for (XWPFTableCell cell : cells) {
          cell.getParagraphs().forEach(this::paragraph);
          cell.getTables().forEach(this::table);
        }
        continue;
      }
      no++;
      if (texts.stream().allMatch(HEADER_CELLS::contains)) {
        continue; // the header row of a catalogue table
      }
      String text = String.join(" ", texts.stream().filter(s -> !s.isEmpty()).toList());
      lines.add(new MarkdownLine(no, text, 0, false, false, 1, false, ListMark.BULLET, List.of()));
    }
  }

  private void paragraph(XWPFParagraph p) {
    no++;
    WordParagraph read = WordParagraph.read(p, doc);
    for (CTP box : read.textBoxes()) {
      paragraph(new XWPFParagraph(box, p.getBody()));
    }
    Optional<WordNumbering.Label> label = numbering.next(p);
    String text = read.text();
    if (text.isBlank()) {
      return;
    }
    ListMark list = ListMark.NONE;
    if (label.isPresent() && label.get() instanceof WordNumbering.Numbered n) {
      // as Word shows it: 1. 标题, 一、标题, （一）标题 (no space after Chinese punctuation)
      String shown = n.shown().strip();
      boolean cjkEnd = !shown.isEmpty() && shown.charAt(shown.length() - 1) > 0x2000;
      text = shown + (cjkEnd ? "" : " ") + text.stripLeading();
      list = ListMark.ORDERED;
    } else if (label.isPresent()) {
      list = ListMark.BULLET;
    }
    String style = styleName(p);
    int heading = headingLevel(style);
    boolean caption =
        style.equalsIgnoreCase("caption") || style.equals("题注") || (heading == 0 && read.italic());
    boolean bold = heading == 0 && !caption && read.bold();
    // a tab separates the publisher from the date on the masthead's last line; a line break
    // (Shift+Enter) goes on in the same paragraph: the grammar joins what is not a new field
    String[] parts = text.split("\n", -1);
    boolean first = true;
    String before = "";
    for (String line : parts) {
      for (String cell : line.split("[\t\u000B]")) {
        String clean = ChineseText.normalize(cell);
        if (clean.isEmpty()) {
          continue;
        }
        lines.add(
            new MarkdownLine(
                no,
                clean,
                heading,
                bold,
                caption,
                // after a sentence, a line break starts a paragraph (text pasted from the web)
                first || BodyReader.endsSentence(before) ? 1 : 0,
                false,
                first ? list : ListMark.NONE,
                read.links()));
        first = false;
        before = clean;
      }
    }
  }

  private String styleName(XWPFParagraph p) {
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
}
