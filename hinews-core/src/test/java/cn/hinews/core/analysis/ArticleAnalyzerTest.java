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

  @Test
  void emptyOddAndLongTextsAreAnalysedWithoutFailing() {
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    Analysis empty = analyzer.analyze(ArticleText.parse(""));
    assertThat(empty.relevance().score()).isZero();
    assertThat(empty.keywords()).isEmpty();
    assertThat(empty.sentiment().polarity()).isEqualTo(Polarity.NEUTRAL);
    Analysis odd = analyzer.analyze(ArticleText.parse("😀 《》 “” AI\n\u0000\u3000ＡＩ《\n》"));
    assertThat(odd.relevance().score()).isBetween(0.0, 1.0);
    String paragraph = "医院上线电子病历系统，患者就医更加便捷，数据安全得到保障。";
    String longBody = (paragraph + "\n").repeat(3000);
    long start = System.nanoTime();
    Analysis big = analyzer.analyze(ArticleText.parse("标题\n" + longBody));
    assertThat(big.relevance().score()).isGreaterThan(0.7);
    assertThat((System.nanoTime() - start) / 1e9)
        .as("seconds for 90,000 characters")
        .isLessThan(20);
  }
}
