package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 12, 0);

  @Test
  void aLabelledUsDateAsAspNetPrintsIt() {
    PublishTime t = ChineseDates.best("来源： 发布日期： 9/17/2004 5:54:13 AM 正文", NOW).orElseThrow();
    assertThat(t.value()).isEqualTo(LocalDateTime.of(2004, 9, 17, 5, 54, 13));
    assertThat(t.precision()).isEqualTo(Precision.SECOND);
    assertThat(ChineseDates.best("发布时间：1/5/2026 3:07 PM", NOW).orElseThrow().value())
        .isEqualTo(LocalDateTime.of(2026, 1, 5, 15, 7));
  }

  @Test
  void anUnlabelledSlashDateIsNotTakenAndChineseDatesStillWin() {
    assertThat(ChineseDates.best("电话 3/4/2005 ，其他文字", NOW)).isEmpty();
    assertThat(
            ChineseDates.best("发布时间：2026年01月16日 10:22 另见 发布日期：9/17/2004", NOW)
                .orElseThrow()
                .value())
        .isEqualTo(LocalDateTime.of(2026, 1, 16, 10, 22));
    assertThat(ChineseDates.best("发布日期：13/45/2004 然后 2026-01-16", NOW).orElseThrow().value())
        .isEqualTo(LocalDateTime.of(2026, 1, 16, 0, 0));
  }

  @Test
  void aDayFirstDateWhenTheDayMustComeFirstOrTheMetadataSaysSo() {
    assertThat(
            ChineseDates.labelledNumeric("发表时间： 17/09/2022 - 13:48", NOW, Optional.empty())
                .orElseThrow()
                .value())
        .isEqualTo(LocalDateTime.of(2022, 9, 17, 13, 48));
    Optional<LocalDate> feb6 = Optional.of(LocalDate.of(2022, 2, 6));
    assertThat(
            ChineseDates.labelledNumeric("发表时间： 06/02/2022 - 13:48", NOW, feb6)
                .orElseThrow()
                .value())
        .isEqualTo(LocalDateTime.of(2022, 2, 6, 13, 48));
    assertThat(
            ChineseDates.labelledNumeric("发表时间： 06/02/2022 - 13:48", NOW, Optional.empty())
                .orElseThrow()
                .value())
        .isEqualTo(LocalDateTime.of(2022, 6, 2, 13, 48));
  }

  @Test
  void aRelativeTimeOnlyWhenItStandsAlone() {
    assertThat(ChineseDates.first("在.NET刚刚推出的时候", NOW)).isEmpty();
    assertThat(ChineseDates.first("来源：新华网 刚刚 ", NOW).orElseThrow().value()).isEqualTo(NOW);
    assertThat(ChineseDates.first("3小时前 来源", NOW).orElseThrow().value())
        .isEqualTo(NOW.minusHours(3));
  }
}
