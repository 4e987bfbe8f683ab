package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.domain.Block;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What Word writes that a plain document does not have, one paragraph of WordprocessingML each: a
 * masthead in a text box (with its VML fallback), Chinese style names, the link as a HYPERLINK
 * field, tracked changes, a bullet list.
 */
class DocxWordFeaturesTest {
  private static final String NS =
      " xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
          + " xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
          + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'"
          + " xmlns:v='urn:schemas-microsoft-com:vml'";

  private final MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());

  private static String p(String style, String runs) {
    return "<w:p>" + pInner(style, runs) + "</w:p>";
  }

  private static String pInner(String style, String runs) {
    String numbered = style.startsWith("a5:") ? style.substring(3) : "";
    String id = numbered.isEmpty() ? style : "a5";
    String numPr =
        numbered.isEmpty()
            ? ""
            : "<w:numPr><w:ilvl w:val='0'/><w:numId w:val='" + numbered + "'/></w:numPr>";
    String ppr = id.isEmpty() ? "" : "<w:pPr><w:pStyle w:val='" + id + "'/>" + numPr + "</w:pPr>";
    return ppr + runs;
  }

  private static String r(String text) {
    return "<w:r><w:t xml:space='preserve'>" + text + "</w:t></w:r>";
  }

  private static String textBox(String... paragraphs) {
    String content = "<w:txbxContent>" + String.join("", paragraphs) + "</w:txbxContent>";
    return "<w:r"
        + NS
        + "><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:wsp><wps:txbx>"
        + content
        + "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        + content
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
  }

  static final String URL = "https://xinwen.bjd.com.cn/content/s0000000000000001.html";

  List<String> paragraphs() {
    return List.of(
        p("", textBox(p("", r("北京市卫生信息化舆情监测月报")), p("", r("（第五五六期）")))),
        p("", r("北京市卫生健康大数据与政策研究中心") + "<w:r><w:tab/></w:r>" + r("2026年03月31日")),
        p("a3", r("本期导语：本期月报共收集1篇卫生信息化相关信息，时间从2026年03月01日至2026年03月31日，监测范围包括全国主流媒体及政府网站等。")),
        p("a1", r("一、信息目录")),
        p("a5:1", r("北京上线互联网诊疗监管平台") + "<w:r><w:br/></w:r>" + r("（北京日报）")),
        p("a1", r("二、具体内容")),
        p("a5:2", r("标题：北京上线互联网诊疗监管平台")),
        p(
            "a3",
            r("来源：")
                + "<w:del w:id='1' w:author='x'><w:r><w:delText>人民网</w:delText></w:r></w:del>"
                + "<w:ins w:id='2' w:author='x'>"
                + r("北京日报")
                + "</w:ins>"),
        p(
            "a3",
            r("链接：")
                + "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
                + "<w:r><w:instrText xml:space='preserve'> HYPERLINK \""
                + URL
                + "\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
                + r("原文")
                + "<w:r><w:fldChar w:fldCharType='end'/></w:r>"),
        p("a3", r("主要内容：")),
        p("a3", r("北京上线互联网诊疗监管平台")),
        p("a3", r("2026-03-12 来源：北京日报")),
        p("a2", r("平台建成")),
        p(
            "a3",
            r("北京市互联网诊疗监管平台日前上线运行")
                + "<w:r><w:br/></w:r>"
                + r("，覆盖全市互联网医院。")
                + "<w:r><w:br/></w:r>"
                + r("平台由市卫生健康委建设。")));
  }

  byte[] document() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      style(styles, "a1", "标题 1");
      style(styles, "a2", "标题 3");
      style(styles, "a3", "正文");
      style(styles, "a5", "列表编号");
      doc.createNumbering();
      doc.createParagraph();
      doc.write(bytes);
    }
    return withBody(bytes.toByteArray(), String.join("", paragraphs()), NUMBERING);
  }

  /** The package with its document part's body replaced: Word's XML as Word writes it. */
  private static byte[] withBody(byte[] docx, String body, String numbering) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          xml = xml.replaceFirst("(?s)<w:body>.*</w:body>", "<w:body>" + body + "</w:body>");
          content = xml.getBytes(StandardCharsets.UTF_8);
        } else if (e.getName().equals("word/numbering.xml")) {
          content = numbering.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Two lists of one decimal format: the catalogue's and the items'. */
  static final String NUMBERING =
      "<w:numbering"
          + NS
          + "><w:abstractNum w:abstractNumId='7'><w:lvl w:ilvl='0'><w:start w:val='1'/>"
          + "<w:numFmt w:val='decimal'/><w:lvlText w:val='%1.'/></w:lvl></w:abstractNum>"
          + "<w:num w:numId='1'><w:abstractNumId w:val='7'/></w:num>"
          + "<w:num w:numId='2'><w:abstractNumId w:val='7'/></w:num></w:numbering>";

  private static void style(XWPFStyles styles, String id, String name) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    styles.addStyle(new XWPFStyle(s));
  }

  @Test
  void textBoxMastheadChineseStylesFieldLinkTrackedChangesAndNumbering() throws Exception {
    List<MarkdownLine> lines = DocxBulletinReader.read(new ByteArrayInputStream(document()));
    // the text box is read once, not again from its VML fallback
    assertThat(lines).filteredOn(l -> l.text().equals("北京市卫生信息化舆情监测月报")).hasSize(1);
    assertThat(lines).filteredOn(l -> l.text().equals("一、信息目录")).allMatch(l -> l.heading() == 1);
    // automatic numbers, written out; the catalogue's soft line break keeps its outlet apart
    assertThat(lines)
        .extracting(MarkdownLine::text)
        .contains("1. 北京上线互联网诊疗监管平台", "（北京日报）", "1. 标题：北京上线互联网诊疗监管平台");
    ParsedBulletin b = parser.parse(lines, true);
    assertThat(b.series().id()).isEqualTo("monthly");
    assertThat(b.number()).isEqualTo(556);
    ParsedItem item = b.items().get(0);
    assertThat(item.title()).isEqualTo("北京上线互联网诊疗监管平台");
    assertThat(item.outlet()).as("the deletion is gone, the insertion in").isEqualTo("北京日报");
    assertThat(item.url()).as("the HYPERLINK field's target, not its text").isEqualTo(URL);
    assertThat(item.body())
        .containsExactly(
            Block.subheading("平台建成"),
            Block.paragraph("北京市互联网诊疗监管平台日前上线运行，覆盖全市互联网医院。"),
            // a line break after a sentence starts a paragraph; one inside a sentence does not
            Block.paragraph("平台由市卫生健康委建设。"));
  }
}
