package cn.hinews.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an issue: a stored article, and the editor's changes to it for this issue only.
 *
 * @param articleId the stored article
 * @param title edited title, if the editor changed it
 * @param outlet edited outlet, if the editor changed it
 * @param body edited body, if the editor changed it
 * @param date the publish date this issue shows, if not the article's
 */
public record IssueItem(
    long articleId,
    Optional<String> title,
    Optional<String> outlet,
    Optional<List<Block>> body,
    Optional<LocalDate> date) {
  public IssueItem {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    body = body.map(List::copyOf);
  }

  /** An item that shows the article as stored. */
  public static IssueItem of(long articleId) {
    return new IssueItem(
        articleId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
