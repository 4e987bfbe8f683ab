package cn.hinews.core.alert.channel;

/**
 * One way out for alerts and issues: e-mail, or a webhook in one robot's format. Chosen by name
 * ({@link Channels#names()}); a new one is a class here and a line in {@link Channels#standard}.
 */
@FunctionalInterface
public interface AlertChannel {
  /**
   * Sends one message to one destination.
   *
   * @throws DeliveryException when it did not arrive (unreachable, refused, an error answer)
   */
  void send(Outgoing message, Destination to) throws DeliveryException;
}
