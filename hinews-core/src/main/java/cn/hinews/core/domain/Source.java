package cn.hinews.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * A publisher the system watches: a media brand or a government website.
 *
 * @param id stable identifier, e.g. {@code people}
 * @param outlet the brand as bulletins name it, e.g. 人民网
 * @param kind media or government
 * @param hostPatterns host names or {@code *.domain} wildcards; the most specific match wins
 * @param region e.g. 全国, 北京
 * @param rules extraction rules for this site, usually none
 * @param crawl how the crawler watches it
 */
public record Source(
    String id,
    String outlet,
    SourceKind kind,
    List<String> hostPatterns,
    String region,
    SiteRules rules,
    CrawlPlan crawl) {
  public Source {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(crawl, "crawl");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(kind, "kind");
    hostPatterns = List.copyOf(hostPatterns);
    region = region == null ? "" : region;
  }

  /** A source the crawler does not watch. */
  public Source(
      String id,
      String outlet,
      SourceKind kind,
      List<String> hostPatterns,
      String region,
      SiteRules rules) {
    this(id, outlet, kind, hostPatterns, region, rules, CrawlPlan.none());
  }
}
