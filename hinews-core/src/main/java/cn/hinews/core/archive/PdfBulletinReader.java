package cn.hinews.core.archive;

import cn.hinews.core.archive.MarkdownLine.ListMark;
import cn.hinews.core.text.ChineseText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF bulletin (PDFBox text extraction, in reading order by position) into the lines the
 * bulletin grammar reads, as a conversion to Markdown would have written them: the visual lines of
 * one paragraph as soft-wrapped lines, a new paragraph where the line before ended short of the
 * margin, after a gap larger than the lines' pitch, or where the font changes; every page starts a
 * paragraph (the grammar joins what a page break cut, drops page numbers and running heads). A line
 * under a link annotation gets its target. Line numbers count the text's lines.
 */
final class PdfBulletinReader {
  /** A gap this many times the usual line pitch separates paragraphs. */
  private static final float PARAGRAPH_GAP = 1.12f;

  private PdfBulletinReader() {}

  static List<MarkdownLine> read(InputStream in) throws IOException {
    try (PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
      Stripper stripper = new Stripper();
      stripper.setSortByPosition(true);
      stripper.getText(doc);
      List<MarkdownLine> out = new ArrayList<>();
      int no = 0;
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        List<PdfLine> page = stripper.page(p + 1);
        List<Link> links = links(doc.getPage(p));
        for (int i = 0; i < page.size(); i++) {
          PdfLine line = page.get(i);
          no++;
          boolean starts = i == 0 || startsParagraph(page, i);
          List<String> targets = new ArrayList<>();
          for (Link l : links) {
            if (line.y() >= l.top() - 2 && line.y() <= l.bottom() + 2) {
              targets.add(l.uri());
            }
          }
          out.add(
              new MarkdownLine(
                  no,
                  ChineseText.normalize(line.text()),
                  0,
                  line.bold(),
                  false,
                  starts ? 1 : 0,
                  false,
                  ListMark.NONE,
                  targets));
        }
      }
      out.removeIf(l -> l.text().isEmpty());
      return out;
    }
  }

  /** One visual line: its text, where it starts and ends, its baseline from the top, its font. */
  private record PdfLine(
      int page, String text, float x0, float x1, float y, float size, boolean bold) {}

  /** A link annotation's target and its vertical extent from the top of the page. */
  private record Link(String uri, float top, float bottom) {}

  private static boolean startsParagraph(List<PdfLine> page, int i) {
    PdfLine line = page.get(i);
    PdfLine prev = page.get(i - 1);
    float right = 0;
    for (PdfLine l : page) {
      right = Math.max(right, l.x1());
    }
    float size = Math.max(1f, line.size());
    float pitch = pitch(page, size);
    // not by indentation: a centred line goes on a centred paragraph (a caption's second line)
    return line.y() - prev.y() > PARAGRAPH_GAP * pitch
        || prev.x1() < right - 1.5f * size
        || Math.abs(line.size() - prev.size()) > 0.1f * size
        || line.bold() != prev.bold();
  }

  /** The most common distance between baselines of lines of this size on the page. */
  private static float pitch(List<PdfLine> page, float size) {
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < page.size(); i++) {
      float gap = page.get(i).y() - page.get(i - 1).y();
      if (gap > 0 && Math.abs(page.get(i).size() - size) < 0.1f * size) {
        gaps.add(gap);
      }
    }
    if (gaps.isEmpty()) {
      return size * 1.5f;
    }
    gaps.sort(Float::compare);
    return gaps.get(gaps.size() / 3); // the lower third: lines inside paragraphs
  }

  private static List<Link> links(PDPage page) throws IOException {
    List<Link> out = new ArrayList<>();
    float height = page.getMediaBox().getHeight();
    for (PDAnnotation a : page.getAnnotations()) {
      if (a instanceof PDAnnotationLink link) {
        PDAction action = link.getAction();
        PDRectangle r = link.getRectangle();
        if (action instanceof PDActionURI uri && uri.getURI() != null && r != null) {
          out.add(new Link(uri.getURI(), height - r.getUpperRightY(), height - r.getLowerLeftY()));
        }
      }
    }
    return out;
  }

  /** Collects the visual lines of each page with their positions. */
  private static final class Stripper extends PDFTextStripper {
    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float x0;
    private float x1;
    private float y;
    private float size;
    private int letters;
    private int boldLetters;
    private float hanWidth;
    private int hanCount;

    List<PdfLine> page(int page) {
      return lines.stream().filter(l -> l.page() == page).toList();
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
      if (positions.isEmpty()) {
        return;
      }
      TextPosition first = positions.get(0);
      TextPosition last = positions.get(positions.size() - 1);
      if (text.length() == 0) {
        x0 = first.getXDirAdj();
        y = first.getYDirAdj();
        size = first.getFontSizeInPt();
      }
      for (TextPosition p : positions) {
        // a Chinese character is one em wide: the size as printed, whatever the text matrix
        if (Character.UnicodeScript.of(p.getUnicode().codePointAt(0))
            == Character.UnicodeScript.HAN) {
          hanWidth += p.getWidthDirAdj();
          hanCount++;
        }
      }
      x1 = Math.max(x1, last.getXDirAdj() + last.getWidthDirAdj());
      for (TextPosition p : positions) {
        String font = p.getFont() == null ? "" : String.valueOf(p.getFont().getName());
        if (!p.getUnicode().isBlank()) {
          letters++;
          boldLetters += font.contains("Bold") || font.contains("bold") ? 1 : 0;
        }
      }
      text.append(s);
    }

    @Override
    protected void writeWordSeparator() {
      text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      finish();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      finish();
      super.endPage(page);
    }

    private void finish() {
      if (text.length() > 0) {
        boolean bold = letters > 0 && boldLetters == letters;
        float em = hanCount > 0 ? hanWidth / hanCount : size;
        lines.add(new PdfLine(getCurrentPageNo(), text.toString(), x0, x1, y, em, bold));
      }
      text.setLength(0);
      x1 = 0;
      letters = 0;
      boldLetters = 0;
      hanWidth = 0;
      hanCount = 0;
    }
  }
}
