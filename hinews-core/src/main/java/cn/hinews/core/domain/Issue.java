package cn.hinews.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered issue of a series.
 *
 * @param id database id, empty before it is stored
 * @param seriesId the series, e.g. {@code weekly}
 * @param number the issue number (656)
 * @param revision 1 for the issue as first published; a correction is a new revision
 * @param issueDate the date printed on the issue
 * @param period the dates the issue covers
 * @param items ordered items
 * @param status draft or published
 * @param publishedAt when it was published
 */
public record Issue(
    Optional<Long> id,
    String seriesId,
    int number,
    int revision,
    LocalDate issueDate,
    Period period,
    List<IssueItem> items,
    IssueStatus status,
    Optional<Instant> publishedAt) {
  public Issue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(period, "period");
    items = List.copyOf(items);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (number < 0) {
      throw new IllegalArgumentException("issue number must not be negative: " + number);
    }
    if (revision < 1) {
      throw new IllegalArgumentException("revision starts at 1: " + revision);
    }
  }

  public Issue withItems(List<IssueItem> newItems) {
    return new Issue(
        id, seriesId, number, revision, issueDate, period, newItems, status, publishedAt);
  }
}
