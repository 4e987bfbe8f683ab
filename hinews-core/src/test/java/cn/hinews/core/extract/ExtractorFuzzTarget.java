package cn.hinews.core.extract;

import cn.hinews.core.source.SourceRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The fuzz target for long campaigns with Jazzer's own driver ({@code bench/fuzz.sh 600}); the
 * bounded run in {@code verify} is {@link ExtractorFuzzTest}.
 */
public final class ExtractorFuzzTarget {
  private static final ArticleExtractor EXTRACTOR =
      Extractors.standard(
          SourceRegistry.defaults(),
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  private ExtractorFuzzTarget() {}

  public static void fuzzerTestOneInput(byte[] data) {
    String contentType = data.length > 0 && (data[0] & 1) == 1 ? "text/html; charset=gb2312" : null;
    Extraction x =
        EXTRACTOR.extract(
            new Page("http://www.news.cn/a/c.html", data, Optional.ofNullable(contentType)));
    if (x == null || x.blocks().stream().anyMatch(b -> b.text().isBlank())) {
      throw new IllegalStateException("an extraction broke its contract");
    }
    if (x.failure().filter(ExtractorFuzzTarget::internalError).isPresent()) {
      throw new IllegalStateException("the extractor failed inside: " + x.failure().get());
    }
  }

  /**
   * An exception the extractor caught in its own code (a stack overflow on deep nesting is not).
   */
  static boolean internalError(String failure) {
    return failure.startsWith("cannot read the page") && !failure.contains("StackOverflowError");
  }
}
