package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.source.SourceRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real pages of the outlets the bulletins quote (人民网, 新华网, 光明网, 中国网, 中国日报网, 中国科普网), each with its
 * expected body: the body must come back (character bigrams), and the outlet, date and title must
 * be those of the page.
 */
class ZhSitesRegressionTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
  final ArticleExtractor extractor = Extractors.standard(SourceRegistry.defaults(), CLOCK);

  static Stream<Arguments> pages() throws IOException {
    JsonNode truth;
    try (InputStream in = resource("/extract/zh-sites/magic-html-base-subset.json")) {
      truth = new ObjectMapper().readTree(in);
    }
    Path root = Path.of("src/test/resources/extract/zh-sites");
    List<Arguments> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String prefix = "magic-html_" + e.getKey().substring(0, 12) + ".html";
      Path file;
      try (Stream<Path> walk = Files.walk(root)) {
        file =
            walk.filter(p -> p.getFileName().toString().equals(prefix)).findFirst().orElseThrow();
      }
      out.add(
          Arguments.of(
              file.getParent().getFileName() + "/" + prefix,
              file,
              e.getValue().get("url").asText(),
              e.getValue().get("content").asText()));
    }
    return out.stream();
  }

  static InputStream resource(String path) {
    return ZhSitesRegressionTest.class.getResourceAsStream(path);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void bodyOutletDateAndTitle(String name, Path file, String url, String expected)
      throws IOException {
    Extraction x = extractor.extract(Page.of(url, Files.readAllBytes(file)));
    assertThat(x.failure()).isEmpty();
    Bigrams.Score s = Bigrams.score(expected, x.bodyText());
    assertThat(s.precision()).as("%s precision", name).isGreaterThanOrEqualTo(0.93);
    assertThat(s.recall()).as("%s recall", name).isGreaterThanOrEqualTo(0.90);

    String host = URI.create(url).getHost();
    assertThat(x.outlet())
        .isEqualTo(SourceRegistry.defaults().forHost(host).orElseThrow().outlet());
    ChineseDates.fromUrl(url)
        .ifPresent(
            d ->
                assertThat(x.published())
                    .hasValueSatisfying(p -> assertThat(p.date()).isEqualTo(d.date())));
    assertThat(x.title()).isNotBlank().doesNotEndWith(x.outlet()).doesNotContain("_");
    assertThat(x.editors()).allMatch(Bylines::plausible);
  }
}
