package cn.hinews.core.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A publish time as the page gave it: a Beijing local date-time, how precise it is, and the raw
 * text it was read from.
 *
 * @param value local date-time in Asia/Shanghai, truncated to the precision
 * @param precision day, minute or second
 * @param raw the text it came from (may be empty)
 */
public record PublishTime(LocalDateTime value, Precision precision, String raw) {
  public PublishTime {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    raw = raw == null ? "" : raw;
    value =
        switch (precision) {
          case YEAR -> value.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
          case MONTH -> value.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
          case DAY -> value.truncatedTo(ChronoUnit.DAYS);
          case MINUTE -> value.truncatedTo(ChronoUnit.MINUTES);
          case SECOND -> value.truncatedTo(ChronoUnit.SECONDS);
        };
  }

  public static PublishTime ofDay(LocalDate date, String raw) {
    return new PublishTime(date.atStartOfDay(), Precision.DAY, raw);
  }

  public LocalDate date() {
    return value.toLocalDate();
  }
}
