package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletStepTest {
  @Test
  void theSitesNameTackedOnWithADashOrBarLeavesTheTitle() {
    assertThat(OutletStep.withoutSiteSuffix("习近平主持召开座谈会-中国科普网", "中国科普网", ""))
        .isEqualTo("习近平主持召开座谈会");
    assertThat(OutletStep.withoutSiteSuffix("卫健委发布新规｜健康报", "健康报网", "健康报")).isEqualTo("卫健委发布新规");
  }

  @Test
  void aTitleThatIsLittleMoreThanTheNameOrNamesAnotherStays() {
    assertThat(OutletStep.withoutSiteSuffix("新闻-人民网", "人民网", "")).isEqualTo("新闻-人民网");
    assertThat(OutletStep.withoutSiteSuffix("卫健委发布新规-新华网", "人民网", "")).isEqualTo("卫健委发布新规-新华网");
  }
}
