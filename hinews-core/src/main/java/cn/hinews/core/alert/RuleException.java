package cn.hinews.core.alert;

import java.util.OptionalInt;

/**
 * A rule that cannot be kept: its message is in Chinese for the user; a query that cannot be read
 * names the position (index of the character, from 0).
 */
public final class RuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient OptionalInt position;

  public RuleException(String message) {
    super(message);
    this.position = OptionalInt.empty();
  }

  public RuleException(String message, int position, Throwable cause) {
    super(message, cause);
    this.position = OptionalInt.of(position);
  }

  /** Where in the query, if the query is what is wrong. */
  public OptionalInt position() {
    return position;
  }
}
