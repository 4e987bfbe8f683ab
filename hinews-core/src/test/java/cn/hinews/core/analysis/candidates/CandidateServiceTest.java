package cn.hinews.core.analysis.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking of a period read from stored judgements: the articles are stored, then analysed. */
class CandidateServiceTest {
  @TempDir Path dir;

  private static final Period WEEK = new Period(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 9));

  private static final String AI =
      "医院上线医疗大模型和人工智能辅助诊断系统，智能导诊、智能问诊和预问诊服务覆盖全院，" + "医生借助AI辅助完成病历书写，患者就医时间明显缩短。";
  private static final String INTERNET =
      "该市互联网医院正式运行，患者可在线问诊、线上复诊，电子处方流转到药店，" + "远程会诊连通基层医院，医生通过远程医疗平台为偏远地区患者诊疗。";

  private static StoredArticle article(long id, String outlet, String title, String body, int day) {
    List<Block> blocks = new ArrayList<>();
    for (String p : body.split("\n")) {
      blocks.add(Block.paragraph(p));
    }
    return new StoredArticle(
        id,
        new Article(
            "https://example.cn/" + id,
            title,
            outlet,
            "",
            List.of(),
            List.of(),
            Optional.of(PublishTime.ofDay(LocalDate.of(2026, 1, day), "")),
            blocks,
            Optional.empty()));
  }

  @Test
  void oneRowPerClusterWithItsReprintsOffTopicLeftOutAndTopicsMixed() throws InterruptedException {
    String aiBody = AI + "\n" + AI.replace("医院", "三甲医院") + "\n" + "该院人工智能应用已接入大模型。";
    List<StoredArticle> articles =
        List.of(
            article(1, "新华网", "医院用上大模型辅助诊断", aiBody, 5),
            article(2, "某地方网站", "转载：医院用上大模型", "来源：新华网\n" + aiBody + "\n编辑：王五", 6),
            article(
                3,
                "人民网",
                "人工智能辅助诊断走进基层医院",
                "基层卫生院引入人工智能辅助诊断，影像识别算法帮助乡村医生读片。\n" + "县医院专家说，大模型让基层医生看病更有底气，深度学习模型还在持续训练。",
                7),
            article(4, "北京日报", "互联网医院方便患者在线问诊", INTERNET, 8),
            article(5, "人民网", "春季赏花游客增多", "周末多个公园迎来赏花高峰，游客络绎不绝，交通部门提醒错峰出行。", 8));
    List<Candidate> c = rank(articles);
    assertThat(c).extracting(x -> x.article().id()).doesNotContain(2L, 5L);
    assertThat(c).hasSize(3);
    Candidate reprinted = c.stream().filter(x -> x.article().id() == 1).findFirst().orElseThrow();
    assertThat(reprinted.reprints()).containsExactly(2L);
    assertThat(reprinted.explanation()).contains("转载1次").contains("中央媒体");
    assertThat(c.get(0).analysis().relevance().topics().get(0).id()).isEqualTo("medical-ai");
    assertThat(c.get(1).article().id()).as("the second row is another topic").isEqualTo(4L);
    assertThat(c).extracting(Candidate::rank).containsExactly(1, 2, 3);
  }

  /** Stores the articles, drains the analysis stage, then ranks the week from what it stored. */
  private List<Candidate> rank(List<StoredArticle> articles) throws InterruptedException {
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"))) {
      store.inTransaction(
          s -> {
            articles.forEach(a -> s.articles().insert(a.article()));
            return null;
          });
      try (AnalysisStage stage =
          AnalysisStage.over(
              store,
              ChineseNlp.hanlp(),
              TaxonomyLoader::defaults,
              SourceRegistry::defaults,
              Clock.systemUTC())) {
        assertThat(stage.drain(2, (done, left) -> {}).judged()).isEqualTo(articles.size());
      }
      return new CandidateService(store, SourceRegistry::defaults, Clock.systemUTC())
          .rank("weekly", WEEK, false)
          .candidates();
    }
  }
}
