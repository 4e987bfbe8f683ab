package cn.hinews.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.judge.JudgedStore;
import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.AlertRepository.TermCount;
import cn.hinews.core.store.AlertRepository.TermDay;
import cn.hinews.core.store.Store;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spike baselines' stories counted twice over the same judged articles, reprints among them: in
 * SQL, and as OpenSearch's aggregations over what the indexer wrote. They agree for every kind a
 * spike is watched for, and again after two stories merged (the moved articles written anew by the
 * catch-up).
 */
class StoryCountsOpenSearchIT {
  private static final List<String> KINDS =
      List.of("TOPIC", "KEYWORD", "ORGANISATION", "PRODUCT", "POLICY", "EVENT");
  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 15);
  private static final LocalDateTime SINCE = LocalDateTime.of(2026, 3, 3, 12, 0);

  @TempDir Path dir;

  @Test
  void sqlAndAggregationsCountTheSameStoriesBeforeAndAfterAMerge() throws InterruptedException {
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
        SearchIndex index =
            SearchIndexes.openSearch(
                URI.create(OpenSearchServer.shared().url()),
                "stories-" + ProcessHandle.current().pid(),
                ChineseNlp.hanlp())) {
      List<Article> base = new ArrayList<>();
      List<Article> plain = JudgedStore.articles(40, LocalDateTime.of(2026, 3, 1, 8, 0), 17);
      for (int i = 0; i < plain.size(); i++) {
        base.add(withLead(plain.get(i), HEALTH_IT.get(i % HEALTH_IT.size())));
      }
      List<Article> articles = new ArrayList<>(base);
      // reprints: the first ten stories copied twice each by other outlets, hours later
      for (int copy = 1; copy <= 2; copy++) {
        for (Article a : base.subList(0, 10)) {
          articles.add(reprint(a, copy));
        }
      }
      JudgedStore.insert(store, articles);
      JudgedStore.drain(store);
      // the index's clock an hour on: what was stored and judged now is older than the catch-up's
      // look-back, so the catch-up after the merge below takes the moved articles because they
      // moved (two hours on), not because they are new
      ArchiveIndexer indexer =
          new ArchiveIndexer(
              store,
              index,
              SourceRegistry.defaults(),
              new BulletinService(store, ConfigLoader.defaults(), Clock.systemUTC()),
              Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
      indexer.rebuild(n -> {});
      assertThat(indexer.layoutCurrent()).isTrue();
      StoryCounts sql = StoryCounts.sql(store);
      StoryCounts os = index.storyCounts().orElseThrow();
      // the same through pages of seven groups (the composite aggregation's paging)
      StoryCounts paged = ((OpenSearchSearchIndex) index).storyCounts(7);
      assertAgree(paged, sql);

      assertAgree(os, sql);
      // figures that are there to compare: reprints are one story, not three articles
      List<TermDay> topics = sql.perDay("TOPIC", FROM, TO);
      assertThat(topics).isNotEmpty();
      assertThat(sql.perDay("KEYWORD", FROM, TO).size()).isGreaterThan(20);
      long clusters =
          JudgedStore.count(store, "SELECT COUNT(DISTINCT cluster_id) FROM article_analysis");
      assertThat(clusters).isLessThanOrEqualTo(40);
      assertThat(topics.stream().mapToInt(TermDay::stories).sum()).isLessThanOrEqualTo(40);

      // two stories merge (an article bridged them): the moved one's articles count once with the
      // other's, in SQL at once, in the index after its catch-up
      long[] pair = mergeable(store);
      store.inTransaction(
          s -> {
            s.judgements().moveCluster(pair[1], pair[0], Instant.now().plus(Duration.ofHours(2)));
            s.judgements().refreshCluster(pair[0]);
            return null;
          });
      List<TermDay> afterMerge = sorted(sql.perDay("KEYWORD", FROM, TO));
      assertThat(sorted(os.perDay("KEYWORD", FROM, TO)))
          .as("the index has not caught up with the merge yet")
          .isNotEqualTo(afterMerge);
      indexer.catchUp();
      assertAgree(os, sql);
    }
  }

  /** Every kind's stories per day, and since a moment, the same in both. */
  private static void assertAgree(StoryCounts os, StoryCounts sql) {
    for (String kind : KINDS) {
      assertThat(sorted(os.perDay(kind, FROM, TO)))
          .as(kind)
          .isEqualTo(sorted(sql.perDay(kind, FROM, TO)));
      assertThat(sortedCounts(os.since(kind, SINCE)))
          .as(kind)
          .isEqualTo(sortedCounts(sql.since(kind, SINCE)));
    }
  }

  /** Two clusters published the same day that share a keyword: merging them changes its count. */
  private static long[] mergeable(Store store) {
    Map<String, List<Long>> byKeyDay = new TreeMap<>();
    try (var c = store.dataSource().getConnection();
        var ps =
            c.prepareStatement(
                "SELECT DISTINCT t.term, t.published_day, a.cluster_id FROM article_term t"
                    + " JOIN article_analysis a ON a.article_id = t.article_id"
                    + " WHERE t.term_kind = 'KEYWORD' ORDER BY 1, 2, 3");
        var rs = ps.executeQuery()) {
      while (rs.next()) {
        byKeyDay
            .computeIfAbsent(rs.getString(1) + "|" + rs.getObject(2), k -> new ArrayList<>())
            .add(rs.getLong(3));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    for (List<Long> clusters : byKeyDay.values()) {
      if (clusters.size() >= 2) {
        return new long[] {clusters.get(0), clusters.get(1)};
      }
    }
    throw new AssertionError("no keyword of a day in two stories: " + byKeyDay.keySet());
  }

  /** Leads of health-informatics news, so that the articles have topics (written for the test). */
  private static final List<String> HEALTH_IT =
      List.of(
          "市卫生健康委推进智慧医院建设，电子病历系统应用水平分级评价覆盖全部三级医院。",
          "互联网医院开通在线复诊和处方流转服务，医保移动支付同步上线。",
          "医院上线医疗大模型和人工智能辅助诊断系统，智能导诊和预问诊服务覆盖全院。",
          "全民健康信息平台实现检查检验结果互认，数据安全和个人信息保护措施同步加强。",
          "远程医疗协作网连接县级医院和乡镇卫生院，远程会诊和远程影像诊断常态化开展。");

  private static Article withLead(Article a, String lead) {
    List<cn.hinews.core.domain.Block> body = new ArrayList<>();
    body.add(cn.hinews.core.domain.Block.paragraph(lead));
    body.addAll(a.body());
    return new Article(
        a.url(),
        a.title(),
        a.outlet(),
        a.sourceLine(),
        a.authors(),
        a.editors(),
        a.published(),
        body,
        a.fetchedAt());
  }

  private static Article reprint(Article a, int copy) {
    return new Article(
        "https://copy" + copy + ".example.cn" + URI.create(a.url()).getPath(),
        "转载：" + a.title(),
        "转载网站" + copy,
        a.sourceLine(),
        a.authors(),
        a.editors(),
        a.published()
            .map(
                p ->
                    new cn.hinews.core.domain.PublishTime(
                        p.value().plusHours(copy), p.precision(), p.raw())),
        a.body(),
        a.fetchedAt());
  }

  private static List<TermDay> sorted(List<TermDay> rows) {
    return rows.stream()
        .sorted(Comparator.comparing(TermDay::term).thenComparing(TermDay::day))
        .toList();
  }

  private static List<TermCount> sortedCounts(List<TermCount> rows) {
    return rows.stream().sorted(Comparator.comparing(TermCount::term)).toList();
  }
}
