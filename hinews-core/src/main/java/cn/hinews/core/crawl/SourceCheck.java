package cn.hinews.core.crawl;

import cn.hinews.core.discover.Discovered;
import cn.hinews.core.discover.Discoverers;
import cn.hinews.core.discover.EntryPage;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.Source;
import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.extract.Extraction;
import cn.hinews.core.extract.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one source live, without storing anything: fetches each entry point, lists the links it
 * gives, and extracts the first article, so that a user can fix a source in a minute.
 */
public final class SourceCheck {
  /** One entry point's result. */
  public record EntryResult(
      EntryPoint entry,
      FetchResult.Outcome outcome,
      int status,
      List<String> links,
      List<String> problems) {}

  /** The whole check. */
  public record Report(
      Source source,
      List<EntryResult> entries,
      Optional<String> articleUrl,
      Optional<Extraction> article,
      Optional<String> articleProblem) {}

  private final Fetcher http;
  private final Optional<Fetcher> browser;
  private final ArticleExtractor extractor;
  private final Discoverers discoverers = Discoverers.standard();

  public SourceCheck(Fetcher http, Optional<Fetcher> browser, ArticleExtractor extractor) {
    this.http = http;
    this.browser = browser;
    this.extractor = extractor;
  }

  public Report check(Source source) {
    Fetcher fetcher =
        source.crawl().fetcher() == cn.hinews.core.domain.FetcherKind.BROWSER
            ? browser.orElse(http)
            : http;
    List<EntryResult> results = new ArrayList<>();
    Optional<String> firstArticle = Optional.empty();
    for (EntryPoint e : source.crawl().entries()) {
      FetchResult r = fetcher.fetch(e.url(), Optional.empty(), Optional.empty());
      if (!r.ok()) {
        results.add(
            new EntryResult(e, r.outcome(), r.status(), List.of(), List.of(FetchProblems.say(r))));
        continue;
      }
      Discovered d =
          discoverers.discover(
              e, new EntryPage(r.finalUrl(), r.body(), r.contentType(), source.crawl().charset()));
      List<String> links = new ArrayList<>(d.articles());
      links.addAll(d.entries());
      results.add(new EntryResult(e, r.outcome(), r.status(), links, d.problems()));
      if (firstArticle.isEmpty() && !d.articles().isEmpty()) {
        firstArticle = Optional.of(d.articles().get(0));
      }
    }
    if (firstArticle.isEmpty()) {
      return new Report(
          source,
          results,
          Optional.empty(),
          Optional.empty(),
          Optional.of(FetchProblems.say("no article link found")));
    }
    FetchResult page = fetcher.fetch(firstArticle.get(), Optional.empty(), Optional.empty());
    if (!page.ok()) {
      return new Report(
          source, results, firstArticle, Optional.empty(), Optional.of(FetchProblems.say(page)));
    }
    Optional<String> contentType = source.crawl().contentType(page.contentType());
    Extraction x = extractor.extract(new Page(firstArticle.get(), page.body(), contentType));
    return new Report(
        source, results, firstArticle, Optional.of(x), x.unstorable().map(FetchProblems::say));
  }
}
