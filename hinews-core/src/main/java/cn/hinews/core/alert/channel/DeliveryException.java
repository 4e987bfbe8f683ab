package cn.hinews.core.alert.channel;

/** A message that did not arrive, and why (kept in the delivery log). */
public final class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  public DeliveryException(String reason) {
    super(reason);
  }

  public DeliveryException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
