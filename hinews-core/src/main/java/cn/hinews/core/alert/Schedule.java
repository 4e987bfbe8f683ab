package cn.hinews.core.alert;

import cn.hinews.core.domain.Zones;
import cn.hinews.core.store.AlertRule;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a rule's alert goes out (Asia/Shanghai): an immediate rule at once, a digest rule at its
 * next digest time; either, if that falls in the rule's quiet hours, when they end.
 */
final class Schedule {
  Instant dueAt(AlertRule rule, Instant now) {
    ZonedDateTime at = now.atZone(Zones.SHANGHAI);
    if (rule.mode() == AlertRule.Mode.DIGEST) {
      at = nextDigest(rule, at);
    }
    Optional<AlertRule.QuietHours> quiet = rule.quietHours();
    if (quiet.isPresent() && quiet.get().contains(at.toLocalTime())) {
      ZonedDateTime end = at.with(quiet.get().to());
      at = end.isAfter(at) ? end : end.plusDays(1);
    }
    return at.toInstant();
  }

  private static ZonedDateTime nextDigest(AlertRule rule, ZonedDateTime now) {
    ZonedDateTime best = null;
    for (LocalTime t : rule.digestTimes()) {
      ZonedDateTime candidate = now.with(t).withSecond(0).withNano(0);
      if (!candidate.isAfter(now)) {
        candidate = candidate.plusDays(1);
      }
      if (best == null || candidate.isBefore(best)) {
        best = candidate;
      }
    }
    return best == null ? now : best;
  }
}
