package cn.hinews.core.bulletin;

import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.store.IssueSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The order of a series' issues: what an editor should hear before a number or date jumps. */
final class Sequence {
  private Sequence() {}

  static List<String> warnings(List<IssueSummary> issues, String seriesId, int number) {
    Optional<IssueSummary> self =
        issues.stream()
            .filter(i -> i.number() == number)
            .max(Comparator.comparingInt(IssueSummary::revision));
    if (self.isEmpty() || self.get().status() != IssueStatus.DRAFT || self.get().revision() > 1) {
      return List.of();
    }
    IssueSummary issue = self.get();
    List<String> out = new ArrayList<>();
    boolean dateWarned = false;
    Optional<IssueSummary> last =
        issues.stream()
            .filter(i -> i.status() == IssueStatus.PUBLISHED && i.number() != number)
            .max(Comparator.comparingInt(IssueSummary::number));
    if (last.isPresent()) {
      IssueSummary l = last.get();
      if (number <= l.number()) {
        out.add("期号第" + number + "期不大于已发布的最新一期（第" + l.number() + "期）");
      } else {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        issues.forEach(i -> taken.add(i.number()));
        List<Integer> missing = new ArrayList<>();
        for (int k = l.number() + 1; k < number; k++) {
          if (!taken.contains(k)) {
            missing.add(k);
          }
        }
        if (!missing.isEmpty()) {
          out.add(
              "期号不连续：已发布的最新一期是第"
                  + l.number()
                  + "期，第"
                  + missing.get(0)
                  + (missing.size() > 1 ? "至第" + missing.get(missing.size() - 1) : "")
                  + "期还没有，中间空了 "
                  + missing.size()
                  + " 期");
        }
      }
      if (!issue.period().to().isAfter(l.period().to())) {
        dateWarned = true;
        out.add(
            "本期时段截至 "
                + issue.period().to()
                + "，不晚于已发布的第"
                + l.number()
                + "期（截至 "
                + l.period().to()
                + "）");
      }
    }
    for (IssueSummary other : issues) {
      if (other.number() != number
          && !other.period().to().isBefore(issue.period().from())
          && !other.period().from().isAfter(issue.period().to())
          && !(dateWarned && last.equals(Optional.of(other)))) {
        out.add(
            "时段与第"
                + other.number()
                + "期（"
                + other.period().from()
                + " 至 "
                + other.period().to()
                + (other.status() == IssueStatus.DRAFT ? "，草稿" : "")
                + "）重叠");
      }
    }
    return out.stream().distinct().toList();
  }
}
