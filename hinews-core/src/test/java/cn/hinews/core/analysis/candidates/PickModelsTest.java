package cn.hinews.core.analysis.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.judge.JudgedStore;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.bulletin.DraftEditor;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.ModelVersion;
import cn.hinews.core.store.PickModelRow;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pick model's versions: trained on a published issue's items against the other candidates of
 * its period, stored as version 1, kept while the relevance model stays, retrained as version 2
 * when it changes; read, never trained, by the ranking.
 */
class PickModelsTest {
  @TempDir Path dir;

  private static final String[] TITLES = {
    "北京市互联网医院接入区域全民健康信息平台",
    "医疗大模型市场规模预计突破百亿元",
    "北京医保信息平台全面建成",
    "医疗人工智能赛道融资升温",
    "电子病历应用水平评价启动",
    "智慧医院投资热潮下的观点"
  };

  @Test
  void trainedOnThePublishedIssueStoredAndRetrainedWithTheRelevanceModel()
      throws InterruptedException {
    HinewsConfig config = ConfigLoader.load(Optional.empty());
    Clock clock = Clock.fixed(Instant.parse("2026-03-31T09:00:00Z"), ZoneOffset.UTC);
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"))) {
      List<Long> ids = new ArrayList<>();
      store.inTransaction(
          s -> {
            for (int i = 0; i < TITLES.length; i++) {
              String body = TITLES[i] + "。医院信息化、电子病历、互联网医院和医疗数据安全工作持续推进，人工智能应用加快落地。";
              ids.add(
                  s.articles()
                      .insert(
                          new Article(
                              "https://www.people.com.cn/n1/2026/0304/" + i + ".html",
                              TITLES[i],
                              "人民网",
                              "",
                              List.of(),
                              List.of(),
                              Optional.of(
                                  new PublishTime(
                                      LocalDateTime.of(2026, 3, 4 + i, 9, 0),
                                      Precision.MINUTE,
                                      "")),
                              List.of(new Block(BlockKind.PARAGRAPH, body)),
                              Optional.empty()))
                      .id());
            }
            return null;
          });
      JudgedStore.drain(store);
      BulletinService bulletins = new BulletinService(store, config, clock);
      bulletins.newDraft(
          "monthly",
          LocalDate.of(2026, 3, 31),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty());
      DraftEditor editor = new DraftEditor(store);
      // the editors carried the two Beijing reports, not the market analyses or the opinion
      editor.add("monthly", 1, ids.get(0));
      editor.add("monthly", 1, ids.get(2));
      bulletins.publish("monthly", 1);

      CandidateService candidates = new CandidateService(store, SourceRegistry::defaults, clock);
      PickModels models =
          new PickModels(store, config::allSeries, SourceRegistry::defaults, candidates, clock);
      assertThat(models.current())
          .as("nothing stored: the standard weights")
          .isEqualTo(PickModel.standard());

      ModelVersion relevance = new ModelVersion(1, "a".repeat(64), 0, 0, false, clock.instant());
      PickModelRow first = models.refresh(relevance).orElseThrow();
      assertThat(first.version()).isEqualTo(1);
      assertThat(first.picks()).isEqualTo(2);
      assertThat(first.periods()).isEqualTo(1);
      PickModel trained = models.current();
      assertThat(trained.trainedOn()).isEqualTo(2);
      assertThat(trained.weight(PickFeature.REGION))
          .isGreaterThan(PickModel.standard().weight(PickFeature.REGION));
      assertThat(trained.weight(PickFeature.KIND)).isPositive();
      assertThat(trained.topics()).isNotEmpty();

      assertThat(models.refresh(relevance))
          .as("the same relevance model: no new version")
          .isEmpty();
      ModelVersion next = new ModelVersion(2, "b".repeat(64), 0, 0, false, clock.instant());
      assertThat(models.refresh(next)).map(PickModelRow::version).contains(2);
      // a publication retrains it too, while the relevance model (too few examples) stays
      bulletins.newDraft(
          "monthly",
          LocalDate.of(2026, 4, 30),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty());
      editor.add("monthly", 2, ids.get(4));
      bulletins.publish("monthly", 2);
      assertThat(models.refresh(next)).map(PickModelRow::version).contains(3);
      PickModel latest = models.current();
      assertThat(
              new PickModels(store, config::allSeries, SourceRegistry::defaults, candidates, clock)
                  .current())
          .as("another process reads the stored version")
          .isEqualTo(latest);
    }
  }
}
