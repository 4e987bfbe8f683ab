package cn.hinews.core.extract;

import cn.hinews.core.domain.Source;

/**
 * {@code outlet}: the publishing brand — the registry's outlet for the host, else the page's own
 * name, else its 来源 line, else the host — and the title without that name tacked on.
 */
final class OutletStep implements ExtractionStep {
  @Override
  public String name() {
    return "outlet";
  }

  @Override
  public Draft apply(Draft draft) {
    ParsedPage p = draft.parsedPage();
    String sourceLine = draft.credits().map(Credits.Found::sourceLine).orElse("");
    String outlet =
        p.site()
            .source()
            .map(Source::outlet)
            .or(() -> p.head().siteName())
            .orElse(sourceLine.isEmpty() ? p.site().host() : sourceLine);
    return draft
        .withOutlet(outlet)
        .withTitle(withoutSiteSuffix(draft.title(), outlet, p.head().siteName().orElse("")));
  }

  /** 习近平主持召开…-中国科普网 → 习近平主持召开…: a site name tacked on with a dash or bar. */
  static String withoutSiteSuffix(String title, String outlet, String siteName) {
    String t = title.strip();
    for (String name : new String[] {outlet, siteName}) {
      if (name.isEmpty()) {
        continue;
      }
      for (String sep : new String[] {"-", "_", "|", "｜", "－", "—", "——", " "}) {
        String suffix = sep + name;
        if (t.endsWith(suffix) && t.length() > suffix.length() + 3) {
          return t.substring(0, t.length() - suffix.length()).strip();
        }
      }
    }
    return t;
  }
}
