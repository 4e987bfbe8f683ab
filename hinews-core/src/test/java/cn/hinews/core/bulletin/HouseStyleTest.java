package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.domain.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HouseStyleTest {
  @Test
  void leadSentenceOfEachSeries() {
    var config = ConfigLoader.defaults();
    assertThat(
            HouseStyle.lead(
                config.requireSeries("monthly"),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                3))
        .isEqualTo("本期月报共收集3篇卫生信息化相关信息，时间从2026年01月01日至2026年01月31日，监测范围包括全国主流媒体及政府网站等。");
    assertThat(
            HouseStyle.lead(
                config.requireSeries("weekly"),
                new Period(LocalDate.of(2025, 12, 27), LocalDate.of(2026, 1, 9)),
                4))
        .isEqualTo("本期周报共收集4篇卫生健康大数据与政策研究相关信息，时间从2025年12月27日到2026年01月09日，监测范围包括全国主流媒体及政府网站等。");
  }

  @Test
  void numberAndDates() {
    assertThat(HouseStyle.numberLine(660)).isEqualTo("（第六六〇期）");
    assertThat(HouseStyle.chineseDate(LocalDate.of(2026, 1, 9))).isEqualTo("2026年01月09日");
    assertThat(HouseStyle.isoDate(LocalDate.of(2026, 1, 9))).isEqualTo("2026-01-09");
  }
}
