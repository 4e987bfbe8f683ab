package cn.hinews.core.store;

import java.time.LocalDate;

/** How many articles of a key appeared on a day. */
public record DayCount(LocalDate day, String key, int count) {}
