package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Forms of the labels and lines that the generator does not write but an office or a converter
 * does: spaced-out label words, 原文链接, several labels on one line, a time in the date line, the date
 * after the outlet, a running head with the issue number in it.
 */
class LabelFormsTest {
  private final MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());

  private String rendered(String text) throws Exception {
    return Renderers.markdown(BulletinImporter.preview(parser.parse(text)));
  }

  @Test
  void spacedLabelsAndOriginalLinkLabel() throws Exception {
    String seed = SeedFixtures.seed("monthly-554");
    String spaced =
        seed.replace("\n来源：北京日报\n", "\n来　源：北京日报\n")
            .replace("主要内容：\n\n打造", "主 要 内 容：\n\n打造")
            .replace("链接：\n\n<https://xinwen", "原文链接：\n\n<https://xinwen");
    assertThat(spaced).contains("来　源：北京日报", "主 要 内 容：", "原文链接：");
    assertThat(rendered(spaced)).isEqualTo(rendered(seed));
  }

  @Test
  void severalLabelsOnOneLine() throws Exception {
    String seed = SeedFixtures.seed("monthly-554");
    String inline =
        seed.replace(
            "来源：新京报\n\n链接：\n\n<https://m.bjnews.com.cn/detail/1768789566129700.html>\n\n主要内容：",
            "来源：新京报　链接：<https://m.bjnews.com.cn/detail/1768789566129700.html>　主要内容：");
    assertThat(inline).contains("来源：新京报　链接：");
    assertThat(rendered(inline)).isEqualTo(rendered(seed));
  }

  @Test
  void aTimeInTheDateLineAndTheDateAfterTheOutlet() throws Exception {
    String seed = SeedFixtures.seed("monthly-554");
    String varied =
        seed.replace("2026-01-18 来源：北京日报", "2026-01-18 09:30 来源：北京日报")
            .replace("2026-01-19 来源：新京报", "来源：新京报 2026-01-19");
    ParsedBulletin b = parser.parse(varied);
    assertThat(b.items().get(1).date()).contains(LocalDate.of(2026, 1, 18));
    assertThat(b.items().get(2).date()).contains(LocalDate.of(2026, 1, 19));
    assertThat(rendered(varied)).isEqualTo(rendered(seed));
  }

  @Test
  void aRunningHeadWithTheIssueNumberIsDropped() throws Exception {
    String seed = SeedFixtures.seed("weekly-656");
    String headed =
        seed.replace("\n\n依托自然语言处理技术", "\n\n全国卫生信息化舆情监测周报（第六五六期）\n\n- 2 -\n\n依托自然语言处理技术");
    assertThat(headed).contains("周报（第六五六期）\n\n- 2 -");
    assertThat(rendered(headed)).isEqualTo(rendered(seed));
  }

  @Test
  void anIssueWithoutCatalogue() throws Exception {
    String seed = SeedFixtures.seed("monthly-554");
    int from = seed.indexOf("### 一、信息目录");
    int to = seed.indexOf("### 二、具体内容");
    String without = seed.substring(0, from) + seed.substring(to);
    ParsedBulletin b = parser.parse(without);
    assertThat(b.items()).hasSize(3);
    assertThat(b.warnings()).isEmpty();
    assertThat(rendered(without)).isEqualTo(rendered(seed));
  }

  @Test
  void itemsAsTightBulletListsWithTheirLabels() throws Exception {
    String seed = SeedFixtures.seed("monthly-554");
    String tight =
        seed.replace(
                "#### 1. 标题: 全国儿童医疗健康宣传平台上线\n\n来源: 人民网\n\n链接:\n\n"
                    + "<http://sc.people.com.cn/n2/2026/0116/c345167-41474046.html>\n\n主要内容:",
                "- 标题: 全国儿童医疗健康宣传平台上线\n- 来源: 人民网\n"
                    + "- 链接: <http://sc.people.com.cn/n2/2026/0116/c345167-41474046.html>\n- 主要内容:")
            .replace("#### 1. 全国儿童医疗健康宣传平台上线\n\n(人民网)", "- 全国儿童医疗健康宣传平台上线\n  (人民网)");
    assertThat(tight).contains("- 来源: 人民网\n- 链接: <http").contains("  (人民网)");
    assertThat(rendered(tight)).isEqualTo(rendered(seed));
  }

  @Test
  void aConvertersCommentsAndHtmlLineBreaks() throws Exception {
    String seed = SeedFixtures.seed("monthly-554");
    String converted =
        seed.replace("\n\n启动会上", "\n\n<!-- PageBreak -->\n\n<!-- PageNumber=\"3\" -->\n\n启动会上")
            .replace(
                "来源：新京报\n\n链接：\n\n<https://m.bjnews.com.cn/detail/1768789566129700.html>",
                "来源：新京报<br>链接：<https://m.bjnews.com.cn/detail/1768789566129700.html>");
    assertThat(converted).contains("<!-- PageBreak -->").contains("新京报<br>链接");
    assertThat(rendered(converted)).isEqualTo(rendered(seed));
  }
}
