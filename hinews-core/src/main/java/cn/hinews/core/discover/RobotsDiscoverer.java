package cn.hinews.core.discover;

import cn.hinews.core.domain.EntryPoint;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sitemaps a robots.txt names ({@code Sitemap:} lines), as further entry points. */
final class RobotsDiscoverer implements Discoverer {
  @Override
  public Discovered discover(EntryPoint entry, EntryPage page) {
    List<String> maps = new ArrayList<>();
    for (String s :
        new SimpleRobotRulesParser()
            .parseContent(page.url(), page.body(), "text/plain", List.of("hinews"))
            .getSitemaps()) {
      Links.resolve(page.url(), s).ifPresent(maps::add);
    }
    List<String> problems = maps.isEmpty() ? List.of(page.url() + ": names no sitemap") : List.of();
    return new Discovered(List.of(), maps, Optional.empty(), problems);
  }
}
