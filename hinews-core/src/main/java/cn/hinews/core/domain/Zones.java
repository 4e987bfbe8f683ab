package cn.hinews.core.domain;

import java.time.ZoneId;

/** The one time zone of the system: every date a user sees is a date in Beijing. */
public final class Zones {
  /** Asia/Shanghai. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private Zones() {}
}
