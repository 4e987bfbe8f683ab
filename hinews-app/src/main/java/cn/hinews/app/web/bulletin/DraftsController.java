package cn.hinews.app.web.bulletin;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.domain.AuditAction;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.IssueSummary;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 简报: the open drafts of every series (with what is out of sequence), a new one, the latest issues.
 */
@Controller
class DraftsController {
  private final HinewsHome home;
  private final Users users;

  DraftsController(HinewsHome home, Users users) {
    this.home = home;
    this.users = users;
  }

  @GetMapping("/drafts")
  String drafts(Model model) {
    List<IssueSummary> all = home.bulletins().list(Optional.empty());
    List<IssueSummary> drafts = all.stream().filter(i -> i.status() == IssueStatus.DRAFT).toList();
    Map<Long, List<String>> warnings = new LinkedHashMap<>();
    for (IssueSummary d : drafts) {
      warnings.put(d.id(), home.bulletins().sequenceWarnings(d.seriesId(), d.number()));
    }
    model.addAttribute("drafts", drafts);
    model.addAttribute("warnings", warnings);
    model.addAttribute("titles", home.config().seriesTitles());
    model.addAttribute(
        "published", all.stream().filter(i -> i.status() != IssueStatus.DRAFT).limit(30).toList());
    model.addAttribute("series", home.config().allSeries());
    model.addAttribute("today", LocalDate.now(home.clock().withZone(Zones.SHANGHAI)).toString());
    return "drafts";
  }

  @PostMapping("/drafts")
  String create(
      @RequestParam(defaultValue = "") String series,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> date,
      Principal who,
      RedirectAttributes flash) {
    if (date.isEmpty()) {
      flash.addFlashAttribute("dateError", "请填写日期：新一期的时段按这个日期所在的周或月排出");
      return "redirect:/drafts";
    }
    if (home.config().series(series).isEmpty()) {
      flash.addFlashAttribute("error", "请选择简报系列");
      return "redirect:/drafts";
    }
    try {
      var draft =
          home.bulletins()
              .newDraft(
                  series, date.get(), Optional.empty(), Optional.empty(), OptionalInt.empty());
      users.audit(who.getName(), AuditAction.DRAFT_NEW, series + " " + draft.number(), "");
      List<String> warnings = home.bulletins().sequenceWarnings(series, draft.number());
      flash.addFlashAttribute(
          "toast", "已新建第" + draft.number() + "期草稿" + (warnings.isEmpty() ? "" : "，请注意页面上方的提示"));
      return "redirect:/drafts/" + series + "/" + draft.number();
    } catch (BulletinException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/drafts";
    }
  }
}
