package cn.hinews.core.alert;

import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.Delivery;
import cn.hinews.core.store.Session;
import java.time.Instant;
import java.util.Optional;

/** Queues an alert's deliveries, one per channel of its rule, in the caller's transaction. */
final class Outbox {
  private Outbox() {}

  static void queue(Session s, AlertRule rule, long alertId, Instant due, Instant now) {
    for (AlertRule.Channel c : rule.channels()) {
      s.deliveries()
          .queue(
              new Delivery(
                  0,
                  Optional.of(alertId),
                  Optional.of(rule.id()),
                  Optional.empty(),
                  c.kind(),
                  c.address(),
                  c.secret(),
                  Delivery.Status.PENDING,
                  0,
                  due,
                  "",
                  now,
                  Optional.empty()));
    }
  }
}
