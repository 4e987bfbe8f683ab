package cn.hinews.core.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.candidates.Candidate;
import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.analysis.stats.PeriodStats;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.DecisionRepository.Decision;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis stage's SQL and its readers on a database: the same contract runs on H2 ({@link
 * H2JudgementTest}) and on PostgreSQL ({@link PostgresJudgementIT}).
 */
abstract class JudgementContract {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-06T02:00:00Z"), ZoneOffset.UTC);
  private static final Period WEEK = new Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
  @TempDir Path dir;

  abstract Store freshStore(Path dir) throws Exception;

  @Test
  void judgedOnceClusteredRankedCountedAndRejectedInSql() throws Exception {
    try (Store store = freshStore(dir);
        AnalysisStage stage = JudgedStore.stage(store, CLOCK)) {
      List<Article> articles =
          new ArrayList<>(JudgedStore.articles(12, LocalDateTime.of(2026, 3, 2, 8, 0), 5));
      Article story =
          new Article(
              "https://a.example.cn/story.html",
              "医院上线人工智能辅助诊断",
              "人民网",
              "",
              List.of(),
              List.of(),
              Optional.of(
                  new PublishTime(LocalDateTime.of(2026, 3, 4, 9, 0), Precision.MINUTE, "")),
              List.of(
                  Block.paragraph(
                      "医院上线医疗大模型和人工智能辅助诊断系统，智能导诊、智能问诊和预问诊服务覆盖全院，"
                          + "医生借助AI辅助完成病历书写，患者就医时间明显缩短。互联网医院和电子病历同步升级。")),
              Optional.empty());
      articles.add(story);
      for (int i = 1; i <= 2; i++) {
        articles.add(
            new Article(
                "https://b" + i + ".example.cn/reprint.html",
                "转载：医院上线AI",
                "某地方网" + i,
                "",
                List.of(),
                List.of(),
                Optional.of(
                    new PublishTime(LocalDateTime.of(2026, 3, 4, 9 + i, 0), Precision.MINUTE, "")),
                List.of(Block.paragraph("来源：人民网"), story.body().get(0)),
                Optional.empty()));
      }
      JudgedStore.insert(store, articles);
      assertThat(stage.drain(2, (d, l) -> {}).judged()).isEqualTo(15);
      assertThat(stage.depth().total()).isZero();

      long storyId = store.read(s -> s.articles().findByUrl(story.url())).orElseThrow().id();
      Judgements.ArticleJudgement j = new Judgements(store).of(storyId).orElseThrow();
      assertThat(j.original()).isTrue();
      assertThat(j.reprints()).hasSize(2);
      assertThat(j.analysis().relevance().score()).isEqualTo(j.stored().relevance());

      CandidateService candidates = new CandidateService(store, SourceRegistry::defaults, CLOCK);
      List<Candidate> ranked = candidates.rank("weekly", WEEK, false).candidates();
      Candidate top = ranked.get(0);
      assertThat(top.article().id()).isEqualTo(storyId);
      assertThat(top.reprints()).hasSize(2);
      assertThat(ranked)
          .extracting(c -> c.article().article().url())
          .doesNotContain("https://b1.example.cn/reprint.html");

      PeriodStats stats = PeriodStats.fromStore(store, WEEK, Map.of("medical-ai", "医疗人工智能"));
      assertThat(stats.total()).isEqualTo(15);
      assertThat(
              stats.perDayByTopic().values().stream()
                  .flatMap(List::stream)
                  .mapToInt(Integer::intValue)
                  .sum())
          .isEqualTo(15);
      assertThat(stats.perDayByTopic()).containsKey("医疗人工智能");
      assertThat(stats.byOutlet()).containsEntry("人民网", 13);
      assertThat(stats.hotWords()).isNotEmpty();

      store.inTransaction(
          s -> {
            s.decisions().decide(storyId, "weekly", Decision.REJECTED, CLOCK.instant());
            return null;
          });
      assertThat(candidates.rank("weekly", WEEK, false).candidates())
          .extracting(c -> c.article().id())
          .doesNotContain(storyId);
      int queued =
          store.read(
              s -> s.analysisQueue().enqueueRescore(WEEK.from(), WEEK.to(), 99, CLOCK.instant()));
      assertThat(queued).isEqualTo(15);
      assertThat(stage.depth().rescoring()).isEqualTo(15);
    }
  }
}
