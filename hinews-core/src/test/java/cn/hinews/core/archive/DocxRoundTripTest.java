package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A Word document we wrote imports back to the same issue; so does a plainer one. */
class DocxRoundTripTest {
  private final MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());

  static List<String> seeds() {
    return SeedFixtures.NAMES;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ourDocxReadsBackToTheSameIssue(String name) throws Exception {
    ParsedBulletin original = parser.parse(SeedFixtures.seed(name));
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    Renderers.standard()
        .forFormat("docx")
        .orElseThrow()
        .render(BulletinImporter.preview(original), docx);
    ParsedBulletin back =
        parser.parse(DocxBulletinReader.read(new ByteArrayInputStream(docx.toByteArray())), true);
    assertThat(back.series()).isEqualTo(original.series());
    assertThat(back.number()).isEqualTo(original.number());
    assertThat(back.issueDate()).isEqualTo(original.issueDate());
    assertThat(back.period()).isEqualTo(original.period());
    assertThat(back.items())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
        .isEqualTo(original.items());
  }

  @Test
  void aPlainerWordDocumentWithTheSameHeadings() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String line :
          List.of(
              "北京市卫生信息化舆情监测月报",
              "（第五五六期）",
              "北京市卫生健康大数据与政策研究中心\n2026年03月31日",
              "本期导语：本期月报共收集1篇卫生信息化相关信息，时间从2026年03月01日至2026年03月31日，监测范围包括全国主流媒体及政府网站等。",
              "一、信息目录",
              "1. 北京上线互联网诊疗监管平台",
              "（北京日报）",
              "二、具体内容",
              "1. 标题：北京上线互联网诊疗监管平台",
              "来源：北京日报",
              "链接：https://xinwen.bjd.com.cn/content/s0000000000000000.html",
              "主要内容：",
              "北京上线互联网诊疗监管平台",
              "2026-03-12 来源：北京日报",
              "平台建成",
              "北京市互联网诊疗监管平台日前上线运行")) {
        XWPFParagraph p = doc.createParagraph();
        var run = p.createRun();
        String[] parts = line.split("\n");
        run.setText(parts[0]);
        for (int i = 1; i < parts.length; i++) {
          run.addBreak(); // Shift+Enter inside one paragraph
          run.setText(parts[i]);
        }
        if (line.equals("平台建成")) {
          run.setBold(true);
        }
      }
      doc.write(bytes);
    }
    ParsedBulletin b =
        parser.parse(DocxBulletinReader.read(new ByteArrayInputStream(bytes.toByteArray())), true);
    assertThat(b.number()).isEqualTo(556);
    assertThat(b.items()).hasSize(1);
    ParsedItem item = b.items().get(0);
    assertThat(item.url()).isEqualTo("https://xinwen.bjd.com.cn/content/s0000000000000000.html");
    assertThat(item.body())
        .extracting(x -> x.kind().name() + ":" + x.text())
        .containsExactly("SUBHEADING:平台建成", "PARAGRAPH:北京市互联网诊疗监管平台日前上线运行");
  }
}
