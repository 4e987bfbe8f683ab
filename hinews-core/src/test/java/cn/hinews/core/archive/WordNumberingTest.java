package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers in Word's formats, as a document shows them (and a PDF of it prints them). */
class WordNumberingTest {
  @Test
  void chineseCountingCirclesLettersAndRomans() {
    assertThat(WordNumbering.format(1, "chinesecounting")).isEqualTo("一");
    assertThat(WordNumbering.format(10, "chinesecounting")).isEqualTo("十");
    assertThat(WordNumbering.format(12, "chinesecounting")).isEqualTo("十二");
    assertThat(WordNumbering.format(30, "chinesecountingthousand")).isEqualTo("三十");
    assertThat(WordNumbering.format(3, "decimalenclosedcircle")).isEqualTo("③");
    assertThat(WordNumbering.format(2, "lowerletter")).isEqualTo("b");
    assertThat(WordNumbering.format(4, "upperroman")).isEqualTo("IV");
    assertThat(WordNumbering.format(7, "decimal")).isEqualTo("7");
  }
}
