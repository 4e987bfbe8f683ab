package cn.hinews.core.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.store.DecisionRepository.Decision;
import cn.hinews.core.store.ModelVersion;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoredJudgement;
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

/** The analysis stage over H2: once per revision and model version, re-scores, revisions. */
class AnalysisStageTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-06T02:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;

  @Test
  void eachStoredArticleIsJudgedOnceAndARevisionAgain() throws InterruptedException {
    try (Store store = JudgedStore.open(dir.resolve("home"));
        AnalysisStage stage = JudgedStore.stage(store, CLOCK)) {
      List<Article> articles = JudgedStore.articles(5, LocalDateTime.of(2026, 3, 2, 8, 0), 1);
      JudgedStore.insert(store, articles);
      assertThat(stage.depth().total()).isEqualTo(5);
      assertThat(stage.drain(2, (d, l) -> {}).judged()).isEqualTo(5);
      assertThat(stage.drain(2, (d, l) -> {}).judged()).as("nothing twice").isZero();
      assertThat(JudgedStore.count(store, "SELECT COUNT(*) FROM analysis_run")).isEqualTo(5);

      // the editor's text changes: a new revision, analysed again (once)
      Article first = articles.get(0);
      List<Block> changed = new ArrayList<>(first.body());
      changed.add(Block.paragraph("医院上线人工智能辅助诊断系统，电子病历和互联网医院服务同步升级。"));
      Article revised =
          new Article(
              first.url(),
              first.title() + "（更新）",
              first.outlet(),
              "",
              List.of(),
              List.of(),
              first.published(),
              changed,
              Optional.empty());
      store.inTransaction(s -> s.articles().upsert(revised, "test", CLOCK.instant()));
      assertThat(stage.depth().total()).isEqualTo(1);
      assertThat(stage.drain(1, (d, l) -> {}).judged()).isEqualTo(1);
      long id = store.read(s -> s.articles().findByUrl(first.url())).orElseThrow().id();
      StoredJudgement j = store.read(s -> s.judgements().find(id)).orElseThrow();
      assertThat(j.revision()).isEqualTo(2);
      assertThat(JudgedStore.count(store, "SELECT COUNT(*) FROM analysis_run")).isEqualTo(6);
      assertThat(stage.depth().total()).isZero();
    }
  }

  @Test
  void aNewModelVersionScoresTheOpenPeriodAgain() throws InterruptedException {
    try (Store store = JudgedStore.open(dir.resolve("home"));
        AnalysisStage stage = JudgedStore.stage(store, CLOCK)) {
      JudgedStore.insert(store, JudgedStore.articles(12, LocalDateTime.of(2026, 3, 2, 8, 0), 2));
      stage.drain(2, (d, l) -> {});
      ModelVersion first = stage.service().models().current().version();
      assertThat(first.trained()).isFalse();
      assertThat(stage.refreshModel()).as("no decision changed").isEmpty();

      // editors publish five items and reject five other articles
      List<StoredArticle> stored = store.read(s -> s.articles().latest(12));
      BulletinService bulletins =
          new BulletinService(store, ConfigLoader.load(Optional.empty()), CLOCK);
      bulletins.newDraft(
          "weekly",
          LocalDate.of(2026, 3, 6),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.of(1));
      for (int i = 0; i < 5; i++) {
        bulletins.addItem("weekly", 1, stored.get(i).article().url());
      }
      bulletins.publish("weekly", 1, "editor");
      store.inTransaction(
          s -> {
            for (int i = 5; i < 10; i++) {
              s.decisions()
                  .decide(stored.get(i).id(), "weekly", Decision.REJECTED, CLOCK.instant());
            }
            return null;
          });

      ModelVersion second = stage.refreshModel().orElseThrow();
      assertThat(second.version()).isEqualTo(first.version() + 1);
      assertThat(second.trained()).isTrue();
      assertThat(stage.depth().rescoring()).as("the open period is queued").isEqualTo(12);
      assertThat(stage.drain(2, (d, l) -> {}).judged()).isEqualTo(12);
      assertThat(
              JudgedStore.count(
                  store,
                  "SELECT COUNT(*) FROM article_analysis WHERE model_version = "
                      + second.version()))
          .isEqualTo(12);
      assertThat(JudgedStore.count(store, "SELECT COUNT(*) FROM analysis_run")).isEqualTo(24);
      assertThat(
              JudgedStore.count(store, "SELECT COUNT(*) FROM audit_log WHERE action = 'PUBLISH'"))
          .as("the publication is audited in its transaction")
          .isEqualTo(1);
      assertThat(stage.refreshModel()).as("the same decisions train nothing new").isEmpty();
    }
  }
}
