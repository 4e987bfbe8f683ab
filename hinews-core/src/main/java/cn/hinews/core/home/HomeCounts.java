package cn.hinews.core.home;

import cn.hinews.core.analysis.stats.PeriodCounts;
import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.config.SearchConfig;
import cn.hinews.core.search.ArchiveIndexer;
import cn.hinews.core.search.SearchIndex;
import cn.hinews.core.store.AlertRepository.TermCount;
import cn.hinews.core.store.AlertRepository.TermDay;
import cn.hinews.core.store.Count;
import cn.hinews.core.store.DayCount;
import cn.hinews.core.store.Judgement.TermKind;
import cn.hinews.core.store.JudgementRepository.Dimension;
import cn.hinews.core.store.Store;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a home counts 统计 and the spike baselines: its database, or (search.engine: opensearch) the
 * server's aggregations over the index, caught up with the database first. When the server cannot
 * be reached or refuses, the database counts (said in the log): 统计 and the alerts go on.
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

  /** The index caught up with the database; false (logged) when the server failed. */
  private boolean caughtUp(String what) {
    try {
      indexer.get().catchUp();
      return true;
    } catch (RuntimeException e) {
      LOG.warn(
          "the search index {} cannot catch up: {} counted in the database",
          search.index(),
          what,
          e);
      return false;
    }
  }

  PeriodCounts period() {
    PeriodCounts sql = PeriodCounts.sql(store);
    if (!onServer() || !caughtUp("统计")) {
      return sql;
    }
    PeriodCounts server =
        index
            .get()
            .periodCounts()
            .orElseThrow(() -> new IllegalStateException("the search index counts nothing"));
    return new PeriodCounts() {
      @Override
      public int count(LocalDate from, LocalDate to) {
        return either(() -> server.count(from, to), () -> sql.count(from, to));
      }

      @Override
      public List<DayCount> perDay(Dimension dimension, LocalDate from, LocalDate to) {
        return either(
            () -> server.perDay(dimension, from, to), () -> sql.perDay(dimension, from, to));
      }

      @Override
      public List<Count> counts(Dimension dimension, LocalDate from, LocalDate to, int limit) {
        return either(
            () -> server.counts(dimension, from, to, limit),
            () -> sql.counts(dimension, from, to, limit));
      }

      @Override
      public List<Count> termCounts(
          TermKind kind, LocalDate from, LocalDate to, double minRelevance, int limit) {
        return either(
            () -> server.termCounts(kind, from, to, minRelevance, limit),
            () -> sql.termCounts(kind, from, to, minRelevance, limit));
      }
    };
  }

  /**
   * The stories of the spike baselines. An index written by an earlier version lacks the
   * judgements' clusters: the database counts them until {@code hinews reindex}.
   */
  StoryCounts stories() {
    StoryCounts sql = StoryCounts.sql(store);
    if (!onServer() || !caughtUp("the spike baselines")) {
      return sql;
    }
    if (!indexer.get().layoutCurrent()) {
      if (!toldOfLayout.getAndSet(true)) {
        LOG.warn(
            "the search index {} was written by an earlier hinews and lacks the judgements'"
                + " reprint clusters: spikes are counted in the database until `hinews reindex`",
            search.index());
      }
      return sql;
    }
    StoryCounts server =
        index
            .get()
            .storyCounts()
            .orElseThrow(() -> new IllegalStateException("the search index counts no stories"));
    return new StoryCounts() {
      @Override
      public List<TermDay> perDay(String kind, LocalDate from, LocalDate to) {
        return either(() -> server.perDay(kind, from, to), () -> sql.perDay(kind, from, to));
      }

      @Override
      public List<TermCount> since(String kind, LocalDateTime since) {
        return either(() -> server.since(kind, since), () -> sql.since(kind, since));
      }
    };
  }

  /** The server's counts, or the database's when the server fails (logged). */
  private <T> T either(Supplier<T> server, Supplier<T> database) {
    try {
      return server.get();
    } catch (RuntimeException e) {
      LOG.warn("the search server {} failed to count: counted in the database", search.url(), e);
      return database.get();
    }
  }
}
