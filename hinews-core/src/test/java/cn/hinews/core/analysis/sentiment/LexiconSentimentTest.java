package cn.hinews.core.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconSentimentTest {
  private final SentimentAnalyzer analyzer = SentimentAnalyzer.standard();

  private Sentiment tone(String title, String... body) {
    return analyzer.analyze(new ArticleText(title, List.of(body)));
  }

  @Test
  void praiseIsPositiveWithItsPhrases() {
    Sentiment s = tone("智慧医院建设成效显著", "患者就医更加便捷，平均候诊时间缩短一半，满意度不断提升。", "该院的做法获评全国示范案例。");
    assertThat(s.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(s.phrases()).anyMatch(p -> p.contains("便捷"));
    assertThat(s.events()).isEmpty();
  }

  @Test
  void aDataLeakIsNegativeAndFlagged() {
    Sentiment s = tone("某医院发生患者数据泄露", "数万条患者信息被黑客窃取并在网上出售，监管部门对医院处以罚款。");
    assertThat(s.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(s.events()).extracting(HealthItEvent::kind).contains("data-leak", "attack", "fine");
  }

  @Test
  void negationTurnsAWordAround() {
    Sentiment notSatisfied = tone("系统上线", "不少患者反映操作不便捷，对服务不满意。");
    assertThat(notSatisfied.score()).isLessThan(0);
    assertThat(notSatisfied.phrases()).anyMatch(p -> p.contains("[否满意]"));
    Sentiment prevented = tone("加强数据安全", "医院部署防护系统，防止数据泄露，避免系统宕机。");
    assertThat(prevented.events()).isEmpty();
    assertThat(prevented.polarity()).isNotEqualTo(Polarity.NEGATIVE);
    Sentiment denied = tone("医院回应", "经核查，网传患者数据泄露事件未发生。");
    assertThat(denied.events()).isEmpty();
  }

  @Test
  void plainReportingIsNeutral() {
    assertThat(tone("会议召开", "会议于周三在北京召开，各地代表参加。").polarity()).isEqualTo(Polarity.NEUTRAL);
  }

  @Test
  void anOutageAndAMisdiagnosisAreFlagged() {
    Sentiment s = tone("挂号系统宕机", "上午挂号系统宕机两小时。", "有患者称AI辅助系统出现误诊。");
    assertThat(s.events()).extracting(HealthItEvent::kind).contains("outage", "ai-misdiagnosis");
    assertThat(s.polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void anUnknownLexiconKeyIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Lexicon.read(new java.io.StringReader("threshold: 0.2\npositives: [好]\n"), "s.yml"))
        .isInstanceOf(cn.hinews.core.config.ConfigException.class)
        .hasMessageContaining("s.yml")
        .hasMessageContaining("positives");
  }
}
