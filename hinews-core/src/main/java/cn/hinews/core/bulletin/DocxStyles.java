package cn.hinews.core.bulletin;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles of a bulletin: real {@code Normal}, {@code Heading 1..3} and {@code Caption} so
 * that Word's navigation pane and table of contents work. Fonts carry the names Word on Windows
 * knows (仿宋, 黑体, 宋体); elsewhere the system substitutes its CJK fonts (Noto CJK on Linux).
 */
final class DocxStyles {
  static final String NORMAL = "Normal";
  static final String HEADING_1 = "Heading1";
  static final String HEADING_2 = "Heading2";
  static final String HEADING_3 = "Heading3";
  static final String CAPTION = "Caption";
  static final String MASTHEAD = "Masthead";
  static final String ITEM_TITLE = "ItemTitle";
  static final String FIELD = "Field";
  static final String PLAIN = "Plain";

  static final String BODY_FONT = "仿宋";
  static final String HEADING_FONT = "黑体";
  static final String MASTHEAD_FONT = "宋体";
  static final String LATIN_FONT = "Times New Roman";
  static final String RED = "C00000";

  /** Twentieths of a point: 14 pt body text. */
  static final int BODY_HALF_POINTS = 28;

  private DocxStyles() {}

  static void install(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTStyle normal = style(NORMAL, "Normal", null, BODY_FONT, BODY_HALF_POINTS, false);
    CTPPrGeneral np = normal.addNewPPr();
    np.addNewSpacing().setLine(BigInteger.valueOf(360));
    np.getSpacing().setLineRule(STLineSpacingRule.AUTO);
    np.getSpacing().setAfter(BigInteger.ZERO);
    np.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
    np.getInd().setFirstLine(BigInteger.valueOf(BODY_HALF_POINTS * 20));
    np.addNewJc().setVal(STJc.BOTH);
    normal.addNewQFormat();
    styles.addStyle(new XWPFStyle(normal, styles));

    styles.addStyle(new XWPFStyle(heading(HEADING_1, "heading 1", 0, 32), styles));
    styles.addStyle(new XWPFStyle(heading(HEADING_2, "heading 2", 1, 28), styles));
    styles.addStyle(new XWPFStyle(heading(HEADING_3, "heading 3", 2, 28), styles));

    CTStyle caption = style(CAPTION, "caption", NORMAL, BODY_FONT, 24, false);
    CTPPrGeneral cp = caption.addNewPPr();
    cp.addNewJc().setVal(STJc.CENTER);
    noIndent(cp);
    caption.addNewQFormat();
    styles.addStyle(new XWPFStyle(caption, styles));

    CTStyle masthead = style(MASTHEAD, "Bulletin Masthead", NORMAL, MASTHEAD_FONT, 52, true);
    masthead.getRPr().addNewColor().setVal(RED);
    masthead.getRPr().addNewSpacing().setVal(BigInteger.valueOf(40));
    CTPPrGeneral mp = masthead.addNewPPr();
    mp.addNewJc().setVal(STJc.CENTER);
    mp.addNewSpacing().setBefore(BigInteger.valueOf(240));
    noIndent(mp);
    styles.addStyle(new XWPFStyle(masthead, styles));

    CTStyle itemTitle = style(ITEM_TITLE, "Bulletin Item Title", NORMAL, HEADING_FONT, 30, true);
    CTPPrGeneral ip = itemTitle.addNewPPr();
    ip.addNewJc().setVal(STJc.CENTER);
    ip.addNewKeepNext();
    ip.addNewSpacing().setBefore(BigInteger.valueOf(120));
    noIndent(ip);
    styles.addStyle(new XWPFStyle(itemTitle, styles));

    // lines of the masthead and the catalogue: unindented, and free to break across pages
    CTStyle plain = style(PLAIN, "Bulletin Line", NORMAL, BODY_FONT, BODY_HALF_POINTS, false);
    CTPPrGeneral pp = plain.addNewPPr();
    pp.addNewJc().setVal(STJc.LEFT);
    noIndent(pp);
    styles.addStyle(new XWPFStyle(plain, styles));

    // the labels of an item (来源, 链接, 主要内容): kept with what follows them
    CTStyle field = style(FIELD, "Bulletin Field", NORMAL, BODY_FONT, BODY_HALF_POINTS, false);
    CTPPrGeneral fp = field.addNewPPr();
    fp.addNewKeepNext();
    fp.addNewJc().setVal(STJc.LEFT);
    noIndent(fp);
    styles.addStyle(new XWPFStyle(field, styles));
  }

  /**
   * A font table naming, for each of our Windows fonts, its Noto CJK alternate and its GB2312
   * character set, so that a machine without 仿宋/黑体/宋体 substitutes a CJK font of the same family
   * rather than anything at all.
   */
  static void installFontTable(XWPFDocument doc) throws java.io.IOException {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    font(xml, BODY_FONT, "Noto Serif CJK SC", "roman");
    font(xml, MASTHEAD_FONT, "Noto Serif CJK SC", "roman");
    font(xml, HEADING_FONT, "Noto Sans CJK SC", "swiss");
    xml.append("<w:font w:name=\"")
        .append(LATIN_FONT)
        .append("\"><w:family w:val=\"roman\"/></w:font>");
    xml.append("</w:fonts>");
    try {
      org.apache.poi.openxml4j.opc.OPCPackage pkg = doc.getPackage();
      org.apache.poi.openxml4j.opc.PackagePartName name =
          org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/fontTable.xml");
      org.apache.poi.openxml4j.opc.PackagePart part =
          pkg.createPart(
              name, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
      try (java.io.OutputStream out = part.getOutputStream()) {
        out.write(xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      doc.getPackagePart()
          .addRelationship(
              name,
              org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
              org.apache.poi.xwpf.usermodel.XWPFRelation.FONT_TABLE.getRelation());
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new java.io.IOException("cannot add the font table: " + e.getMessage(), e);
    }
  }

  private static void font(StringBuilder xml, String name, String alternate, String family) {
    xml.append("<w:font w:name=\"")
        .append(name)
        .append("\"><w:altName w:val=\"")
        .append(alternate)
        .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"")
        .append(family)
        .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
  }

  private static CTStyle heading(String id, String name, int level, int halfPoints) {
    CTStyle s = style(id, name, NORMAL, HEADING_FONT, halfPoints, true);
    CTPPrGeneral p = s.addNewPPr();
    p.addNewKeepNext();
    p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    p.addNewSpacing().setBefore(BigInteger.valueOf(level == 0 ? 240 : 160));
    p.getSpacing().setAfter(BigInteger.valueOf(80));
    p.addNewJc().setVal(STJc.LEFT);
    if (level < 2) {
      noIndent(p);
    }
    s.addNewQFormat();
    return s;
  }

  private static void noIndent(CTPPrGeneral p) {
    p.addNewInd().setFirstLine(BigInteger.ZERO);
    p.getInd().setFirstLineChars(BigInteger.ZERO);
  }

  private static CTStyle style(
      String id, String name, String basedOn, String eastAsiaFont, int halfPoints, boolean bold) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
    }
    s.addNewNext().setVal(NORMAL);
    CTRPr r = s.addNewRPr();
    CTFonts fonts = r.addNewRFonts();
    fonts.setEastAsia(eastAsiaFont);
    fonts.setAscii(LATIN_FONT);
    fonts.setHAnsi(LATIN_FONT);
    fonts.setCs(LATIN_FONT);
    r.addNewLang().setEastAsia("zh-CN");
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      r.addNewB();
    }
    return s;
  }
}
