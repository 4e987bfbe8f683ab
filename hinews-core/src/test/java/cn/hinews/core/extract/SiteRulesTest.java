package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.config.ConfigException;
import cn.hinews.core.source.SourceRegistry;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Per-site CSS rules from the source registry, each with its fixture. */
class SiteRulesTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
  static final Path DIR = Path.of("src/test/resources/extract/rules");

  @Test
  void jlGovKeepsThePolicyMetadataTableWithTheText() throws Exception {
    byte[] page = Files.readAllBytes(DIR.resolve("jl.gov.cn-notice.html"));
    String expected =
        Files.readString(DIR.resolve("jl.gov.cn-notice.expected.txt"), StandardCharsets.UTF_8);
    String url = "http://www.jl.gov.cn/zw/xxgk/gwgb/szfwj/202201/t20220128_8389765.html";
    Extraction ruled =
        Extractors.standard(SourceRegistry.defaults(), CLOCK).extract(Page.of(url, page));
    Extraction generic =
        Extractors.standard(SourceRegistry.defaults(), CLOCK)
            .extract(Page.of("http://example.org/a.html", page));
    Bigrams.Score withRule = Bigrams.score(expected, ruled.bodyText());
    Bigrams.Score without = Bigrams.score(expected, generic.bodyText());
    assertThat(ruled.diagnostics().notes()).contains("body by the site rule div#zoom");
    assertThat(ruled.outlet()).isEqualTo("吉林省人民政府");
    assertThat(withRule.recall()).isGreaterThan(without.recall()).isGreaterThanOrEqualTo(0.9);
    assertThat(withRule.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(ruled.bodyText()).contains("吉政明电〔2022〕1号").contains("发文机关");
  }

  @Test
  void titleAndTimeSelectorsWin() {
    SourceRegistry registry =
        SourceRegistry.read(
            new StringReader(
                "sources:\n  demo: {outlet: 示例网, kind: media, hosts: [\"*.example.cn\"],"
                    + " rules: {title: \"div.headline\", time: \"span.when\", body: \"div.text\"}}\n"),
            "test.yml");
    String html =
        "<html><head><title>错误的标题</title></head><body><h1>也不对</h1>"
            + "<div class=headline>真正的标题</div><span class=when>发布于 2026-03-05 08:30</span>"
            + "<div class=related><p>2025-01-01 别的文章的日期，内容很长很长很长很长很长很长很长很长很长很长。</p></div>"
            + "<div class=text><p>这是正文的第一段，规则选中的内容。</p></div></body></html>";
    Extraction x =
        Extractors.standard(registry, CLOCK)
            .extract(
                Page.of("https://news.example.cn/a.html", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(x.title()).isEqualTo("真正的标题");
    assertThat(x.published())
        .hasValueSatisfying(p -> assertThat(p.value().toString()).isEqualTo("2026-03-05T08:30"));
    assertThat(x.bodyText()).isEqualTo("这是正文的第一段，规则选中的内容。");
    assertThat(x.outlet()).isEqualTo("示例网");
  }

  @Test
  void badRulesFailWhenTheRegistryIsRead() {
    assertThatThrownBy(
            () ->
                SourceRegistry.read(
                    new StringReader(
                        "sources:\n  x: {outlet: X, kind: media, hosts: [a.cn], rules: {headline: h1}}\n"),
                    "s.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'sources.x.rules.headline'");
    assertThatThrownBy(
            () ->
                SourceRegistry.read(
                    new StringReader(
                        "sources:\n  x: {outlet: X, kind: media, hosts: [a.cn], rules: {body: \"div[\"}}\n"),
                    "s.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not a CSS selector");
  }
}
