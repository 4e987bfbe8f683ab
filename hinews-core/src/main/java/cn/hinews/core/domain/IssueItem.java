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
 * @param frozen the item of a published issue: title, outlet, body and date are all its own, taken
 *     at publication, and the article's later revisions change nothing (an absent date stays
 *     absent)
 */
public record IssueItem(
    long articleId,
    Optional<String> title,
    Optional<String> outlet,
    Optional<List<Block>> body,
    Optional<LocalDate> date,
    boolean frozen) {
  public IssueItem {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    body = body.map(List::copyOf);
  }

  /** An item of a draft: its edits over the article as stored. */
  public IssueItem(
      long articleId,
      Optional<String> title,
      Optional<String> outlet,
      Optional<List<Block>> body,
      Optional<LocalDate> date) {
    this(articleId, title, outlet, body, date, false);
  }

  /** The item frozen with what it shows now (at publication). */
  public static IssueItem frozen(
      long articleId, String title, String outlet, List<Block> body, Optional<LocalDate> date) {
    return new IssueItem(
        articleId, Optional.of(title), Optional.of(outlet), Optional.of(body), date, true);
  }

  /** An item that shows the article as stored. */
  public static IssueItem of(long articleId) {
    return new IssueItem(
        articleId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
