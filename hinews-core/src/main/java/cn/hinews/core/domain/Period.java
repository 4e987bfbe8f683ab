package cn.hinews.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of Beijing dates that an issue covers. */
public record Period(LocalDate from, LocalDate to) {
  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
