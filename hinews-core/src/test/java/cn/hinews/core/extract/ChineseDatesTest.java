package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import java.time.LocalDateTime;
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
}
