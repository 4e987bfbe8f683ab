package cn.hinews.core.bulletin;

import cn.hinews.core.analysis.candidates.Candidate;
import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Series;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.store.IssueSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Automatic drafts: on the last day of a series' period, from the configured time on, the next
 * draft is created once with the period's top candidates preselected, as many as the series'
 * published issues usually carry (their median; 5 when there are none).
 */
public final class AutoDrafter {
  /**
   * What a run did for one series.
   *
   * @param preselected the items taken into the draft: title — explanation
   * @param belowTheLine the candidates just below them, for the editor to weigh: title —
   *     explanation
   */
  public record Outcome(
      String series,
      Optional<Issue> created,
      List<String> preselected,
      List<String> belowTheLine,
      String note) {
    public Outcome {
      preselected = List.copyOf(preselected);
      belowTheLine = List.copyOf(belowTheLine);
    }
  }

  private final HinewsConfig config;
  private final BulletinService bulletins;
  private final DraftEditor editor;
  private final CandidateService candidates;
  private final Clock clock;

  public AutoDrafter(
      HinewsConfig config,
      BulletinService bulletins,
      DraftEditor editor,
      CandidateService candidates,
      Clock clock) {
    this.config = config;
    this.bulletins = bulletins;
    this.editor = editor;
    this.candidates = candidates;
    this.clock = clock;
  }

  /** Checks every series; creates the drafts that are due. */
  public List<Outcome> run() {
    List<Outcome> out = new ArrayList<>();
    if (config.autoDraftAt().isEmpty()) {
      return out;
    }
    ZonedDateTime now = clock.instant().atZone(Zones.SHANGHAI);
    LocalDate today = now.toLocalDate();
    LocalTime at = config.autoDraftAt().get();
    for (Series s : config.allSeries()) {
      Optional<Period> due = due(s, today, now.toLocalTime().isBefore(at));
      if (due.isEmpty()) {
        continue;
      }
      Period period = due.get();
      try {
        List<IssueSummary> issues = bulletins.list(Optional.of(s.id()));
        if (issues.stream().anyMatch(i -> i.period().to().equals(period.to()))) {
          continue; // this period has its issue (or draft) already
        }
        Optional<String> gap = gap(issues, period);
        if (gap.isPresent()) {
          out.add(new Outcome(s.id(), Optional.empty(), List.of(), List.of(), gap.get()));
          continue;
        }
        int k = usualItems(issues);
        CandidateService.Proposal proposal = candidates.propose(s.id(), period, k);
        if (proposal.top().isEmpty()) {
          continue; // nothing of this period is judged yet: no empty draft
        }
        Issue draft =
            bulletins.newDraft(
                s.id(), period.to(), Optional.empty(), Optional.empty(), OptionalInt.empty());
        List<String> picked = new ArrayList<>();
        for (Candidate c : proposal.top()) {
          editor.add(s.id(), draft.number(), c.article().id());
          picked.add(line(c));
        }
        out.add(
            new Outcome(
                s.id(),
                Optional.of(draft),
                picked,
                proposal.belowTheLine().stream().map(c -> c.article().article().title()).toList(),
                "第" + draft.number() + "期草稿：预选 " + picked.size() + " 篇（往期通常 " + k + " 篇）"));
      } catch (RuntimeException e) {
        // another process made it meanwhile, or the ranking failed: said, and the next series goes
        // on
        out.add(
            new Outcome(
                s.id(), Optional.empty(), List.of(), List.of(), "没有生成草稿：" + e.getMessage()));
      }
    }
    return out;
  }

  /**
   * The period whose draft is due: this one on its last day from the hour on, or the one that ended
   * in the last three days (serve was not running at the hour).
   */
  private static Optional<Period> due(Series s, LocalDate today, boolean beforeHour) {
    Period current = s.periodFor(today);
    if (today.equals(current.to()) && !beforeHour) {
      return Optional.of(current);
    }
    Period previous = s.periodFor(current.from().minusDays(1));
    return today.isAfter(previous.to()) && !today.isAfter(previous.to().plusDays(3))
        ? Optional.of(previous)
        : Optional.empty();
  }

  /**
   * Why no draft is made automatically for this period although it is due: the series' latest issue
   * ends before the period just before this one, so the next number would silently skip the periods
   * between (a first start on an archive months old). An editor decides that by hand.
   */
  private static Optional<String> gap(List<IssueSummary> issues, Period period) {
    return issues.stream()
        .max(java.util.Comparator.comparing((IssueSummary i) -> i.period().to()))
        .filter(latest -> latest.period().to().isBefore(period.from().minusDays(1)))
        .map(
            latest ->
                "没有自动生成 "
                    + period.from()
                    + " 至 "
                    + period.to()
                    + " 的草稿：最新一期（第"
                    + latest.number()
                    + "期）截至 "
                    + latest.period().to()
                    + "，中间的时段还没有出刊，自动生成会让期号跳过它们。请在“简报”页手工新建。");
  }

  private static String line(Candidate c) {
    return c.article().article().title() + " — " + c.explanation();
  }

  /**
   * How many items a series' issues usually carry: the median of its published issues, 5 when there
   * are none (what a draft proposes; the inbox draws its line there).
   */
  public static int usualItems(List<IssueSummary> issues) {
    List<Integer> counts =
        issues.stream()
            .filter(i -> i.status() == IssueStatus.PUBLISHED)
            .map(IssueSummary::itemCount)
            .sorted()
            .toList();
    return counts.isEmpty() ? 5 : Math.max(1, counts.get(counts.size() / 2));
  }
}
