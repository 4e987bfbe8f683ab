package cn.hinews.core.store;

import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One line of the issue list. */
public record IssueSummary(
    long id,
    String seriesId,
    int number,
    int revision,
    LocalDate issueDate,
    Period period,
    int itemCount,
    IssueStatus status,
    Optional<Instant> publishedAt) {}
