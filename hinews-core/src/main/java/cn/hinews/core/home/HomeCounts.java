package cn.hinews.core.home;

import cn.hinews.core.analysis.stats.PeriodCounts;
import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.config.SearchConfig;
import cn.hinews.core.search.ArchiveIndexer;
import cn.hinews.core.search.SearchIndex;
import cn.hinews.core.store.Store;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a home counts 统计 and the spike baselines: its database, or (search.engine: opensearch) the
 * server's aggregations over the index, caught up with the database first.
 */
final class HomeCounts {
  private static final Logger LOG = LoggerFactory.getLogger(HomeCounts.class);

  private final SearchConfig search;
  private final Store store;
  private final Supplier<ArchiveIndexer> indexer;
  private final Supplier<SearchIndex> index;
  private final AtomicBoolean toldOfLayout = new AtomicBoolean();

  HomeCounts(
      SearchConfig search,
      Store store,
      Supplier<ArchiveIndexer> indexer,
      Supplier<SearchIndex> index) {
    this.search = search;
    this.store = store;
    this.indexer = indexer;
    this.index = index;
  }

  private boolean onServer() {
    return search.engine() == SearchConfig.Engine.OPENSEARCH;
  }

  PeriodCounts period() {
    if (!onServer()) {
      return PeriodCounts.sql(store);
    }
    indexer.get().catchUp();
    return index
        .get()
        .periodCounts()
        .orElseThrow(() -> new IllegalStateException("the search index counts nothing"));
  }

  /**
   * The stories of the spike baselines. An index written by an earlier version lacks the
   * judgements' clusters: the database counts them until {@code hinews reindex}.
   */
  StoryCounts stories() {
    if (!onServer()) {
      return StoryCounts.sql(store);
    }
    ArchiveIndexer ix = indexer.get();
    ix.catchUp();
    if (!ix.layoutCurrent()) {
      if (!toldOfLayout.getAndSet(true)) {
        LOG.warn(
            "the search index {} was written by an earlier hinews and lacks the judgements'"
                + " reprint clusters: spikes are counted in the database until `hinews reindex`",
            search.index());
      }
      return StoryCounts.sql(store);
    }
    return index
        .get()
        .storyCounts()
        .orElseThrow(() -> new IllegalStateException("the search index counts no stories"));
  }
}
