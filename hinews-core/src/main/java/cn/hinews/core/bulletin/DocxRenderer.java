package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Block;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The issue as a Word document in the 红头 layout of a Chinese internal bulletin: A4, red masthead,
 * issue number, publisher and date on one line above a red rule, then the lead, the catalogue (each
 * entry a link to its item) and the items, with page numbers "— 1 —" in the footer.
 */
final class DocxRenderer implements BulletinRenderer {
  /** A4 in twentieths of a point, and the margins of GB/T 9704 (37, 26, 35, 28 mm). */
  static final int PAGE_WIDTH = 11906;

  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN_TOP = 2098;
  static final int MARGIN_RIGHT = 1474;
  static final int MARGIN_BOTTOM = 1984;
  static final int MARGIN_LEFT = 1588;

  /** Bookmark of item {@code n}, the target of its catalogue entry. */
  static String anchor(int n) {
    return "item" + n;
  }

  @Override
  public void render(BulletinView view, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxStyles.install(doc);
      DocxStyles.installFontTable(doc);
      page(doc);
      footer(doc);
      properties(doc, view);
      var series = view.series();
      var issue = view.issue();
      text(doc, DocxStyles.MASTHEAD, series.title());
      XWPFParagraph number = text(doc, DocxStyles.PLAIN, HouseStyle.numberLine(issue.number()));
      number.setAlignment(ParagraphAlignment.CENTER);
      byline(doc, series.publisher(), HouseStyle.chineseDate(issue.issueDate()));

      XWPFParagraph lead = doc.createParagraph();
      lead.setStyle(DocxStyles.NORMAL);
      XWPFRun label = lead.createRun();
      label.setText(HouseStyle.LEAD_LABEL);
      label.setBold(true);
      lead.createRun().setText(HouseStyle.lead(series, issue.period(), view.entries().size()));

      text(doc, DocxStyles.HEADING_1, HouseStyle.CATALOGUE_HEADING);
      int n = 0;
      for (BulletinEntry e : view.entries()) {
        n++;
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.PLAIN);
        internalLink(p, anchor(n), n + ". " + e.title());
        XWPFParagraph outlet = text(doc, DocxStyles.PLAIN, HouseStyle.catalogueOutlet(e.outlet()));
        outlet.setIndentationLeft(DocxStyles.BODY_HALF_POINTS * 20);
      }

      text(doc, DocxStyles.HEADING_1, HouseStyle.CONTENT_HEADING);
      n = 0;
      for (BulletinEntry e : view.entries()) {
        n++;
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle(DocxStyles.HEADING_2);
        CTBookmark start = heading.getCTP().addNewBookmarkStart();
        start.setName(anchor(n));
        start.setId(BigInteger.valueOf(n));
        heading.createRun().setText(HouseStyle.itemHeading(n, e.title()));
        heading.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(n));

        text(doc, DocxStyles.FIELD, HouseStyle.outletLine(e.outlet()));
        XWPFParagraph link = doc.createParagraph();
        link.setStyle(DocxStyles.FIELD);
        link.createRun().setText(HouseStyle.LINK_LABEL);
        XWPFHyperlinkRun url = link.createHyperlinkRun(e.url());
        url.setText(e.url());
        url.setUnderline(UnderlinePatterns.SINGLE);
        url.setColor("1A4FA0");
        text(doc, DocxStyles.FIELD, HouseStyle.CONTENT_LABEL);
        text(doc, DocxStyles.ITEM_TITLE, e.title());
        XWPFParagraph dateLine = text(doc, DocxStyles.FIELD, HouseStyle.dateLine(e));
        dateLine.setAlignment(ParagraphAlignment.CENTER);
        for (Block b : e.body()) {
          String style =
              switch (b.kind()) {
                case PARAGRAPH -> DocxStyles.NORMAL;
                case SUBHEADING -> DocxStyles.HEADING_3;
                case IMAGE_CAPTION -> DocxStyles.CAPTION;
              };
          text(doc, style, b.text());
        }
      }
      doc.write(out);
    }
  }

  private static XWPFParagraph text(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.createRun().setText(text);
    return p;
  }

  /** Publisher at the left, date at the right margin, a red rule under both. */
  private static void byline(XWPFDocument doc, String publisher, String date) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(DocxStyles.PLAIN);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTTabStop tab = ppr.addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setPos(BigInteger.valueOf(PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT));
    CTBorder bottom = ppr.addNewPBdr().addNewBottom();
    bottom.setVal(STBorder.SINGLE);
    bottom.setSz(BigInteger.valueOf(18));
    bottom.setSpace(BigInteger.valueOf(4));
    bottom.setColor(DocxStyles.RED);
    XWPFRun r = p.createRun();
    r.setText(publisher);
    r.addTab();
    r.setText(date);
    p.setSpacingAfter(240);
  }

  /** A run that jumps to a bookmark of this document. */
  private static void internalLink(XWPFParagraph p, String bookmark, String text) {
    CTHyperlink link = p.getCTP().addNewHyperlink();
    link.setAnchor(bookmark);
    CTR r = link.addNewR();
    r.addNewT().setStringValue(text);
    p.addRun(new XWPFHyperlinkRun(link, r, p));
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect =
        doc.getDocument().getBody().isSetSectPr()
            ? doc.getDocument().getBody().getSectPr()
            : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setHeader(BigInteger.valueOf(851));
    margins.setFooter(BigInteger.valueOf(992));
  }

  /** "— 1 —": a PAGE field between two dashes, centred. */
  private static void footer(XWPFDocument doc) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().setText("— ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    p.createRun().setText("1");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    p.createRun().setText(" —");
  }

  private static void properties(XWPFDocument doc, BulletinView view) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(view.series().title() + HouseStyle.numberLine(view.issue().number()));
    core.setCreator(view.series().publisher());
    core.setDescription(
        HouseStyle.lead(view.series(), view.issue().period(), view.entries().size()));
    core.setCreated(
        Optional.of(
            java.util.Date.from(
                view.issue().issueDate().atStartOfDay().toInstant(ZoneOffset.ofHours(8)))));
  }
}
