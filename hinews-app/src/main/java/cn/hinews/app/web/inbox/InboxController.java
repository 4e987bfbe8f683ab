package cn.hinews.app.web.inbox;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.analysis.candidates.Candidate;
import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Series;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.IssueSummary;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 候选: the ranked candidates of a series' open draft (its period), with relevance and reasons,
 * topics, outlet, date, reprints and tone; one click adds an article, another rejects it (the
 * relevance model learns from rejections).
 */
@Controller
class InboxController {
  private final HinewsHome home;
  private final CandidateService candidates;
  private final Users users;

  InboxController(HinewsHome home, CandidateService candidates, Users users) {
    this.home = home;
    this.candidates = candidates;
    this.users = users;
  }

  @GetMapping("/inbox")
  String inbox(
      @RequestParam Optional<String> series,
      @RequestParam(name = "draft") Optional<Integer> draftNumber,
      @RequestParam(defaultValue = "") String topic,
      @RequestParam(defaultValue = "") String outlet,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "0") double min,
      @RequestParam
          @org.springframework.format.annotation.DateTimeFormat(
              iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
          Optional<java.time.LocalDate> from,
      @RequestParam
          @org.springframework.format.annotation.DateTimeFormat(
              iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
          Optional<java.time.LocalDate> to,
      jakarta.servlet.http.HttpServletRequest request,
      Model model) {
    model.addAttribute(
        "self",
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    List<Series> all = List.copyOf(home.config().allSeries());
    String chosen = series.filter(s -> home.config().series(s).isPresent()).orElse(all.get(0).id());
    model.addAttribute("allSeries", all);
    model.addAttribute("series", chosen);
    model.addAttribute("topic", topic);
    model.addAttribute("outlet", outlet);
    model.addAttribute("kind", kind);
    model.addAttribute("min", min);
    model.addAttribute("from", from.map(Object::toString).orElse(""));
    model.addAttribute("to", to.map(Object::toString).orElse(""));
    List<IssueSummary> issues = home.bulletins().list(Optional.of(chosen));
    List<IssueSummary> drafts =
        issues.stream()
            .filter(i -> i.status() == IssueStatus.DRAFT)
            .sorted(Comparator.comparingInt(IssueSummary::number).reversed())
            .toList();
    // the draft asked for, else the newest: with two open drafts the editor chooses
    Optional<IssueSummary> draft =
        draftNumber
            .flatMap(n -> drafts.stream().filter(d -> d.number() == n).findFirst())
            .or(() -> drafts.stream().findFirst());
    model.addAttribute("drafts", drafts);
    model.addAttribute("draft", draft.orElse(null));
    model.addAttribute("rejected", home.decisions().rejected(chosen, 50));
    if (draft.isEmpty()) {
      return "inbox";
    }
    users
        .lastAudit(
            cn.hinews.core.domain.AuditAction.AUTO_DRAFT, chosen + " " + draft.get().number())
        .ifPresent(e -> model.addAttribute("autoDraft", e));
    CandidateService.Ranking ranking = candidates.rank(chosen, draft.get().period(), false);
    Set<Long> inIssue =
        home.bulletins().view(chosen, draft.get().number()).orElseThrow().issue().items().stream()
            .map(i -> i.articleId())
            .collect(Collectors.toSet());
    cn.hinews.core.source.SourceRegistry sources = home.sources();
    List<Candidate> rows =
        ranking.candidates().stream()
            .filter(c -> !inIssue.contains(c.article().id()))
            .filter(c -> c.analysis().relevance().score() >= min)
            .filter(
                c ->
                    topic.isBlank()
                        || c.analysis().relevance().topics().stream()
                            .anyMatch(t -> t.id().equals(topic)))
            .filter(c -> outlet.isBlank() || c.article().article().outlet().equals(outlet))
            .filter(
                c ->
                    kind.isBlank()
                        || sources
                            .kindOf(c.article().article().url())
                            .filter(kind::equals)
                            .isPresent())
            .filter(c -> within(c, from, to))
            .toList();
    model.addAttribute("rows", rows);
    // the draft's line: the series' usual number of items, less those chosen; below it, the next
    // ones
    int usual = cn.hinews.core.bulletin.AutoDrafter.usualItems(issues);
    model.addAttribute("usual", usual);
    model.addAttribute("line", Math.max(0, usual - draft.get().itemCount()));
    model.addAttribute("ranking", ranking);
    model.addAttribute(
        "topics",
        ranking.candidates().stream()
            .flatMap(c -> c.analysis().relevance().topics().stream())
            .collect(
                Collectors.toMap(t -> t.id(), t -> t.name(), (a, b) -> a, java.util.TreeMap::new)));
    return "inbox";
  }

  private static boolean within(
      Candidate c, Optional<java.time.LocalDate> from, Optional<java.time.LocalDate> to) {
    Optional<java.time.LocalDate> day =
        c.article().article().published().map(cn.hinews.core.domain.PublishTime::date);
    return day.map(
            d ->
                from.map(f -> !d.isBefore(f)).orElse(true)
                    && to.map(t -> !d.isAfter(t)).orElse(true))
        .orElse(from.isEmpty() && to.isEmpty());
  }

  /** Where to come back to: the inbox as the editor had it (filters, draft), nothing else. */
  private static String back(String back, String series) {
    return back.startsWith("/inbox?") || back.equals("/inbox") ? back : "/inbox?series=" + series;
  }

  @PostMapping("/inbox/reject")
  String reject(
      @RequestParam String series,
      @RequestParam long article,
      @RequestParam(defaultValue = "") String back,
      Principal who,
      org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
    home.config().requireSeries(series);
    home.decisions()
        .reject(series, article, who.getName())
        .ifPresentOrElse(
            a -> {
              flash.addFlashAttribute(
                  "notice", "已将“" + a.article().title() + "”标记为不相关，它不再出现在本系列的候选中。");
              flash.addFlashAttribute("undoArticle", article);
            },
            () -> flash.addFlashAttribute("error", "没有这篇文章（编号 " + article + "），可能已被删除。"));
    return "redirect:" + back(back, series);
  }

  @PostMapping("/inbox/unreject")
  String unreject(
      @RequestParam String series,
      @RequestParam long article,
      @RequestParam(defaultValue = "") String back,
      Principal who,
      org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
    home.config().requireSeries(series);
    flash.addFlashAttribute(
        "notice",
        home.decisions().undoReject(series, article, who.getName())
            ? "已撤销“不相关”标记，这篇文章回到候选中。"
            : "这篇文章没有被标记为不相关。");
    return "redirect:" + back(back, series);
  }
}
