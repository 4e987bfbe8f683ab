package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.source.SourceRegistry;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the bytes, a result and no exception; and the charset rules on real-life lies. */
class ExtractorRobustnessTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T00:00:00Z"), ZoneOffset.UTC);
  final ArticleExtractor extractor = Extractors.standard(SourceRegistry.defaults(), CLOCK);
  static final Charset GBK = Charset.forName("GB18030");

  static String article(String charsetMeta) {
    return "<html><head>"
        + charsetMeta
        + "<title>北京启动医疗人工智能应用评测服务_新华网</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">要闻</a> <a href=\"/b\">健康</a></div>"
        + "<div class=\"article\"><h1>北京启动医疗人工智能应用评测服务</h1>"
        + "<div class=\"info\">2026年01月16日 10:22 来源：新华网 记者 张三</div>"
        + "<p>北京市卫生健康委今天发布《关于开展医疗领域人工智能应用评测工作的通知》，正式向各企业、研究机构提供评测服务。</p>"
        + "<h3>评测引入裁判模型</h3>"
        + "<p>评测中心专门建了一套多维度考核标准，从百姓和医生最关心的角度出发，形成了六个核心维度的评测指标体系。</p>"
        + "<p>在评测方法上，评测中心严格实施用户申请、系统评测、专家复核三个环节，确保评测结果客观公正。</p>"
        + "<p>（责任编辑：李四）</p></div>"
        + "<div class=\"footer\">版权所有 新华网</div></body></html>";
  }

  @Test
  void readsAnArticle() {
    Extraction x =
        extractor.extract(
            Page.of(
                "http://www.news.cn/20260116/abc/c.html",
                article("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8)));
    assertThat(x.title()).isEqualTo("北京启动医疗人工智能应用评测服务");
    assertThat(x.outlet()).isEqualTo("新华网");
    assertThat(x.published())
        .hasValueSatisfying(p -> assertThat(p.value().toString()).isEqualTo("2026-01-16T10:22"));
    assertThat(x.authors()).containsExactly("张三");
    assertThat(x.editors()).containsExactly("李四");
    assertThat(x.sourceLine()).isEqualTo("新华网");
    assertThat(x.blocks()).hasSize(4);
    assertThat(x.blocks().get(1).kind()).isEqualTo(BlockKind.SUBHEADING);
    assertThat(x.bodyText()).doesNotContain("首页").doesNotContain("版权所有").doesNotContain("责任编辑");
  }

  @Test
  void gbkDeclaredOrNotAndUtf8DeclaredGb2312() {
    Extraction declared =
        extractor.extract(
            Page.of(
                "",
                article("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                    .getBytes(GBK)));
    assertThat(declared.title()).isEqualTo("北京启动医疗人工智能应用评测服务");
    assertThat(declared.diagnostics().charset()).isEqualTo("GB18030");

    Extraction sniffed = extractor.extract(Page.of("", article("").getBytes(GBK)));
    assertThat(sniffed.title()).isEqualTo("北京启动医疗人工智能应用评测服务");
    assertThat(sniffed.diagnostics().charsetSource()).isEqualTo("sniffed");

    Extraction lying =
        extractor.extract(
            Page.of("", article("<meta charset=\"gb2312\">").getBytes(StandardCharsets.UTF_8)));
    assertThat(lying.title()).isEqualTo("北京启动医疗人工智能应用评测服务");
    assertThat(lying.diagnostics().charsetSource()).contains("but bytes are UTF-8");

    Extraction header =
        extractor.extract(
            new Page("", article("").getBytes(GBK), Optional.of("text/html; charset=GBK")));
    assertThat(header.diagnostics().charsetSource()).isEqualTo("header");
    assertThat(header.title()).isEqualTo("北京启动医疗人工智能应用评测服务");
  }

  @Test
  void emptyBinaryAndBrokenInputGiveAResult() {
    assertThat(extractor.extract(Page.of("", new byte[0])).failure()).isPresent();
    byte[] noise = new byte[200_000];
    new Random(7).nextBytes(noise);
    assertThat(extractor.extract(Page.of("not a url", noise))).isNotNull();
    Extraction broken =
        extractor.extract(
            Page.of(
                "",
                "<html><body><p>未闭合的段落，内容还在继续。<div><span>又一段<table><td>乱"
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(broken).isNotNull();
    assertThat(
            extractor.extract(Page.of("::", "\u0000\u0001<<<>>>".getBytes(StandardCharsets.UTF_8))))
        .isNotNull();
  }

  @Test
  void tenThousandDeepNestingGivesAResult() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(10_000))
        .append("<p>深层嵌套的正文段落，依然应当被读出来。</p>")
        .append("</div>".repeat(10_000));
    Extraction x = extractor.extract(Page.of("", html.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(x).isNotNull();
  }

  @Test
  void tenMegabytePageGivesAResult() {
    StringBuilder html = new StringBuilder(11 << 20).append("<html><body><div class=\"content\">");
    String p = "<p>这是一个很长的页面中的一段正文，用来检验十兆字节的页面也能读完，不会出错。</p>\n";
    while (html.length() < 10 << 20) {
      html.append(p);
    }
    html.append("</div></body></html>");
    Extraction x = extractor.extract(Page.of("", html.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(x.failure()).isEmpty();
    assertThat(x.blocks().size()).isGreaterThan(1000);
  }
}
