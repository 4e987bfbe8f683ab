package cn.hinews.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.archive.BulletinImporter;
import cn.hinews.core.archive.SeedFixtures;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.store.DecisionRepository.Decision;
import cn.hinews.core.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceTrainingTest {
  @TempDir Path dir;

  private static final List<String> OFF_TOPIC =
      List.of(
          "周末多个公园迎来赏花高峰，游客络绎不绝，交通部门提醒市民错峰出行。",
          "本赛季联赛第十轮比赛昨晚结束，主队在主场以二比一战胜客队，球迷欢呼。",
          "股市今日小幅上涨，银行板块领涨，成交量较昨日有所放大，分析师谨慎乐观。",
          "新开业的商场吸引大批顾客，餐饮和影院人气旺盛，周边道路出现拥堵。",
          "气象台发布降温预报，今明两天有大风和雨雪天气，请注意添衣保暖。",
          "这部电影讲述了一个家庭的故事，导演在发布会上介绍了拍摄的幕后花絮。");

  @Test
  void aModelIsTrainedOnceEditorsRejectedEnough() throws Exception {
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"))) {
      Clock clock = Clock.fixed(Instant.parse("2026-02-01T02:00:00Z"), ZoneOffset.UTC);
      Path seeds = dir.resolve("seeds");
      Files.createDirectories(seeds);
      for (String name : SeedFixtures.NAMES) {
        Files.writeString(
            seeds.resolve(name + ".md"), SeedFixtures.seed(name), StandardCharsets.UTF_8);
      }
      new BulletinImporter(store, ConfigLoader.defaults(), clock)
          .importPaths(List.of(seeds), o -> {});
      ChineseNlp nlp = ChineseNlp.hanlp();
      for (int i = 0; i < OFF_TOPIC.size(); i++) {
        int n = i;
        store.inTransaction(
            s -> {
              long id =
                  s.articles()
                      .insert(
                          new Article(
                              "https://example.cn/off/" + n,
                              "新闻" + n,
                              "某网",
                              "",
                              List.of(),
                              List.of(),
                              Optional.empty(),
                              List.of(Block.paragraph(OFF_TOPIC.get(n))),
                              Optional.empty()))
                      .id();
              s.decisions().decide(id, "weekly", Decision.REJECTED, clock.instant());
              return null;
            });
        RelevanceTraining t = RelevanceTraining.fromStore(store, nlp);
        assertThat(t.positives()).isEqualTo(10);
        assertThat(t.negatives()).isEqualTo(n + 1);
        assertThat(t.model().isPresent()).isEqualTo(n + 1 >= RelevanceTraining.MIN_EACH);
      }
      RelevanceTraining trained = RelevanceTraining.fromStore(store, nlp);
      ArticleAnalyzer analyzer = ArticleAnalyzer.trained(trained, nlp, TaxonomyLoader.defaults());
      Analysis on = analyzer.analyze(ArticleText.parse("医院上线人工智能辅助诊断\n医生使用大模型辅助诊断，患者就医更便捷。"));
      Analysis off = analyzer.analyze(ArticleText.parse("球迷欢呼\n主队在主场战胜客队，球迷欢呼，比赛精彩。"));
      assertThat(on.relevance().modelScore()).isGreaterThan(off.relevance().modelScore());
      assertThat(on.relevance().score()).isGreaterThan(0.7);
      assertThat(off.relevance().score()).isLessThan(0.2);
    }
  }
}
