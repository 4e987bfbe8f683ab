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

/**
 * XML sitemaps, news sitemaps and sitemap indexes (crawler-commons, not strict: the URLs of a
 * sitemap need not sit under its folder). An index yields its sitemaps as further entry points; a
 * sitemap its URLs, the most recently modified first.
 */
final class SitemapDiscoverer implements Discoverer {
  @Override
  public Discovered discover(EntryPoint entry, EntryPage page) {
    SiteMapParser parser = new SiteMapParser(false);
    AbstractSiteMap map;
    try {
      map =
          parser.parseSiteMap(
              page.contentType().orElse("text/xml"), page.body(), URI.create(page.url()).toURL());
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      return Discovered.failed(page.url() + ": not a readable sitemap (" + e.getMessage() + ")");
    }
    if (map instanceof SiteMapIndex index) {
      List<String> maps = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        maps.add(child.getUrl().toString());
      }
      return new Discovered(List.of(), maps, Optional.empty(), List.of());
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
    return new Discovered(out, List.of(), Optional.empty(), List.of());
  }
}
