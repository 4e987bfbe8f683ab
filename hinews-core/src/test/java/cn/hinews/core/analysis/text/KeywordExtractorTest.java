package cn.hinews.core.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
  private final ChineseNlp nlp = ChineseNlp.hanlp();
  private final KeywordExtractor keywords = new KeywordExtractor();

  @Test
  void titleWordsAndRepeatedWordsLead() {
    List<String> k =
        keywords.keywords(
            nlp.tokens("互联网医院上线"), nlp.tokens("记者获悉，互联网医院提供在线复诊。患者通过互联网医院购药，处方由药师审核。"), 3);
    assertThat(k).hasSize(3).doesNotContain("记者");
    assertThat(String.join("", k)).contains("医院");
  }

  @Test
  void knownPhrasesStayWhole() {
    List<Token> body = List.of(new Token("大", "a"), new Token("模型", "n"), new Token("应用", "vn"));
    assertThat(new KeywordExtractor(java.util.Set.of("大模型")).keywords(List.of(), body, 5))
        .contains("大模型")
        .doesNotContain("模型");
    assertThat(new KeywordExtractor().keywords(List.of(), body, 5)).contains("模型");
  }

  @Test
  void hotWordsAreThoseMostArticlesShare() {
    List<Map.Entry<String, Integer>> hot =
        keywords.hotWords(
            List.of(List.of("大模型", "医院"), List.of("大模型", "医保"), List.of("大模型", "医院")), 2);
    assertThat(hot).containsExactly(Map.entry("大模型", 3), Map.entry("医院", 2));
  }
}
