package cn.hinews.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpensiveRequestsTest {
  final LoginThrottleTest.TestClock clock = new LoginThrottleTest.TestClock();
  final ExpensiveRequests ration = new ExpensiveRequests(5, Duration.ofSeconds(12), clock);

  @Test
  void fiveAtOnceThenOneEveryTwelveSecondsPerUser() {
    for (int i = 0; i < 5; i++) {
      assertThat(ration.take("viewer")).isEmpty();
    }
    assertThat(ration.take("viewer")).contains(Duration.ofSeconds(12));
    assertThat(ration.take("editor")).isEmpty();
    clock.now = clock.now.plusSeconds(12);
    assertThat(ration.take("viewer")).isEmpty();
    assertThat(ration.take("viewer")).isPresent();
    clock.now = clock.now.plusSeconds(3600);
    for (int i = 0; i < 5; i++) {
      assertThat(ration.take("viewer")).isEmpty();
    }
    assertThat(ration.take("viewer")).isPresent();
  }
}
