package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.source.SourceRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small Chinese fixture sets of {@code shared/datasets/zh-extras}, as regression tests. */
class ZhExtrasRegressionTest {
  static final Path ROOT = Path.of("src/test/resources/extract/zh-extras");
  final ArticleExtractor extractor =
      Extractors.standard(
          SourceRegistry.defaults(),
          Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

  Extraction extract(Path file, String url) throws IOException {
    return extractor.extract(Page.of(url, Files.readAllBytes(file)));
  }

  /**
   * Readability's own test pages: our body against its expected body, our title without the suffix.
   */
  @ParameterizedTest
  @CsvSource({
    "gmw, 宇航员在太空中喝酒会怎么样？后果很严重, 2017-03-10, 0.95, 0.95",
    "qq, DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶, 2016-10-14, 0.95, 0.80",
    "youth, 海外留学生看两会：出国前后关注点大不同, 2017-03-10, 0.95, 0.95",
    "pixnet, 新竹尖石_美樹營地賞楓 (2), 2011-12-18, 0.95, 0.95"
  })
  void readabilityTestPages(String page, String title, String date, double minP, double minR)
      throws IOException {
    Path dir = ROOT.resolve("readability-testpages").resolve(page);
    Extraction x = extract(dir.resolve("source.html"), "");
    String expected =
        Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8)).text();
    Bigrams.Score s = Bigrams.score(expected, x.bodyText());
    assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(minP);
    assertThat(s.recall()).as("recall").isGreaterThanOrEqualTo(minR);
    assertThat(x.title()).isEqualTo(title);
    assertThat(x.published())
        .hasValueSatisfying(p -> assertThat(p.date().toString()).isEqualTo(date));
  }

  /**
   * trafilatura's Chinese pages: segments that must be in the body and boilerplate that must not.
   */
  @Test
  void trafilaturaSegments() throws IOException {
    JsonNode eval;
    try (InputStream in = Files.newInputStream(ROOT.resolve("trafilatura-eval/evaldata-zh.json"))) {
      eval = new ObjectMapper().readTree(in);
    }
    List<String> missing = new ArrayList<>();
    List<String> leaked = new ArrayList<>();
    int segments = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = eval.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      Extraction x =
          extract(
              ROOT.resolve("trafilatura-eval/html").resolve(v.get("file").asText()), e.getKey());
      for (JsonNode with : v.get("with")) {
        segments++;
        if (!x.bodyText().contains(with.asText())) {
          missing.add(v.get("file").asText() + ": " + with.asText());
        }
      }
      for (JsonNode without : v.get("without")) {
        segments++;
        if (x.bodyText().contains(without.asText())) {
          leaked.add(v.get("file").asText() + ": " + without.asText());
        }
      }
      boolean encyclopedia = v.get("file").asText().startsWith("baike");
      if (v.hasNonNull("date") && !encyclopedia) {
        // (the encyclopedia's label is its last edit, which the page shows nowhere near the title)
        assertThat(x.published())
            .hasValueSatisfying(
                p -> assertThat(p.date().toString()).isEqualTo(v.get("date").asText()));
      }
      if (v.hasNonNull("author") && !v.get("author").asText().isBlank()) {
        // trafilatura's label is the page's 责任编辑: hinews reports it as an editor, not an author
        assertThat(x.editors()).contains(v.get("author").asText());
      }
    }
    assertThat(segments).isEqualTo(24);
    // the baike.baidu.com entry page is an encyclopedia article, not news: one segment each way
    assertThat(missing).hasSizeLessThanOrEqualTo(1);
    assertThat(leaked).hasSizeLessThanOrEqualTo(1);
  }

  /** fundus' 人民网 page: every paragraph, the date, and its 责编 as editors. */
  @Test
  void peopleComCn() throws IOException {
    byte[] html;
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(ROOT.resolve("fundus-people/People_2024_04_24.html.gz")))) {
      html = in.readAllBytes();
    }
    Extraction x =
        extractor.extract(
            Page.of("http://politics.people.com.cn/n1/2024/0424/c1024-40222848.html", html));
    JsonNode expected;
    try (InputStream in = Files.newInputStream(ROOT.resolve("fundus-people/People.json"))) {
      expected = new ObjectMapper().readTree(in).get("V1");
    }
    String body = x.bodyText().replaceAll("\\s", "");
    for (JsonNode section : expected.get("body").get("sections")) {
      for (JsonNode p : section.get("paragraphs")) {
        assertThat(body).contains(p.asText().replaceAll("\\s", ""));
      }
    }
    assertThat(expected.get("title").asText()).startsWith(x.title());
    assertThat(x.outlet()).isEqualTo("人民网");
    assertThat(x.published())
        .hasValueSatisfying(p -> assertThat(p.date().toString()).isEqualTo("2024-04-24"));
    assertThat(x.editors()).containsExactly("牛镛", "岳弘彬");
  }
}
