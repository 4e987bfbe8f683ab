package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownBulletinParserTest {
  private final MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());

  static List<String> seeds() {
    return SeedFixtures.NAMES;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rendersEachSeedToItsCheckedGoldenFile(String name) throws Exception {
    ParsedBulletin parsed = parser.parse(SeedFixtures.seed(name));
    String rendered = Renderers.markdown(BulletinImporter.preview(parsed));
    Path out = Path.of("target", "golden", name + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, rendered, StandardCharsets.UTF_8);
    assertThat(rendered).isEqualTo(SeedFixtures.expected(name));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void renderingReadsBackToTheSameIssue(String name) throws Exception {
    ParsedBulletin parsed = parser.parse(SeedFixtures.seed(name));
    ParsedBulletin again = parser.parse(Renderers.markdown(BulletinImporter.preview(parsed)));
    assertThat(again.series()).isEqualTo(parsed.series());
    assertThat(again.number()).isEqualTo(parsed.number());
    assertThat(again.issueDate()).isEqualTo(parsed.issueDate());
    assertThat(again.period()).isEqualTo(parsed.period());
    assertThat(again.items())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
        .isEqualTo(parsed.items());
  }

  @Test
  void weekly656HeaderWithoutHeadingsOrQi() throws Exception {
    ParsedBulletin b = parser.parse(SeedFixtures.seed("weekly-656"));
    assertThat(b.series().id()).isEqualTo("weekly");
    assertThat(b.number()).isEqualTo(656);
    assertThat(b.issueDate()).isEqualTo(LocalDate.of(2026, 1, 9));
    assertThat(b.period())
        .isEqualTo(new Period(LocalDate.of(2025, 12, 27), LocalDate.of(2026, 1, 9)));
    assertThat(b.items())
        .extracting(ParsedItem::outlet)
        .containsExactly("新华网", "北京青年报", "新华网", "央广网");
    assertThat(b.items())
        .extracting(ParsedItem::url)
        .containsExactly(
            "http://www.xinhuanet.com/local/20251228/5d283c14355e4050a08709c05b844ba3/c.html",
            "https://epaper.ynet.com/html/2025-12/31/content_444593.htm?div=-1",
            "http://zj.news.cn/20260106/cb4c6cd213f843bf887c02015dcde92a/c.html",
            "https://xm.cnr.cn/jkgy/20260108/t20260108_527486573.shtml");
    assertThat(b.items().get(0).title()).isEqualTo("AI医生“出诊”记——探访北京“AI+”实践");
    assertThat(b.items().get(0).date()).contains(LocalDate.of(2025, 12, 28));
  }

  @Test
  void pageBreakCutParagraphIsJoinedAndSubheadingsStayApart() throws Exception {
    ParsedBulletin b = parser.parse(SeedFixtures.seed("weekly-656"));
    List<Block> body = b.items().get(1).body();
    assertThat(body)
        .filteredOn(x -> x.text().contains("构建全链条科技服务体系，打通“研发—验证—转化—推广”关键环节"))
        .hasSize(1)
        .allMatch(x -> x.kind() == BlockKind.PARAGRAPH);
    assertThat(body)
        .filteredOn(x -> x.kind() == BlockKind.SUBHEADING)
        .extracting(Block::text)
        .containsExactly("北京发展医疗人工智能优势明显", "拓宽医疗领域智能服务场景", "强化医疗数据全生命周期管理");
  }

  @Test
  void monthly552CutsJoinedAndMarkedSubheadingsKept() throws Exception {
    ParsedBulletin b = parser.parse(SeedFixtures.seed("monthly-552"));
    assertThat(b.number()).isEqualTo(552);
    assertThat(b.issueDate()).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(b.items().get(0).url())
        .isEqualTo("https://china.cnr.cn/gdgg/20251107/t20251107_527422624.shtml");
    List<Block> first = b.items().get(0).body();
    assertThat(first)
        .anyMatch(x -> x.text().contains("还要参考国内外最新的诊疗指南去评测"))
        .anyMatch(x -> x.text().contains("典型案例覆盖常见病、罕见病及疑难病"));
    assertThat(first)
        .filteredOn(x -> x.kind() == BlockKind.SUBHEADING)
        .extracting(Block::text)
        .containsExactly("解读：医疗AI评测要求全面、权威、科学", "评测引入“裁判模型”判卷考察逻辑水平");
    List<Block> second = b.items().get(1).body();
    assertThat(second)
        .filteredOn(x -> x.kind() == BlockKind.IMAGE_CAPTION)
        .extracting(Block::text)
        .containsExactly("王宏伟致辞", "周登峰致辞", "张开主持", "鲍玉荣主持");
    assertThat(second)
        .filteredOn(x -> x.kind() == BlockKind.SUBHEADING)
        .extracting(Block::text)
        .containsExactly(
            "专家齐聚，共话行业未来", "重要标准启动，引领行业发展", "前沿技术分享，展现创新成果", "基层实践分享，凸显惠民价值", "凝聚共识，共创未来");
    assertThat(second)
        .anyMatch(x -> x.text().contains("规模位居全球前列"))
        .anyMatch(x -> x.text().contains("PathOrchestra，该模型利用30万张"));
  }

  @Test
  void monthly554MixedHeadingLevels() throws Exception {
    ParsedBulletin b = parser.parse(SeedFixtures.seed("monthly-554"));
    assertThat(b.number()).isEqualTo(554);
    assertThat(b.items())
        .extracting(ParsedItem::title)
        .containsExactly("全国儿童医疗健康宣传平台上线", "打造医生“智能外脑”，医疗级AI在多家医院加速应用", "国家人工智能应用中试基地首批生态合作签约");
    assertThat(b.items().get(2).body()).anyMatch(x -> x.text().contains("成果转化收益分配等关键环节明确了规则"));
    assertThat(b.items().get(0).body().get(0).text()).startsWith("本报北京1月15日电");
  }

  @Test
  void captionsOfWeekly656() throws Exception {
    ParsedBulletin b = parser.parse(SeedFixtures.seed("weekly-656"));
    assertThat(b.items().get(2).body())
        .filteredOn(x -> x.kind() == BlockKind.IMAGE_CAPTION)
        .extracting(Block::text)
        .containsExactly(
            "“AI孔明”制药平台的发布现场。（受访者供图）",
            "2025年8月24日，人们在中医药博览园体验AI智能医疗。新华社发（王克贤摄）",
            "依托海尔大健康医工科技创新产业化平台，打造的国内首个智能贴签摆药一体机。（受访者供图）");
    assertThat(b.items().get(0).body().get(0).kind()).isEqualTo(BlockKind.PARAGRAPH);
    assertThat(b.items().get(0).body().get(1).kind()).isEqualTo(BlockKind.PARAGRAPH);
  }

  @Test
  void errorsNameTheLine() {
    String text = SeedFixtures.seed("monthly-554").replace("\n来源：新京报\n", "\n出处：新京报\n");
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOf(BulletinFormatException.class)
        .satisfies(e -> assertThat(((BulletinFormatException) e).line()).isPositive())
        .hasMessageContaining("具体内容");
  }

  @Test
  void unknownTitleIsAnError() {
    assertThatThrownBy(() -> parser.parse("# 某某日报\n\n（第一期）\n"))
        .isInstanceOf(BulletinFormatException.class)
        .hasMessageContaining("不是已配置的简报系列的标题行");
  }

  @Test
  void badLinkIsAnErrorWithItsLine() throws IOException {
    String text =
        SeedFixtures.seed("monthly-554")
            .replace("<https://m.bjnews.com.cn/detail/1768789566129700.html>", "见原文");
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOf(BulletinFormatException.class)
        .hasMessageContaining("链接")
        .satisfies(
            e -> assertThat(((BulletinFormatException) e).line()).isEqualTo(lineOf(text, "见原文")));
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    return -1;
  }

  static final String SMALL =
      """
      # 北京市卫生信息化舆情监测月报

      （第五五六期）

      2026年03月31日

      本期导语：本期月报共收集2篇卫生信息化相关信息，时间从2026年03月01日至2026年03月31日，监测范围包括全国主流媒体及政府网站等。

      一、信息目录

      1. 第一篇

      （人民网）

      2. 第二篇

      （新华网）

      二、具体内容

      1. 标题：第一篇

      来源：人民网

      链接：<http://www.people.com.cn/a.html>

      主要内容：

      第一篇

       

      ** **

      第一段正文。

      2、推进数据共享。

      ### 2. 标题：第二篇

      来源：新华网

      链接：<http://www.news.cn/b.html>

      主要内容：

      第二篇

      来源：新华网

      第二篇的正文。
      """;

  @Test
  void decorationOnlyLinesAreBlankAndANumberedLastParagraphStaysInItsItem() throws Exception {
    ParsedBulletin b = parser.parse(SMALL);
    assertThat(b.items()).extracting(ParsedItem::title).containsExactly("第一篇", "第二篇");
    assertThat(b.items().get(0).body())
        .extracting(Block::text)
        .containsExactly("第一段正文。", "2、推进数据共享。");
    // an undated item: its bare 来源 line is the date line's place, not body text
    assertThat(b.items().get(1).date()).isEmpty();
    assertThat(b.items().get(1).body()).extracting(Block::text).containsExactly("第二篇的正文。");
    ParsedBulletin again = parser.parse(Renderers.markdown(BulletinImporter.preview(b)));
    assertThat(again.items())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
        .isEqualTo(b.items());
  }

  @Test
  void anItemWithoutItsOutletLineIsAFormatError() {
    String text = SMALL.replace("来源：人民网\n\n链接", "链接");
    assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(BulletinFormatException.class);
  }
}
