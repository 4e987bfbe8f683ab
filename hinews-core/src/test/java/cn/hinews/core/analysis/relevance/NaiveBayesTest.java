package cn.hinews.core.analysis.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.analysis.text.Token;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBayesTest {
  private static List<Token> words(String... w) {
    return Arrays.stream(w).map(x -> new Token(x, "n")).toList();
  }

  private final NaiveBayes model =
      NaiveBayes.train(
          List.of(words("医院", "信息化", "平台"), words("电子病历", "医院", "系统")),
          List.of(words("足球", "比赛", "球迷"), words("股市", "上涨", "比赛")));

  @Test
  void learnsWhichWordsMarkEachSide() {
    assertThat(model.probability(words("医院", "系统"))).isGreaterThan(0.8);
    assertThat(model.probability(words("比赛", "球迷"))).isLessThan(0.2);
    assertThat(model.probability(words("未知词"))).isEqualTo(0.5);
  }

  @Test
  void aWrittenModelReadsBackTheSame() throws IOException {
    StringWriter out = new StringWriter();
    model.write(out);
    NaiveBayes back = NaiveBayes.read(new StringReader(out.toString()));
    for (List<Token> doc : List.of(words("医院", "比赛"), words("信息化"), words("股市"))) {
      assertThat(back.probability(doc)).isEqualTo(model.probability(doc));
    }
  }

  @Test
  void aForeignFileIsRefused() {
    assertThatThrownBy(() -> NaiveBayes.read(new StringReader("word\t1\t2\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a hinews naive-bayes model");
  }
}
