package cn.hinews.core.discover;

import cn.hinews.core.domain.EntryPoint;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * XML sitemaps, news sitemaps and sitemap indexes (crawler-commons, not strict: the URLs of a
 * sitemap need not sit under its folder). An index yields its sitemaps as further entry points; a
 * sitemap its URLs, the most recently modified first. A gzipped sitemap is decompressed here, up to
 * {@code maxBytes} (crawler-commons would decompress without a limit), and at most {@code maxUrls}
 * URLs of a sitemap are kept (crawler-commons drops the rest as it reads); no DTD is read.
 */
final class SitemapDiscoverer implements Discoverer {
  private final long maxBytes;
  private final int maxUrls;

  SitemapDiscoverer(long maxBytes, int maxUrls) {
    this.maxBytes = maxBytes;
    this.maxUrls = maxUrls;
  }

  @Override
  public Discovered discover(EntryPoint entry, EntryPage page) {
    byte[] body;
    try {
      body = Gunzip.ifGzipped(page.body(), maxBytes);
    } catch (Gunzip.TooLarge e) {
      return Discovered.failed(
          page.url() + ": the sitemap decompresses to more than " + maxBytes + " bytes");
    } catch (IOException e) {
      return Discovered.failed(page.url() + ": a broken gzip sitemap (" + e.getMessage() + ")");
    }
    SiteMapParser parser = new SiteMapParser(false);
    parser.setAllowDocTypeDefinitions(false);
    AtomicInteger seen = new AtomicInteger();
    parser.setURLFilter((String u) -> seen.incrementAndGet() > maxUrls ? null : u);
    AbstractSiteMap map;
    try {
      String type = body == page.body() ? page.contentType().orElse("text/xml") : "text/xml";
      map = parser.parseSiteMap(type, body, URI.create(page.url()).toURL());
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      return Discovered.failed(page.url() + ": not a readable sitemap (" + e.getMessage() + ")");
    }
    List<String> problems =
        seen.get() > maxUrls
            ? List.of(page.url() + ": only the first " + maxUrls + " of " + seen.get() + " URLs")
            : List.of();
    if (map instanceof SiteMapIndex index) {
      List<String> maps = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        maps.add(child.getUrl().toString());
      }
      return new Discovered(List.of(), maps, Optional.empty(), problems);
    }
    List<SiteMapURL> urls = new ArrayList<>(((SiteMap) map).getSiteMapUrls());
    urls.sort(
        Comparator.comparing(
                (SiteMapURL u) -> u.getLastModified() == null ? new Date(0) : u.getLastModified())
            .reversed());
    List<String> out = new ArrayList<>();
    for (SiteMapURL u : urls) {
      Links.resolve(page.url(), u.getUrl().toString()).ifPresent(out::add);
    }
    return new Discovered(out, List.of(), Optional.empty(), problems);
  }
}
