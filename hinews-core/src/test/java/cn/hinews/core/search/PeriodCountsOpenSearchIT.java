package cn.hinews.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.judge.JudgedStore;
import cn.hinews.core.analysis.stats.PeriodCounts;
import cn.hinews.core.analysis.stats.PeriodStats;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Period;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 统计 counted twice over the same judged articles: in SQL, and as OpenSearch's aggregations over
 * what the indexer wrote. Every figure must agree.
 */
class PeriodCountsOpenSearchIT {
  @TempDir Path dir;

  private static final List<String[]> OUTLETS =
      List.of(
          new String[] {"人民网", "https://health.people.com.cn/n1/"},
          new String[] {"国家卫生健康委", "https://www.nhc.gov.cn/wjw/"},
          new String[] {"新京报", "https://www.bjnews.com.cn/detail/"},
          new String[] {"健康报", "https://www.jkb.com.cn/news/"});

  @Test
  void sqlAndAggregationsGiveTheSameFigures() throws InterruptedException {
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
        SearchIndex index =
            SearchIndexes.openSearch(
                URI.create(OpenSearchServer.shared().url()),
                "stats-" + ProcessHandle.current().pid(),
                ChineseNlp.hanlp())) {
      List<Article> articles = new ArrayList<>();
      List<Article> base = JudgedStore.articles(60, LocalDateTime.of(2026, 3, 1, 8, 0), 11);
      for (int i = 0; i < base.size(); i++) {
        Article a = base.get(i);
        String[] outlet = OUTLETS.get(i % OUTLETS.size());
        articles.add(
            new Article(
                outlet[1] + i + ".html",
                a.title(),
                outlet[0],
                a.sourceLine(),
                a.authors(),
                a.editors(),
                a.published(),
                a.body(),
                a.fetchedAt()));
      }
      JudgedStore.insert(store, articles);
      JudgedStore.drain(store);
      ArchiveIndexer indexer =
          new ArchiveIndexer(
              store,
              index,
              SourceRegistry.defaults(),
              new BulletinService(store, ConfigLoader.defaults(), Clock.systemUTC()),
              Clock.systemUTC());
      indexer.rebuild(n -> {});
      PeriodCounts sql = PeriodCounts.sql(store);
      PeriodCounts os = index.periodCounts().orElseThrow();
      Map<String, String> names = Map.of("medical-ai", "医疗人工智能");
      for (Period p :
          List.of(
              new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7)),
              new Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)),
              new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))) {
        PeriodStats bySql = PeriodStats.of(sql, p, names);
        PeriodStats byAggregations = PeriodStats.of(os, p, names);
        assertThat(byAggregations).as(p.toString()).isEqualTo(bySql);
        // the same order of the ranked lists, not only the same counts
        assertThat(List.copyOf(byAggregations.hotWords().keySet()))
            .isEqualTo(List.copyOf(bySql.hotWords().keySet()));
        assertThat(List.copyOf(byAggregations.byOutlet().keySet()))
            .isEqualTo(List.copyOf(bySql.byOutlet().keySet()));
      }
      PeriodStats week =
          PeriodStats.of(os, new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7)), names);
      // figures that are there to compare
      assertThat(week.total()).isEqualTo(60);
      assertThat(week.byOutlet()).hasSize(4);
      assertThat(week.hotWords()).hasSizeGreaterThan(5);
      assertThat(week.perDayByTopic()).isNotEmpty();
      assertThat(week.sentiment()).isNotEmpty();
      assertThat(
              os.termCounts(
                  cn.hinews.core.store.Judgement.TermKind.KEYWORD,
                  LocalDate.of(2026, 3, 1),
                  LocalDate.of(2026, 3, 7),
                  0.3,
                  30))
          .isEqualTo(
              sql.termCounts(
                  cn.hinews.core.store.Judgement.TermKind.KEYWORD,
                  LocalDate.of(2026, 3, 1),
                  LocalDate.of(2026, 3, 7),
                  0.3,
                  30));
      assertThat(Optional.of(week.total()))
          .contains(sql.count(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7)));
    }
  }
}
