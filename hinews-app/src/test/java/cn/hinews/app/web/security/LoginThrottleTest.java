package cn.hinews.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-12-03T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final TestClock clock = new TestClock();
  final List<String> locks = new ArrayList<>();
  final LoginThrottle throttle =
      new LoginThrottle(
          LoginThrottle.Policy.standard(), clock, (user, until) -> locks.add(user + " " + until));

  void fail(String address, String user) {
    assertThat(throttle.begin(address).allowed()).isTrue();
    throttle.end(address, user, false);
  }

  @Test
  void fiveFreeFailuresThenTheDelayDoublesAndAttemptsWhileThrottledDoNotCount() {
    for (int i = 0; i < 5; i++) {
      fail("203.0.113.1", "admin");
    }
    LoginThrottle.Verdict v = throttle.begin("203.0.113.1");
    assertThat(v.allowed()).isFalse();
    assertThat(v.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    for (int i = 0; i < 100; i++) {
      assertThat(throttle.begin("203.0.113.1").allowed()).isFalse(); // not counted
    }
    clock.now = clock.now.plusSeconds(1);
    fail("203.0.113.1", "admin");
    assertThat(throttle.begin("203.0.113.1").retryAfter()).isEqualTo(Duration.ofSeconds(2));
    clock.now = clock.now.plusSeconds(2);
    fail("203.0.113.1", "admin");
    assertThat(throttle.begin("203.0.113.1").retryAfter()).isEqualTo(Duration.ofSeconds(4));
    // another address is not slowed down, and nobody is locked
    assertThat(throttle.begin("203.0.113.2").allowed()).isTrue();
    assertThat(locks).isEmpty();
  }

  @Test
  void theDelayIsCappedAndFailuresAreForgottenByThemselves() {
    for (int i = 0; i < 40; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(5));
      fail("203.0.113.1", "admin");
    }
    assertThat(throttle.begin("203.0.113.1").retryAfter()).isEqualTo(Duration.ofMinutes(5));
    clock.now = clock.now.plus(Duration.ofHours(1)).plusSeconds(1);
    for (int i = 0; i < 5; i++) {
      fail("203.0.113.1", "admin");
    }
  }

  @Test
  void aSuccessForgetsTheFailures() {
    for (int i = 0; i < 4; i++) {
      fail("203.0.113.1", "admin");
    }
    assertThat(throttle.begin("203.0.113.1").allowed()).isTrue();
    throttle.end("203.0.113.1", "admin", true);
    for (int i = 0; i < 5; i++) {
      fail("203.0.113.1", "admin");
    }
  }

  @Test
  void attemptsInFlightCountSoParallelGuessesCannotOutrunTheCount() {
    int allowed = 0;
    for (int i = 0; i < 50; i++) {
      if (throttle.begin("203.0.113.1").allowed()) {
        allowed++;
      }
    }
    assertThat(allowed).isEqualTo(5);
  }

  @Test
  void anIpv6ClientIsThrottledByItsSlash64() {
    for (int i = 0; i < 5; i++) {
      fail("2001:db8:1:2::" + Integer.toHexString(i + 1), "admin");
    }
    assertThat(throttle.begin("2001:db8:1:2:ffff::9").allowed()).isFalse();
    assertThat(throttle.begin("2001:db8:1:3::1").allowed()).isTrue();
  }

  @Test
  void onlyADistributedAttackLocksTheUserAndTheLockEnds() {
    for (int a = 0; a < 10; a++) {
      for (int i = 0; i < 5; i++) {
        fail("198.51.100." + a, "admin");
      }
    }
    assertThat(locks).containsExactly("admin " + clock.now.plus(Duration.ofMinutes(15)));
  }

  @Test
  void manyFailuresFromOneAddressLockNobody() {
    for (int i = 0; i < 200; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(5));
      fail("198.51.100.1", "admin");
    }
    assertThat(locks).isEmpty();
  }
}
