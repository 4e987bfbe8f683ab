package cn.hinews.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often a series appears, and so which dates one issue covers. */
public enum Cadence {
  /** One day. */
  DAILY,
  /** Seven days ending on the series' week-end day (Saturday to Friday for the weekly). */
  WEEKLY,
  /** A calendar month. */
  MONTHLY;

  /**
   * The period of the issue that covers {@code date}.
   *
   * @param date any day inside the period
   * @param weekEndsOn last day of a weekly period (ignored otherwise)
   */
  public Period periodFor(LocalDate date, DayOfWeek weekEndsOn) {
    return switch (this) {
      case DAILY -> new Period(date, date);
      case WEEKLY -> {
        LocalDate end = date.with(TemporalAdjusters.nextOrSame(weekEndsOn));
        yield new Period(end.minusDays(6), end);
      }
      case MONTHLY ->
          new Period(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
    };
  }
}
