package cn.hinews.core.source;

import cn.hinews.core.domain.Source;
import cn.hinews.core.domain.SourceKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How authoritative an outlet is, from the source registry: national government sites above central
 * media above local government above local media above outlets the registry does not know.
 */
public final class OutletAuthority {
  static final String NATIONAL = "全国";
  private final Map<String, Double> byOutlet = new HashMap<>();
  private final Map<String, String> regions = new HashMap<>();

  public OutletAuthority(SourceRegistry registry) {
    for (Source s : registry.all()) {
      byOutlet.merge(s.outlet(), of(s), Math::max);
      if (!s.region().isBlank()) {
        regions.putIfAbsent(s.outlet(), s.region());
      }
    }
  }

  /** 0..1 for an outlet name as bulletins and articles give it. */
  public double of(String outlet) {
    return byOutlet.getOrDefault(outlet.strip(), 0.4);
  }

  /** The region of an outlet the registry knows (全国, 北京, …). */
  public Optional<String> region(String outlet) {
    return Optional.ofNullable(regions.get(outlet.strip()));
  }

  /** The label of the level, for explanations. */
  public String label(String outlet) {
    double a = of(outlet);
    return a >= 1.0
        ? "中央政府网站"
        : a >= 0.9 ? "中央媒体" : a >= 0.75 ? "地方政府网站" : a >= 0.65 ? "地方媒体" : "其他来源";
  }

  private static double of(Source s) {
    boolean national = NATIONAL.equals(s.region());
    if (s.kind() == SourceKind.GOVERNMENT) {
      return national ? 1.0 : 0.75;
    }
    return national ? 0.9 : 0.65;
  }
}
