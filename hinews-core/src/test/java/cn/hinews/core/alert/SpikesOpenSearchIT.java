package cn.hinews.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.judge.JudgedStore;
import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.config.MailConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.search.ArchiveIndexer;
import cn.hinews.core.search.OpenSearchServer;
import cn.hinews.core.search.SearchIndex;
import cn.hinews.core.search.SearchIndexes;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.Store;
import cn.hinews.core.worker.WorkerIdentity;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of one topic raises its spike with the stories counted by OpenSearch's aggregations (as
 * {@code search.engine: opensearch} counts them): not while the index has not seen the burst, and
 * once it has caught up with the database, with the same figures SQL gives.
 */
class SpikesOpenSearchIT {
  private static final LocalDateTime MORNING = LocalDateTime.of(2026, 3, 6, 9, 0);
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-06T02:00:00Z"));

  @Test
  void aBurstCountedByTheSearchServerRaisesItsSpike() throws Exception {
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
        AnalysisStage stage = JudgedStore.stage(store, clock);
        SearchIndex index =
            SearchIndexes.openSearch(
                URI.create(OpenSearchServer.shared().url()),
                "spikes-" + ProcessHandle.current().pid(),
                ChineseNlp.hanlp());
        WebhookReceiver receiver = new WebhookReceiver()) {
      ArchiveIndexer indexer =
          new ArchiveIndexer(
              store,
              index,
              SourceRegistry.defaults(),
              new BulletinService(store, ConfigLoader.defaults(), clock),
              clock);
      AtomicBoolean caughtUp = new AtomicBoolean();
      Supplier<StoryCounts> byTheServer =
          () -> {
            if (caughtUp.get()) {
              indexer.catchUp();
            }
            return index.storyCounts().orElseThrow();
          };
      try (AlertService alerts =
          AlertFixtures.service(
              store, clock, MailConfig.none(), WorkerIdentity.current(), byTheServer)) {
        AlertRule spikeRule = alerts.rules().find(SpikeMonitor.RULE).orElseThrow();
        alerts
            .rules()
            .update(
                spikeRule.withChannels(
                    List.of(new AlertRule.Channel(Channels.WEBHOOK, receiver.url("/spike"), ""))),
                "admin");
        List<Article> burst = new ArrayList<>();
        for (int i = 0; i < AlertContract.AI_STORIES.size(); i++) {
          String text = AlertContract.AI_STORIES.get(i);
          burst.add(
              AlertFixtures.article(
                  "https://s" + i + ".example.cn/ai.html",
                  text.substring(0, 14),
                  "媒体" + i,
                  MORNING.plusMinutes(i),
                  text));
        }
        JudgedStore.insert(store, burst);
        stage.drain(1, (d, l) -> {});
        // the database has the burst, the index not yet: the server counts nothing
        assertThat(alerts.checkSpikes()).isZero();

        caughtUp.set(true);
        int raised = alerts.checkSpikes();
        assertThat(raised).isPositive();
        assertThat(alerts.alerts(50))
            .filteredOn(a -> a.ruleName().equals(SpikeMonitor.RULE))
            .hasSize(raised)
            .anySatisfy(
                a ->
                    assertThat(a.reason())
                        .startsWith("主题")
                        .contains("今日 7 篇报道")
                        .contains("近14天日均 0.2 篇"));
        assertThat(alerts.checkSpikes()).isZero(); // one alert per term and day
        // the same alerts as SQL would raise: the same counts of every kind
        for (String kind : SpikeMonitor.KINDS.keySet()) {
          assertThat(
                  byTheServer
                      .get()
                      .perDay(kind, MORNING.toLocalDate().minusDays(14), MORNING.toLocalDate()))
              .as(kind)
              .containsExactlyInAnyOrderElementsOf(
                  StoryCounts.sql(store)
                      .perDay(kind, MORNING.toLocalDate().minusDays(14), MORNING.toLocalDate()));
        }
      }
    }
  }
}
