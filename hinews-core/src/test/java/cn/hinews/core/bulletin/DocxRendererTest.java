package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.archive.SeedFixtures;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/** The Word rendering of each seed, reopened with POI and checked from the outside. */
class DocxRendererTest {
  static List<String> seeds() {
    return SeedFixtures.NAMES;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void hasTheStylesTheLinksAndEveryText(String name) throws Exception {
    BulletinView view = Seeds.view(name);
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(Seeds.render("docx", view)))) {
      for (String style : List.of("Normal", "Heading1", "Heading2", "Heading3", "Caption")) {
        assertThat(doc.getStyles().styleExist(style)).as(style).isTrue();
      }
      assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      assertThat(paragraphs.get(0).getText()).isEqualTo(view.series().title());
      assertThat(paragraphs.get(1).getText())
          .isEqualTo(HouseStyle.numberLine(view.issue().number()));

      List<String> headings = new ArrayList<>();
      for (XWPFParagraph p : paragraphs) {
        if ("Heading2".equals(p.getStyleID())) {
          headings.add(p.getText());
        }
      }
      List<String> expectedHeadings = new ArrayList<>();
      for (int i = 0; i < view.entries().size(); i++) {
        expectedHeadings.add(HouseStyle.itemHeading(i + 1, view.entries().get(i).title()));
      }
      assertThat(headings).containsExactlyElementsOf(expectedHeadings);

      List<String> urls = new ArrayList<>();
      for (XWPFHyperlink link : doc.getHyperlinks()) {
        urls.add(link.getURL());
      }
      assertThat(urls).containsAll(view.entries().stream().map(BulletinEntry::url).toList());

      List<String> anchors = new ArrayList<>();
      for (XWPFParagraph p : paragraphs) {
        for (CTHyperlink h : p.getCTP().getHyperlinkList()) {
          if (h.getAnchor() != null) {
            anchors.add(h.getAnchor());
          }
        }
      }
      assertThat(anchors).hasSize(view.entries().size()).allMatch(a -> a.startsWith("item"));

      // every body block, in order, with the style of its kind
      int at = 0;
      for (BulletinEntry e : view.entries()) {
        for (Block b : e.body()) {
          int found = indexOf(paragraphs, b.text(), at);
          assertThat(found).as("%s: %s", name, b.text()).isGreaterThanOrEqualTo(0);
          String expectedStyle =
              b.kind() == BlockKind.PARAGRAPH
                  ? "Normal"
                  : b.kind() == BlockKind.SUBHEADING ? "Heading3" : "Caption";
          assertThat(paragraphs.get(found).getStyleID()).as(b.text()).isEqualTo(expectedStyle);
          at = found + 1;
        }
      }
      var fontTable =
          doc.getPackage()
              .getPart(
                  org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(
                      "/word/fontTable.xml"));
      String fonts =
          new String(
              fontTable.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(fonts)
          .contains("w:name=\"仿宋\"", "Noto Serif CJK SC", "w:name=\"黑体\"", "Noto Sans CJK SC");
      String footer = doc.getFooterList().get(0).getText().strip();
      assertThat(footer).startsWith("— ").endsWith(" —");
      assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText())
          .contains("PAGE");
    }
  }

  private static int indexOf(List<XWPFParagraph> paragraphs, String text, int from) {
    for (int i = from; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).getText().equals(text)) {
        return i;
      }
    }
    return -1;
  }
}
