package cn.hinews.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest
  @CsvSource({"656,六五六", "660,六六〇", "554,五五四", "0,〇", "1000,一〇〇〇", "7,七"})
  void writesDigitByDigit(int n, String expected) {
    assertThat(ChineseNumerals.digitByDigit(n)).isEqualTo(expected);
    assertThat(ChineseNumerals.parse(expected)).contains(n);
  }

  @ParameterizedTest
  @CsvSource({"五百五十四,554", "六百六十,660", "十二,12", "六零七,607", "六○七,607", "657,657"})
  void readsOtherSpellings(String text, int expected) {
    assertThat(ChineseNumerals.parse(text)).contains(expected);
  }

  @Test
  void rejectsWhatIsNoNumber() {
    assertThat(ChineseNumerals.parse("第期")).isEmpty();
    assertThat(ChineseNumerals.parse("")).isEmpty();
    assertThatThrownBy(() -> ChineseNumerals.digitByDigit(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
