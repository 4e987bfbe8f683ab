package cn.hinews.core.archive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * One Word paragraph's text as Word shows it with tracked changes accepted: inserted runs in,
 * deleted and moved-away runs out; tabs and line breaks kept; a field's result without its code, a
 * HYPERLINK field's or a hyperlink's target kept as a link; whether all of it is bold or italic;
 * and the paragraphs of the text boxes anchored in it (read once, not again from their VML
 * fallback).
 *
 * @param text the text, {@code \t} for tabs and {@code \n} for line breaks
 * @param bold every letter and digit is bold
 * @param italic every letter and digit is italic
 * @param links the targets of its links, in order
 * @param textBoxes the paragraphs of the text boxes anchored in it
 */
record WordParagraph(
    String text, boolean bold, boolean italic, List<String> links, List<CTP> textBoxes) {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final Pattern HYPERLINK =
      Pattern.compile("(?i)^\\s*HYPERLINK\\s+(?:\\\\[a-z]\\s+)*\"?([^\"\\s]+)\"?");

  WordParagraph {
    links = List.copyOf(links);
    textBoxes = List.copyOf(textBoxes);
  }

  /** Reads a paragraph of a document. */
  static WordParagraph read(XWPFParagraph p, XWPFDocument doc) {
    Walk walk = new Walk(p, doc);
    try (XmlCursor c = p.getCTP().newCursor()) {
      walk.children(c);
    }
    return new WordParagraph(
        walk.text.toString(),
        walk.visible > 0 && walk.boldChars == walk.visible,
        walk.visible > 0 && walk.italicChars == walk.visible,
        walk.links,
        walk.boxes);
  }

  /** The state of one walk through a paragraph's XML. */
  private static final class Walk {
    final XWPFParagraph paragraph;
    final XWPFDocument doc;
    final StringBuilder text = new StringBuilder();
    final List<String> links = new ArrayList<>();
    final List<CTP> boxes = new ArrayList<>();
    final Deque<StringBuilder> fields = new ArrayDeque<>();
    boolean bold;
    boolean italic;
    int visible;
    int boldChars;
    int italicChars;

    Walk(XWPFParagraph paragraph, XWPFDocument doc) {
      this.paragraph = paragraph;
      this.doc = doc;
    }

    /** Walks the children of the element the cursor is on. */
    void children(XmlCursor c) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        element(c);
      } while (c.toNextSibling());
      c.toParent();
    }

    private void element(XmlCursor c) {
      QName name = c.getName();
      String local = name.getLocalPart();
      if (MC.equals(name.getNamespaceURI())) {
        if (!local.equals("Fallback")) {
          children(c); // AlternateContent, Choice: the first rendering
        }
        return;
      }
      if (!W.equals(name.getNamespaceURI())) {
        children(c); // drawings and shapes: look for their text boxes
        return;
      }
      switch (local) {
        case "del", "moveFrom", "pPr", "rPr", "delText", "delInstrText" -> {}
        case "txbxContent" -> textBox(c);
        case "r" -> run(c);
        case "t" -> append(c.getTextValue());
        case "tab", "ptab" -> text.append('\t');
        case "br", "cr" -> text.append('\n');
        case "instrText" -> {
          if (!fields.isEmpty()) {
            fields.peek().append(c.getTextValue());
          }
        }
        case "fldChar" -> fieldChar(c.getAttributeText(new QName(W, "fldCharType")));
        case "fldSimple" -> {
          link(c.getAttributeText(new QName(W, "instr")));
          children(c);
        }
        case "hyperlink" -> {
          hyperlink(c.getAttributeText(new QName(R, "id")));
          children(c);
        }
        default -> children(c); // ins, moveTo, smartTag, sdt, sdtContent, customXml …
      }
    }

    private void run(XmlCursor c) {
      XmlObject o = c.getObject();
      if (o instanceof CTR ctr) {
        XWPFRun r = new XWPFRun(ctr, paragraph);
        bold = r.isBold();
        italic = r.isItalic();
      }
      children(c);
    }

    private void append(String s) {
      text.append(s);
      // letters and digits only: office suites leave quotation marks unstyled beside CJK text
      int n = (int) s.codePoints().filter(Character::isLetterOrDigit).count();
      visible += n;
      boldChars += bold ? n : 0;
      italicChars += italic ? n : 0;
    }

    private void fieldChar(String type) {
      String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
      if (t.equals("begin")) {
        fields.push(new StringBuilder());
      } else if (t.equals("separate") && !fields.isEmpty()) {
        link(fields.peek().toString());
      } else if (t.equals("end") && !fields.isEmpty()) {
        fields.pop();
      }
    }

    private void link(String instruction) {
      if (instruction == null) {
        return;
      }
      Matcher m = HYPERLINK.matcher(instruction);
      if (m.find()) {
        links.add(m.group(1));
      }
    }

    private void hyperlink(String id) {
      if (id == null || id.isEmpty()) {
        return;
      }
      XWPFHyperlink h = doc.getHyperlinkByID(id);
      if (h != null && h.getURL() != null) {
        links.add(h.getURL());
      }
    }

    private void textBox(XmlCursor c) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        if (W.equals(c.getName().getNamespaceURI()) && c.getName().getLocalPart().equals("p")) {
          try {
            boxes.add(CTP.Factory.parse(c.getDomNode()));
          } catch (XmlException e) {
            throw new IllegalStateException("a text box paragraph that is not a paragraph", e);
          }
        }
      } while (c.toNextSibling());
      c.toParent();
    }
  }
}
