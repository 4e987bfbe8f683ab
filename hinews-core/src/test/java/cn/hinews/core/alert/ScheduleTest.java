package cn.hinews.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.store.AlertRule;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  private final Schedule schedule = new Schedule();

  private static AlertRule rule(
      AlertRule.Mode mode, List<LocalTime> digest, Optional<AlertRule.QuietHours> quiet) {
    AlertRule r = AlertFixtures.rule("r", "", List.of());
    return new AlertRule(
        0, "r", "", r.filters(), mode, digest, quiet, 20, List.of(), "editor", true, r.createdAt());
  }

  @Test
  void immediateGoesNowOutsideQuietHours() {
    Instant noon = Instant.parse("2026-03-06T04:00:00Z"); // 12:00 in Shanghai
    assertThat(schedule.dueAt(rule(AlertRule.Mode.IMMEDIATE, List.of(), Optional.empty()), noon))
        .isEqualTo(noon);
  }

  @Test
  void quietHoursOverMidnightHoldTheAlertUntilTheyEnd() {
    var quiet = Optional.of(new AlertRule.QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));
    Instant lateEvening = Instant.parse("2026-03-06T15:30:00Z"); // 23:30 in Shanghai
    assertThat(schedule.dueAt(rule(AlertRule.Mode.IMMEDIATE, List.of(), quiet), lateEvening))
        .isEqualTo(Instant.parse("2026-03-06T23:00:00Z")); // 07:00 the next morning
    Instant earlyMorning = Instant.parse("2026-03-06T20:00:00Z"); // 04:00
    assertThat(schedule.dueAt(rule(AlertRule.Mode.IMMEDIATE, List.of(), quiet), earlyMorning))
        .isEqualTo(Instant.parse("2026-03-06T23:00:00Z"));
    Instant noon = Instant.parse("2026-03-06T04:00:00Z");
    assertThat(schedule.dueAt(rule(AlertRule.Mode.IMMEDIATE, List.of(), quiet), noon))
        .isEqualTo(noon);
  }

  @Test
  void aDigestWaitsForItsNextTime() {
    var times = List.of(LocalTime.of(8, 30), LocalTime.of(17, 0));
    Instant noon = Instant.parse("2026-03-06T04:00:00Z");
    assertThat(schedule.dueAt(rule(AlertRule.Mode.DIGEST, times, Optional.empty()), noon))
        .isEqualTo(Instant.parse("2026-03-06T09:00:00Z")); // 17:00
    Instant evening = Instant.parse("2026-03-06T12:00:00Z"); // 20:00
    assertThat(schedule.dueAt(rule(AlertRule.Mode.DIGEST, times, Optional.empty()), evening))
        .isEqualTo(Instant.parse("2026-03-07T00:30:00Z")); // 08:30 the next day
  }
}
