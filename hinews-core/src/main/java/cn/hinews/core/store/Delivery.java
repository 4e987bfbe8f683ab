package cn.hinews.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One message to one channel, as the outbox keeps it.
 *
 * @param id its id
 * @param alertId the alert it tells of, or empty (an issue to its readers)
 * @param ruleId the rule, or empty
 * @param issueId the published issue, or empty
 * @param kind the channel's name
 * @param address the e-mail address or webhook URL
 * @param secret the robot's signing secret, or empty
 * @param status PENDING, SENT or FAILED
 * @param attempts tries so far
 * @param nextAt when it is due
 * @param lastError the last failure's reason, or empty
 * @param createdAt when it was queued
 * @param sentAt when it went out
 */
public record Delivery(
    long id,
    Optional<Long> alertId,
    Optional<Long> ruleId,
    Optional<Long> issueId,
    String kind,
    String address,
    String secret,
    Status status,
    int attempts,
    Instant nextAt,
    String lastError,
    Instant createdAt,
    Optional<Instant> sentAt) {
  /** Where a delivery stands. */
  public enum Status {
    PENDING("待发送"),
    SENT("已发送"),
    FAILED("发送失败");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
