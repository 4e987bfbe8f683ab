package cn.hinews.core.search;

/**
 * A query that cannot be read: where (the character's index in the query as typed) and why, in
 * Chinese for the user ({@link #userMessage}) and in English for the log ({@link #getMessage}).
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int position;
  private final String userMessage;

  public QuerySyntaxException(int position, String userMessage, String logMessage) {
    super(logMessage);
    this.position = position;
    this.userMessage = userMessage;
  }

  /** The index (from 0) of the character where the query stops making sense. */
  public int position() {
    return position;
  }

  /** What the user reads, in Chinese. */
  public String userMessage() {
    return userMessage;
  }
}
