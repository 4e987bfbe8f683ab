package cn.hinews.core.discover;

import cn.hinews.core.domain.EntryPoint;
import java.util.Map;
import java.util.Optional;

/** The discoverers by entry type: the entry point of this stage. */
public final class Discoverers {
  private final Map<String, Discoverer> byType;

  private Discoverers(Map<String, Discoverer> byType) {
    this.byType = Map.copyOf(byType);
  }

  /** A sitemap decompressed to more than this is refused (the default {@code crawl.max-bytes}). */
  public static final long SITEMAP_MAX_BYTES = 8L << 20;

  /** URLs kept of one sitemap (the sitemap protocol's own limit). */
  public static final int SITEMAP_MAX_URLS = 50_000;

  /** {@code feed}, {@code sitemap}, {@code robots}, {@code list} and {@code json}. */
  public static Discoverers standard() {
    return new Discoverers(
        Map.of(
            "feed", new FeedDiscoverer(),
            "sitemap", new SitemapDiscoverer(SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS),
            "robots", new RobotsDiscoverer(),
            "list", new ListDiscoverer(),
            "json", new JsonDiscoverer()));
  }

  public Optional<Discoverer> forType(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** Reads an entry page with the discoverer of its type; an unknown type is a problem. */
  public Discovered discover(EntryPoint entry, EntryPage page) {
    return forType(entry.type())
        .map(d -> d.discover(entry, page))
        .orElseGet(
            () -> Discovered.failed(page.url() + ": no discoverer for type " + entry.type()));
  }
}
