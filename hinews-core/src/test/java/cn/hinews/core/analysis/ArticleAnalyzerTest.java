package cn.hinews.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.sentiment.Polarity;
import cn.hinews.core.analysis.text.ArticleText;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
  @Test
  void oneArticleGetsEveryPart() {
    Analysis a =
        ArticleAnalyzer.standard()
            .analyze(
                ArticleText.parse(
                    "醫院上線AI輔助診斷系統\n"
                        + "北京市卫生健康委员会近日印发《关于推进智慧医院建设的通知》。\n"
                        + "某医院上线“智医助手”大模型，辅助诊断准确率提升，患者就医更加便捷。"));
    assertThat(a.relevance().score()).isGreaterThan(0.7);
    assertThat(a.relevance().topics()).isNotEmpty();
    assertThat(a.entities().policies()).containsExactly("关于推进智慧医院建设的通知");
    assertThat(a.entities().products()).contains("智医助手");
    assertThat(a.keywords()).isNotEmpty();
    assertThat(a.sentiment().polarity()).isEqualTo(Polarity.POSITIVE);
  }
}
