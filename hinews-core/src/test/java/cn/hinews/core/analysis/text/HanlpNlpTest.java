package cn.hinews.core.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HanlpNlpTest {
  private final ChineseNlp nlp = ChineseNlp.hanlp();

  @Test
  void normalisationFoldsWidthsAndTraditionalCharacters() {
    assertThat(nlp.normalize("ＡＩ醫療　電子病歷２０２６")).isEqualTo("AI医疗 电子病历2026");
    assertThat(nlp.normalize("plain ascii")).isEqualTo("plain ascii");
  }

  @Test
  void segmentsAndTagsEntities() {
    List<Token> tokens = nlp.tokens("北京市卫生健康委员会发布通知，新华社记者阳娜报道。");
    assertThat(tokens).extracting(Token::word).contains("发布", "通知");
    assertThat(tokens).filteredOn(Token::isOrganisation).isNotEmpty();
    assertThat(tokens).filteredOn(Token::isPerson).extracting(Token::word).contains("阳娜");
  }

  @Test
  void piecesGiveTheTextBackWordByWord() {
    String text = "医院上线AI  辅助诊断：5G+医疗，<script>alert(1)</script>\n\n國家衛健委　发布";
    List<String> pieces = nlp.pieces(text);
    assertThat(String.join("", pieces)).isEqualTo(text);
    assertThat(pieces).contains("医院", "AI", "  ", "5G", "+", "script", "alert", "\n\n", "\u3000");
    assertThat(pieces).allMatch(p -> !p.isEmpty());
    assertThat(nlp.pieces("")).isEmpty();
  }
}
