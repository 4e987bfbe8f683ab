package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.source.SourceRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages of 新华网, 中国日报网 (newspaper4k's expected output) and a provincial health commission: the
 * headline, the day, the outlet and the whole body, nothing after it.
 */
class NewsAndGovPagesTest {
  static final Path DIR = Path.of("src/test/resources/extract");
  final ArticleExtractor extractor =
      Extractors.standard(SourceRegistry.defaults(), SiteRulesTest.CLOCK);

  @ParameterizedTest
  @ValueSource(strings = {"001", "002"})
  void newspaper4kPages(String n) throws IOException {
    JsonNode truth =
        new ObjectMapper()
            .readTree(DIR.resolve("newspaper4k/chinese_article_" + n + ".json").toFile());
    String expected =
        Files.readString(
            DIR.resolve("newspaper4k/chinese_article_" + n + ".txt"), StandardCharsets.UTF_8);
    String url = truth.get("url").asText();
    Extraction x =
        extractor.extract(
            Page.of(
                url,
                Files.readAllBytes(
                    DIR.resolve("newspaper4k/newspaper4k_chinese_article_" + n + ".html"))));
    assertThat(x.title()).isEqualTo(truth.get("title").asText());
    assertThat(x.published())
        .hasValueSatisfying(
            p ->
                assertThat(p.date())
                    .isEqualTo(
                        LocalDate.parse(truth.get("publish_date").asText().substring(0, 10))));
    assertThat(x.outlet()).isEqualTo(SourceRegistry.defaults().forUrl(url).orElseThrow().outlet());
    Bigrams.Score s = Bigrams.score(expected, x.bodyText());
    assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(0.97);
    assertThat(s.recall()).as("recall").isGreaterThanOrEqualTo(0.97);
    assertThat(x.leadImages()).noneMatch(ImagesStep::decorative);
    assertThat(x.bodyText()).doesNotContain("阅读下一篇");
  }

  @Test
  void shanghaiHealthCommissionsDailyReport() throws IOException {
    Extraction x =
        extractor.extract(
            Page.of(
                "https://wsjkw.sh.gov.cn/xwfb/20220426/d4d847dcf3f64fcab102cf5a65656891.html",
                Files.readAllBytes(DIR.resolve("gov/wsjkw.sh.gov.cn-xwfb-20220426.html"))));
    assertThat(x.title()).startsWith("上海2022年4月25日，新增本土新冠肺炎确诊病例1661例");
    assertThat(x.published()).hasValueSatisfying(p -> assertThat(p.date()).isEqualTo("2022-04-26"));
    assertThat(x.outlet()).isEqualTo("上海市卫生健康委"); // the registry's name of wsjkw.sh.gov.cn
    assertThat(x.bodyText())
        .startsWith("市卫健委今早（26日）通报：2022年4月25日0—24时，新增本土新冠肺炎确诊病例1661例")
        .endsWith("现有待排查的疑似病例2例。");
  }

  @Test
  void aGovernmentPageWhoseTitleIsTheSitesName() {
    String html =
        "<html><head><title>北京市卫生健康委员会</title></head><body>"
            + "<div class=nav><a href=/>首页</a> <a href=/xwzx>新闻中心</a></div>"
            + "<div class=header>北京市卫生健康委员会</div>"
            + "<div class=xl_title>北京市推进医疗卫生数据共享应用工作方案印发</div>"
            + "<div class=xl_info>发布时间：2026-01-16 来源：规划发展与信息化处</div>"
            + "<div class=view><p>为推进全市医疗卫生数据共享应用，市卫生健康委近日印发工作方案，明确了数据汇聚、治理和开放的任务分工。</p>"
            + "<p>方案提出，到2027年底，全市二级以上医疗机构检查检验结果实现互认共享，居民电子健康档案向个人开放查询。</p></div>"
            + "<div class=footer>主办：北京市卫生健康委员会 京ICP备05000000号</div></body></html>";
    Extraction x =
        extractor.extract(
            Page.of(
                "https://wjw.beijing.gov.cn/xwzx_20031/wnxw/202601/t20260116_1.html",
                html.getBytes(StandardCharsets.UTF_8)));
    assertThat(x.title()).isEqualTo("北京市推进医疗卫生数据共享应用工作方案印发");
    assertThat(x.published()).hasValueSatisfying(p -> assertThat(p.date()).isEqualTo("2026-01-16"));
    assertThat(x.sourceLine()).isEqualTo("规划发展与信息化处");
  }
}
