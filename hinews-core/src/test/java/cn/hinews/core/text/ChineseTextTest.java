package cn.hinews.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026 年 01 月 09 日|2026年01月09日",
        "AI 医生“出诊”记|AI医生“出诊”记",
        "AI 赋能远程医疗 解锁健康管理创新路径|AI赋能远程医疗 解锁健康管理创新路径",
        "创新 workflow 与 big data|创新workflow与big data",
        "  多余   空格 |多余 空格",
        "达到 98.5% 。|达到98.5%。"
      })
  void dropsOnlyTheSpacesChineseDoesNotHave(String in, String out) {
    assertThat(ChineseText.normalize(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"打造医生“智能外脑”, 医疗级AI|打造医生“智能外脑”,医疗级AI", "（第六五六期）|(第六五六期)"})
  void compareKeyFoldsWidthAndSpace(String in, String key) {
    assertThat(ChineseText.compareKey(in)).isEqualTo(key);
  }
}
