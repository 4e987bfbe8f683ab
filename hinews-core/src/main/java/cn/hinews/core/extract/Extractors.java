package cn.hinews.core.extract;

import cn.hinews.core.source.SourceRegistry;
import java.time.Clock;

/** The extraction stage's entry point. */
public final class Extractors {
  private Extractors() {}

  /** The generic extractor over a source registry (for outlets by host). */
  public static ArticleExtractor standard(SourceRegistry sources, Clock clock) {
    return new StandardExtractor(sources, clock);
  }
}
