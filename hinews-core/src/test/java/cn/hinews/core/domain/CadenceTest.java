package cn.hinews.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenceTest {
  @ParameterizedTest
  @CsvSource({
    "2026-01-16,2026-01-10,2026-01-16", // a Friday: its own week
    "2026-01-10,2026-01-10,2026-01-16", // a Saturday starts the week
    "2026-01-14,2026-01-10,2026-01-16",
    "2025-12-31,2025-12-27,2026-01-02" // across the year
  })
  void weeklyIsSaturdayToTheFridayOnOrAfter(LocalDate date, LocalDate from, LocalDate to) {
    assertThat(Cadence.WEEKLY.periodFor(date, DayOfWeek.FRIDAY)).isEqualTo(new Period(from, to));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-02-10,2026-02-01,2026-02-28",
    "2024-02-29,2024-02-01,2024-02-29",
    "2025-11-30,2025-11-01,2025-11-30"
  })
  void monthlyIsTheCalendarMonth(LocalDate date, LocalDate from, LocalDate to) {
    assertThat(Cadence.MONTHLY.periodFor(date, DayOfWeek.FRIDAY)).isEqualTo(new Period(from, to));
  }
}
