package cn.hinews.core.crawl;

import cn.hinews.core.discover.Discovered;
import cn.hinews.core.discover.Discoverers;
import cn.hinews.core.discover.EntryPage;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.Source;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.FrontierEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article links an entry point gives: its discoverer's links, canonical, of the same source
 * (and its {@code match}), at most the crawl's count; a paginated list's next pages followed up to
 * its page count, a pagination that loops stopped. Child sitemaps and next pages, like the links,
 * must be on the source's own hosts: an entry point cannot send the crawler elsewhere.
 */
final class EntryLinks {
  private final SourceRegistry sources;
  private final Discoverers discoverers;
  private final PoliteFetcher polite;
  private final CrawlOptions options;

  EntryLinks(
      SourceRegistry sources, Discoverers discoverers, PoliteFetcher polite, CrawlOptions options) {
    this.sources = sources;
    this.discoverers = discoverers;
    this.polite = polite;
    this.options = options;
  }

  record Links(Set<String> articles, Set<String> entries, List<String> problems) {}

  /** The article links of an entry point, its next pages followed (at most its page count). */
  Links links(FrontierEntry e, Source source, EntryPoint entry, FetchResult first)
      throws InterruptedException {
    Set<String> articles = new LinkedHashSet<>();
    Set<String> entries = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    Set<String> seenPages = new HashSet<>(Set.of(e.url()));
    Optional<Pattern> match = entry.match().map(Pattern::compile);
    FetchResult page = first;
    for (int n = 1; ; n++) {
      Discovered d =
          discoverers.discover(
              entry,
              new EntryPage(
                  page.finalUrl() == null ? page.url() : page.finalUrl(),
                  page.body(),
                  page.contentType(),
                  source.crawl().charset()));
      problems.addAll(d.problems());
      for (String link : d.articles()) {
        if (articles.size() >= options.maxArticlesPerEntry()) {
          break;
        }
        Optional<String> canonical = UrlCanonicalizer.canonical(link);
        if (canonical.isEmpty() || seenPages.contains(canonical.get())) {
          continue;
        }
        if (canonical.get().length() > UrlVisitor.MAX_URL) {
          problems.add(
              "a link longer than "
                  + UrlVisitor.MAX_URL
                  + " characters left out: "
                  + canonical.get().substring(0, 100)
                  + "…");
          continue;
        }
        boolean ours = ours(canonical.get(), source);
        boolean matches = match.map(p -> p.matcher(canonical.get()).find()).orElse(true);
        if (ours && matches) {
          articles.add(canonical.get());
        }
      }
      for (String child : d.entries()) {
        Optional<String> canonical = UrlCanonicalizer.canonical(child);
        if (canonical.isPresent() && ours(canonical.get(), source)) {
          entries.add(canonical.get());
        } else {
          problems.add(e.url() + ": a child sitemap on another site left out: " + child);
        }
      }
      if (d.next().isEmpty()
          || n >= entry.pages()
          || articles.size() >= options.maxArticlesPerEntry()) {
        if (d.next().isPresent() && n >= entry.pages()) {
          problems.add(e.url() + ": stopped after " + n + " pages (pages: " + entry.pages() + ")");
        }
        break;
      }
      String next = UrlCanonicalizer.canonical(d.next().get()).orElse(d.next().get());
      if (!ours(next, source)) {
        problems.add(e.url() + ": the next page is on another site, not followed: " + next);
        break;
      }
      if (!seenPages.add(next)) {
        problems.add(e.url() + ": pagination returns to " + next);
        break;
      }
      PoliteFetcher.Attempt fetched = polite.fetch(e, source, next, false);
      if (fetched.result().isEmpty() || !fetched.result().get().ok()) {
        problems.add(
            fetched
                .result()
                .map(FetchResult::message)
                .orElse(fetched.outcome() + " " + fetched.reason()));
        break;
      }
      page = fetched.result().get();
    }
    return new Links(articles, entries, problems);
  }

  /** Whether a URL is on one of the source's hosts (links, child sitemaps, next pages). */
  private boolean ours(String url, Source source) {
    return sources.forUrl(url).map(s -> s.id().equals(source.id())).orElse(false);
  }
}
