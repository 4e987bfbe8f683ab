package cn.hinews.core.crawl;

import cn.hinews.core.store.ArticleRepository;
import cn.hinews.core.store.FetchLog;

/** Hears what a crawl does: progress for the CLI, stored articles for analysis. */
public interface CrawlListener {
  /** One URL was fetched (or failed), after its result was stored. */
  void fetched(FetchLog entry);

  /** An article was stored (inserted or revised); analysis takes it from here. */
  default void stored(ArticleRepository.Upserted article) {}

  CrawlListener NONE = entry -> {};
}
