package cn.hinews.core.analysis.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyScorerTest {
  private final RelevanceScorer scorer = RelevanceScorer.taxonomy(TaxonomyLoader.defaults());

  private Relevance score(String title, String... paragraphs) {
    return scorer.score(new ArticleText(title, List.of(paragraphs)), List.of());
  }

  @Test
  void onTopicHealthOnlyAndOffTopicAreOrdered() {
    Relevance onTopic =
        score(
            "某市上线互联网医院 电子病历实现互联互通",
            "该市卫生健康委介绍，全市二级以上医院完成电子病历系统升级，患者可在线问诊、线上复诊。",
            "依托全民健康信息平台，检查检验结果在医疗机构间互认，健康医疗大数据用于辅助诊断。");
    Relevance healthOnly =
        score(
            "孕产妇死亡率持续下降",
            "统计显示，全市孕产妇死亡率和婴儿死亡率继续下降，医院产科服务能力提升，医生和护士队伍扩大。",
            "卫生健康部门将继续做好孕产妇健康管理和疾病筛查，提高基层医疗服务水平。");
    Relevance offTopic = score("春季赏花游客增多", "周末多个公园迎来赏花高峰，游客络绎不绝，交通部门提醒错峰出行。");
    assertThat(onTopic.score()).isGreaterThan(0.8);
    assertThat(healthOnly.score()).isBetween(0.15, 0.5);
    assertThat(offTopic.score()).isLessThan(0.05);
    assertThat(onTopic.topics()).extracting(TopicScore::id).contains("internet-hospital");
    assertThat(onTopic.topics().get(0).terms()).isNotEmpty();
  }

  @Test
  void aPartlyOnTopicArticleScoresByTheShareThatIs() {
    String it = "会议提出推进智慧医院建设，加快电子病历和互联网医院发展，推动人工智能辅助诊断应用。";
    String other = "会议还部署了医院安全生产、后勤保障、人员招聘、财务管理和医院党建等方面的工作任务。";
    Relevance whole = score("卫生健康工作会议召开", it, it, it);
    Relevance part = score("卫生健康工作会议召开", it, other, other, other, other, other, other, other);
    assertThat(part.coverage()).isLessThan(whole.coverage());
    assertThat(part.score()).isLessThan(whole.score());
  }

  @Test
  void latinTermsCountOnlyAsWholeWords() {
    assertThat(Occurrences.count("AI医生和AIDS", "AI")).isEqualTo(1);
    assertThat(Occurrences.count("EMAIL", "AI")).isZero();
    assertThat(Occurrences.count("5G网络", "5G")).isEqualTo(1);
  }

  @Test
  void theTitleWeighsMoreThanTheLeadAndTheLeadMoreThanTheRest() {
    String filler = "医院推进信息化建设。" + "医生和患者参加了会议，会议听取了工作汇报。".repeat(12);
    Relevance inTitle = score("医院推进大模型应用", filler, "医院召开会议。");
    Relevance inLead = score("医院召开会议", "医院推进大模型应用。" + filler, "医院召开会议。");
    Relevance inRest = score("医院召开会议", filler, "医院推进大模型应用。");
    assertThat(inTitle.score()).isGreaterThan(inLead.score());
    assertThat(inLead.score()).isGreaterThan(inRest.score());
  }
}
