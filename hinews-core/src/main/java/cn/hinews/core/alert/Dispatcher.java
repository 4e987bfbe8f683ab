package cn.hinews.core.alert;

import cn.hinews.core.alert.channel.AlertChannel;
import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.alert.channel.DeliveryException;
import cn.hinews.core.alert.channel.Destination;
import cn.hinews.core.alert.channel.Outgoing;
import cn.hinews.core.store.Delivery;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoredAlert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds due: the due alert deliveries of one rule to one destination as one
 * message (a digest, or what waited through quiet hours), each issue delivery alone. A failure is
 * logged once, recorded with its reason, and tried again after a backoff that doubles, until the
 * attempts run out (then FAILED, for a resend). Runs on its own thread, never the analysis's.
 */
final class Dispatcher {
  /** Deliveries read at a time. */
  static final int BATCH = 100;

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** What one round did. */
  record Outcome(int sent, int failed) {}

  /** Builds an issue delivery's message (the issue's lead, catalogue and files). */
  @FunctionalInterface
  interface IssueMessages {
    Outgoing of(long issueId) throws DeliveryException;
  }

  private final Store store;
  private final Channels channels;
  private final IssueMessages issues;
  private final Duration backoff;
  private final int maxAttempts;
  private final Clock clock;

  Dispatcher(
      Store store,
      Channels channels,
      IssueMessages issues,
      Duration backoff,
      int maxAttempts,
      Clock clock) {
    this.store = store;
    this.channels = channels;
    this.issues = issues;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.clock = clock;
  }

  /** Sends every delivery due now; returns how many went out and how many failed this time. */
  synchronized Outcome deliverDue() {
    int sent = 0;
    int failed = 0;
    List<Delivery> due = store.read(s -> s.deliveries().due(clock.instant(), BATCH));
    Map<String, List<Delivery>> groups = new LinkedHashMap<>();
    for (Delivery d : due) {
      String key =
          d.issueId().isPresent()
              ? "issue:" + d.id()
              : d.ruleId().orElse(0L) + "\n" + d.kind() + "\n" + d.address();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
    for (List<Delivery> group : groups.values()) {
      if (send(group)) {
        sent += group.size();
      } else {
        failed += group.size();
      }
    }
    return new Outcome(sent, failed);
  }

  private boolean send(List<Delivery> group) {
    Delivery first = group.get(0);
    try {
      Optional<Outgoing> message = message(group);
      if (message.isEmpty()) {
        return false;
      }
      AlertChannel channel =
          channels
              .forName(first.kind())
              .orElseThrow(() -> new DeliveryException("no channel named " + first.kind()));
      channel.send(message.get(), new Destination(first.address(), first.secret()));
      Instant at = clock.instant();
      store.inTransaction(
          s -> {
            group.forEach(d -> s.deliveries().sent(d.id(), at));
            return null;
          });
      return true;
    } catch (DeliveryException e) {
      int attempt = first.attempts() + 1;
      Optional<Instant> retry =
          attempt >= maxAttempts
              ? Optional.empty()
              : Optional.of(
                  clock.instant().plus(backoff.multipliedBy(1L << Math.min(attempt - 1, 16))));
      LOG.warn(
          "delivery {} to {} {} failed (attempt {}{}): {}",
          first.id(),
          first.kind(),
          Channels.masked(first.address()),
          attempt,
          retry.map(r -> ", again at " + r).orElse(", given up"),
          e.getMessage());
      store.inTransaction(
          s -> {
            group.forEach(d -> s.deliveries().attemptFailed(d.id(), e.getMessage(), retry));
            return null;
          });
      return false;
    }
  }

  /** The group's message; empty when its alerts were muted meanwhile (they are marked sent). */
  private Optional<Outgoing> message(List<Delivery> group) throws DeliveryException {
    Delivery first = group.get(0);
    if (first.issueId().isPresent()) {
      return Optional.of(issues.of(first.issueId().get()));
    }
    List<StoredAlert> alerts = new ArrayList<>();
    List<Delivery> muted = new ArrayList<>();
    for (Delivery d : group) {
      Optional<StoredAlert> a = d.alertId().flatMap(id -> store.read(s -> s.alerts().alert(id)));
      if (a.isEmpty() || a.get().state() == StoredAlert.State.MUTED) {
        muted.add(d);
      } else {
        alerts.add(a.get());
      }
    }
    if (!muted.isEmpty()) {
      group.removeAll(muted);
      store.inTransaction(
          s -> {
            muted.forEach(
                d -> s.deliveries().attemptFailed(d.id(), "预警已屏蔽或已删除，未发送", Optional.empty()));
            return null;
          });
    }
    return alerts.isEmpty() ? Optional.empty() : Optional.of(Messages.of(alerts));
  }
}
