package cn.hinews.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of messages to e-mail addresses and group robots (alerts, and published issues to
 * their readers) with its delivery log, and the subscribers of each series.
 */
public interface DeliveryRepository {
  /** Queues a delivery; returns its id. */
  long queue(Delivery delivery);

  /** Deliveries due at {@code now}, oldest first. */
  List<Delivery> due(Instant now, int limit);

  /** Marks a delivery sent. */
  void sent(long deliveryId, Instant at);

  /**
   * Records a failed attempt: due again at {@code retryAt}, or FAILED when {@code retryAt} is
   * empty.
   */
  void attemptFailed(long deliveryId, String reason, Optional<Instant> retryAt);

  /** Sets a failed delivery due again now with fresh attempts (a resend). */
  boolean resend(long deliveryId, Instant now);

  /** Deliveries newest first. */
  List<Delivery> deliveries(int limit);

  /** The deliveries of an issue to its subscribers. */
  List<Delivery> issueDeliveries(long issueId);

  /** A series' subscribers (address and group), by address. */
  List<Subscriber> subscribers(String seriesId);

  void subscribe(Subscriber subscriber);

  boolean unsubscribe(String seriesId, String email);

  /** A reader of a series' published issues. */
  record Subscriber(String seriesId, String email, String group) {}
}
