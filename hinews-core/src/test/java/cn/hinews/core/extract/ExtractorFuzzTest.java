package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.source.SourceRegistry;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Jazzer drives the extractor with arbitrary bytes and content types. Any exception, hang or
 * runaway allocation is a finding. {@code ./mvnw verify} fuzzes for 45 s (its own surefire
 * default); without {@code JAZZER_FUZZ} the test only replays the seed inputs next to it.
 */
class ExtractorFuzzTest {
  private static final ArticleExtractor EXTRACTOR =
      Extractors.standard(
          SourceRegistry.defaults(),
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @FuzzTest(maxDuration = "45s")
  void neverThrows(byte[] data) {
    String contentType = data.length > 0 && (data[0] & 1) == 1 ? "text/html; charset=gb2312" : null;
    Extraction x =
        EXTRACTOR.extract(
            new Page("http://www.news.cn/a/c.html", data, Optional.ofNullable(contentType)));
    assertThat(x).isNotNull();
    assertThat(x.blocks()).allMatch(b -> !b.text().isBlank());
    // the extractor turns its own exceptions into this failure: for the fuzzer they are findings
    assertThat(x.failure().filter(ExtractorFuzzTarget::internalError)).isEmpty();
  }
}
