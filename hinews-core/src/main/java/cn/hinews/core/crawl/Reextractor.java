package cn.hinews.core.crawl;

import cn.hinews.core.domain.Article;
import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.extract.Extraction;
import cn.hinews.core.extract.Page;
import cn.hinews.core.store.ArticleRepository;
import cn.hinews.core.store.RawPage;
import cn.hinews.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the kept raw pages again with the current extractor: an article whose text comes out
 * different becomes its next revision; one that could not be read before may now be stored.
 */
public final class Reextractor {
  /** What a run did. */
  public record Report(
      int pages, int inserted, int revised, int unchanged, List<String> failures) {}

  private final Store store;
  private final ArticleExtractor extractor;
  private final Clock clock;
  private final cn.hinews.core.source.SourceRegistry sources;

  public Reextractor(
      Store store,
      ArticleExtractor extractor,
      cn.hinews.core.source.SourceRegistry sources,
      Clock clock) {
    this.sources = sources;
    this.store = store;
    this.extractor = extractor;
    this.clock = clock;
  }

  /**
   * @param sourceId only this source's pages, if given
   * @param progress told after each page with the count so far
   */
  public Report run(Optional<String> sourceId, Consumer<Integer> progress) {
    int pages = 0;
    int inserted = 0;
    int revised = 0;
    int unchanged = 0;
    List<String> failures = new ArrayList<>();
    String after = "";
    while (true) {
      String from = after;
      List<String> urls = store.read(s -> s.pages().urls(sourceId, from, 200));
      if (urls.isEmpty()) {
        break;
      }
      for (String url : urls) {
        after = url;
        pages++;
        try {
          RawPage raw = store.read(s -> s.pages().find(url)).orElseThrow();
          Extraction x = extractor.extract(new Page(raw.finalUrl(), raw.body(), raw.contentType()));
          if (x.unstorable().isPresent()) {
            failures.add(url + ": " + x.unstorable().get());
            continue;
          }
          Instant now = clock.instant();
          Article a =
              x.toArticle(
                  url,
                  sources.byId(raw.sourceId()).map(src -> src.outlet()).orElse(""),
                  Optional.of(raw.fetchedAt()));
          ArticleRepository.Upserted u =
              store.inTransaction(s -> s.articles().upsert(a, raw.sourceId(), now));
          switch (u.change()) {
            case INSERTED -> inserted++;
            case REVISED -> revised++;
            case UNCHANGED -> unchanged++;
          }
        } catch (RuntimeException e) {
          failures.add(url + ": " + e.getMessage());
        }
        progress.accept(pages);
      }
    }
    return new Report(pages, inserted, revised, unchanged, List.copyOf(failures));
  }
}
