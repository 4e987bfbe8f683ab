package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.store.IssueSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SequenceTest {
  static IssueSummary issue(int number, int revision, String from, String to, IssueStatus status) {
    return new IssueSummary(
        number * 10L + revision,
        "weekly",
        number,
        revision,
        LocalDate.parse(to),
        new Period(LocalDate.parse(from), LocalDate.parse(to)),
        5,
        status,
        Optional.empty());
  }

  static final IssueSummary PUBLISHED_656 =
      issue(656, 1, "2026-01-03", "2026-01-09", IssueStatus.PUBLISHED);

  @Test
  void theNextNumberAndTheNextWeekAreInOrder() {
    List<IssueSummary> issues =
        List.of(PUBLISHED_656, issue(657, 1, "2026-01-10", "2026-01-16", IssueStatus.DRAFT));
    assertThat(Sequence.warnings(issues, "weekly", 657)).isEmpty();
  }

  @Test
  void aSkippedNumberADateBeforeTheLastIssueAndAnOverlapAreSaid() {
    List<IssueSummary> skipped =
        List.of(PUBLISHED_656, issue(659, 1, "2026-01-24", "2026-01-30", IssueStatus.DRAFT));
    assertThat(Sequence.warnings(skipped, "weekly", 659))
        .singleElement()
        .asString()
        .contains("期号不连续", "第657至第658期还没有", "空了 2 期");
    List<IssueSummary> afterADraft =
        List.of(
            PUBLISHED_656,
            issue(657, 1, "2026-01-10", "2026-01-16", IssueStatus.DRAFT),
            issue(658, 1, "2026-01-17", "2026-01-23", IssueStatus.DRAFT));
    assertThat(Sequence.warnings(afterADraft, "weekly", 658)).isEmpty();
    List<IssueSummary> earlier =
        List.of(PUBLISHED_656, issue(657, 1, "2025-12-27", "2026-01-02", IssueStatus.DRAFT));
    assertThat(Sequence.warnings(earlier, "weekly", 657))
        .singleElement()
        .asString()
        .contains("不晚于已发布的第656期");
    List<IssueSummary> overlapping =
        List.of(
            PUBLISHED_656,
            issue(657, 1, "2026-01-10", "2026-01-16", IssueStatus.DRAFT),
            issue(658, 1, "2026-01-12", "2026-01-23", IssueStatus.DRAFT));
    assertThat(Sequence.warnings(overlapping, "weekly", 658))
        .anySatisfy(w -> assertThat(w).contains("时段与第657期", "草稿", "重叠"));
  }

  @Test
  void aCorrectionKeepsItsNumberAndPeriodWithoutAWord() {
    List<IssueSummary> issues =
        List.of(PUBLISHED_656, issue(656, 2, "2026-01-03", "2026-01-09", IssueStatus.DRAFT));
    assertThat(Sequence.warnings(issues, "weekly", 656)).isEmpty();
  }
}
