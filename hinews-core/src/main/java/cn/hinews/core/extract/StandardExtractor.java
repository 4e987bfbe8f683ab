package cn.hinews.core.extract;

import cn.hinews.core.domain.Zones;
import cn.hinews.core.source.SourceRegistry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The generic extractor: the {@link ExtractionChain#standard standard chain} of named steps —
 * decode, parse, clean, find the body by text and punctuation density, write it as blocks, then
 * read the headline, the date, bylines and the 来源 line around it. Never throws.
 */
final class StandardExtractor implements ArticleExtractor {
  private final ExtractionChain chain;
  private final Clock clock;

  StandardExtractor(SourceRegistry sources, Clock clock) {
    this(ExtractionChain.standard(sources), clock);
  }

  StandardExtractor(ExtractionChain chain, Clock clock) {
    this.chain = chain;
    this.clock = clock;
  }

  @Override
  public Extraction extract(Page page) {
    return chain.run(page, LocalDateTime.now(clock.withZone(Zones.SHANGHAI)));
  }

  /** A CSS-like path of an element, six levels at most, for the diagnostics. */
  static String path(Element e) {
    if (e == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Element a = e; a != null && parts.size() < 6; a = a.parent()) {
      String part = a.normalName();
      if (!a.id().isEmpty()) {
        part += "#" + a.id();
      } else if (!a.className().isEmpty()) {
        part += "." + a.className().strip().replace(' ', '.');
      }
      parts.add(0, part);
    }
    return String.join(" > ", parts);
  }
}
