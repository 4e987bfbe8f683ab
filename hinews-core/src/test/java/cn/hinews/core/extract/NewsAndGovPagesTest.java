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
    assertThat(x.leadImages()).noneMatch(StandardExtractor::decorative);
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
}
