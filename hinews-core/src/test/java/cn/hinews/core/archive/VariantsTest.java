package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variants of the conversion that the seeds do not all show, in one made-up bulletin. */
class VariantsTest {
  private final MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());

  ParsedBulletin parse() throws Exception {
    return parser.parse(SeedFixtures.resource("/archive/variants/weekly-657-variants.md"));
  }

  @Test
  void headerAndLeadCutByAPageBreak() throws Exception {
    ParsedBulletin b = parse();
    assertThat(b.series().id()).isEqualTo("weekly");
    assertThat(b.number()).isEqualTo(657);
    assertThat(b.issueDate()).isEqualTo(LocalDate.of(2026, 1, 16));
    assertThat(b.period())
        .isEqualTo(new Period(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 16)));
    assertThat(b.warnings()).isEmpty();
  }

  @Test
  void itemsWithCutTitleBoldLabelsAndEveryLinkForm() throws Exception {
    List<ParsedItem> items = parse().items();
    assertThat(items)
        .extracting(ParsedItem::title)
        .containsExactly("国家卫生健康委发布《卫生健康行业人工智能应用场景参考指引》", "互联网医院服务再扩容", "北京推进医疗数据要素流通");
    assertThat(items).extracting(ParsedItem::outlet).containsExactly("国家卫生健康委", "人民网", "北京日报");
    assertThat(items)
        .extracting(ParsedItem::url)
        .containsExactly(
            "https://www.nhc.gov.cn/guihuaxxs/c100133/202601/abc_def.shtml",
            "http://health.people.com.cn/n1/2026/0114/c14739-40000000.html",
            "https://xinwen.bjd.com.cn/content/s1234567890abcdef.html");
    assertThat(items.get(0).date()).contains(LocalDate.of(2026, 1, 12));
    assertThat(items.get(1).body())
        .containsExactly(Block.paragraph("本报北京1月13日电（记者王某）记者从国家卫生健康委获悉，全国互联网医院已超过3000家。"));
  }

  @Test
  void pageNumberAndRunningHeadDoNotStopTheJoin() throws Exception {
    List<Block> body = parse().items().get(0).body();
    assertThat(body)
        .extracting(Block::kind)
        .containsExactly(BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.PARAGRAPH);
    assertThat(body.get(0).text())
        .contains("下一步将加强对各地的指导")
        .doesNotContain("3")
        .doesNotContain("周报");
    assertThat(body.get(1).text()).isEqualTo("1. 医疗服务管理类场景");
  }

  @Test
  void numberedBodyLinesSurviveTheRoundTrip() throws Exception {
    ParsedBulletin b = parse();
    String md = Renderers.markdown(BulletinImporter.preview(b));
    assertThat(md).contains("#### 1. 医疗服务管理类场景");
    ParsedBulletin again = parser.parse(md);
    assertThat(again.items())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
        .isEqualTo(b.items());
  }

  @Test
  void numberOnTheTitleLineAndDateOnThePublishersLine() throws Exception {
    String text =
        SeedFixtures.seed("weekly-656")
            .replace("全国卫生信息化舆情监测周报\n\n(第六五六)", "全国卫生信息化舆情监测周报（第六五六期）")
            .replace(
                "北京市卫生健康大数据与政策研究中心\n\n2026 年 01 月 09 日", "北京市卫生健康大数据与政策研究中心　　2026 年 01 月 09 日");
    assertThat(text).contains("周报（第六五六期）").contains("中心　　2026 年");
    ParsedBulletin b = parser.parse(text);
    assertThat(b.number()).isEqualTo(656);
    assertThat(b.issueDate()).isEqualTo(LocalDate.of(2026, 1, 9));
    assertThat(b.period())
        .isEqualTo(new Period(LocalDate.of(2025, 12, 27), LocalDate.of(2026, 1, 9)));
    assertThat(b.items()).hasSize(4);
  }
}
