package cn.hinews.core.store;

import java.time.Instant;

/**
 * An alert as stored: one per rule and story.
 *
 * @param id its id
 * @param ruleId the rule that raised it
 * @param ruleName that rule's name
 * @param clusterId the story's reprint cluster when last seen
 * @param articleId the copy that raised it
 * @param title that copy's title
 * @param url its address
 * @param outlet its outlet
 * @param reason why the rule matched, in Chinese
 * @param reprints the other copies of the story seen so far
 * @param state NEW, ACKNOWLEDGED, MUTED or RATE_LIMITED
 * @param createdAt when it was raised
 * @param updatedAt when it last changed (a reprint, an acknowledgement)
 */
public record StoredAlert(
    long id,
    long ruleId,
    String ruleName,
    long clusterId,
    long articleId,
    String title,
    String url,
    String outlet,
    String reason,
    int reprints,
    State state,
    Instant createdAt,
    Instant updatedAt) {
  /** Where an alert stands. */
  public enum State {
    NEW("新"),
    ACKNOWLEDGED("已确认"),
    MUTED("已屏蔽"),
    RATE_LIMITED("超出频率未发送");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
