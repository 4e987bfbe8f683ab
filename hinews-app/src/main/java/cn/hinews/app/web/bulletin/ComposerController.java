package cn.hinews.app.web.bulletin;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.bulletin.DraftEditor;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Series;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.IssueSummary;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 简报: the drafts of every series and the composer of one: order, per-issue wording, number and
 * period, a live preview in the house format, publication. Every change is audited; a published
 * issue refuses them all.
 */
@Controller
class ComposerController {
  private final HinewsHome home;
  private final DraftEditor editor;
  private final Users users;

  ComposerController(HinewsHome home, DraftEditor editor, Users users) {
    this.home = home;
    this.editor = editor;
    this.users = users;
  }

  @GetMapping("/drafts")
  String drafts(Model model) {
    List<IssueSummary> all = home.bulletins().list(Optional.empty());
    model.addAttribute(
        "drafts", all.stream().filter(i -> i.status() == IssueStatus.DRAFT).toList());
    model.addAttribute(
        "published", all.stream().filter(i -> i.status() != IssueStatus.DRAFT).limit(30).toList());
    model.addAttribute("series", home.config().allSeries());
    model.addAttribute("today", LocalDate.now(Zones.SHANGHAI).toString());
    return "drafts";
  }

  @PostMapping("/drafts")
  String create(
      @RequestParam String series,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Principal who,
      RedirectAttributes flash) {
    try {
      var draft =
          home.bulletins()
              .newDraft(series, date, Optional.empty(), Optional.empty(), OptionalInt.empty());
      users.audit(
          who.getName(),
          cn.hinews.core.domain.AuditAction.DRAFT_NEW,
          series + " " + draft.number(),
          "");
      return "redirect:/drafts/" + series + "/" + draft.number();
    } catch (BulletinException | IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/drafts";
    }
  }

  @GetMapping("/drafts/{series}/{number:\\d+}")
  String composer(@PathVariable String series, @PathVariable int number, Model model) {
    Optional<BulletinView> view = home.bulletins().view(series, number);
    if (view.isEmpty()) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.NOT_FOUND, "no issue " + series + " " + number);
    }
    Series s = view.get().series();
    model.addAttribute("view", view.get());
    model.addAttribute("title", s.title());
    model.addAttribute("draft", view.get().issue().status() == IssueStatus.DRAFT);
    model.addAttribute(
        "articles", view.get().issue().items().stream().map(i -> i.articleId()).toList());
    model.addAttribute(
        "bodies", view.get().entries().stream().map(e -> Block.joined(e.body())).toList());
    return "composer";
  }

  /** Runs one change and comes back to the composer, with the error if it was refused. */
  private String apply(
      String series,
      int number,
      Principal who,
      cn.hinews.core.domain.AuditAction action,
      String target,
      RedirectAttributes flash,
      Runnable change) {
    try {
      change.run();
      users.audit(who.getName(), action, series + " " + number, target);
    } catch (BulletinException | IllegalArgumentException | cn.hinews.core.store.StoreException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/drafts/" + series + "/" + number;
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/add")
  String add(
      @PathVariable String series,
      @PathVariable int number,
      @RequestParam long article,
      @RequestParam(defaultValue = "") String back,
      Principal who,
      RedirectAttributes flash) {
    String target =
        apply(
            series,
            number,
            who,
            cn.hinews.core.domain.AuditAction.ITEM_ADD,
            "article " + article,
            flash,
            () -> editor.add(series, number, article));
    return back.startsWith("/inbox") ? "redirect:" + back : target;
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/items/{pos:\\d+}/move")
  String move(
      @PathVariable String series,
      @PathVariable int number,
      @PathVariable int pos,
      @RequestParam int to,
      @RequestParam long article,
      Principal who,
      RedirectAttributes flash) {
    return apply(
        series,
        number,
        who,
        cn.hinews.core.domain.AuditAction.ITEM_MOVE,
        (pos + 1) + " → " + (to + 1),
        flash,
        () -> editor.move(series, number, pos, to, article));
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/items/{pos:\\d+}/remove")
  String remove(
      @PathVariable String series,
      @PathVariable int number,
      @PathVariable int pos,
      @RequestParam long article,
      Principal who,
      RedirectAttributes flash) {
    return apply(
        series,
        number,
        who,
        cn.hinews.core.domain.AuditAction.ITEM_REMOVE,
        "item " + (pos + 1),
        flash,
        () -> editor.remove(series, number, pos, article));
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/items/{pos:\\d+}")
  String edit(
      @PathVariable String series,
      @PathVariable int number,
      @PathVariable int pos,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String outlet,
      @RequestParam(defaultValue = "") String body,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> date,
      @RequestParam long article,
      Principal who,
      RedirectAttributes flash) {
    return apply(
        series,
        number,
        who,
        cn.hinews.core.domain.AuditAction.ITEM_EDIT,
        "item " + (pos + 1),
        flash,
        () -> editor.edit(series, number, pos, article, title, outlet, body, date));
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/schedule")
  String schedule(
      @PathVariable String series,
      @PathVariable int number,
      @RequestParam int newNumber,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Principal who,
      RedirectAttributes flash) {
    try {
      editor.reschedule(series, number, newNumber, from, to);
      users.audit(
          who.getName(),
          cn.hinews.core.domain.AuditAction.DRAFT_SCHEDULE,
          series + " " + newNumber,
          from + ".." + to);
      return "redirect:/drafts/" + series + "/" + newNumber;
    } catch (BulletinException | IllegalArgumentException | cn.hinews.core.store.StoreException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/drafts/" + series + "/" + number;
    }
  }

  /** The composer's preview: the latest revision (the draft) in the house format. */
  @GetMapping(
      value = "/drafts/{series}/{number:\\d+}/preview",
      produces = "text/html;charset=UTF-8")
  @org.springframework.web.bind.annotation.ResponseBody
  byte[] preview(@PathVariable String series, @PathVariable int number) throws java.io.IOException {
    BulletinView view =
        home.bulletins()
            .view(series, number)
            .orElseThrow(
                () ->
                    new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND,
                        "no issue " + series + " " + number));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    home.renderers().forFormat("html").orElseThrow().render(view, out);
    return out.toByteArray();
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/correct")
  String correct(
      @PathVariable String series,
      @PathVariable int number,
      Principal who,
      RedirectAttributes flash) {
    return apply(
        series,
        number,
        who,
        cn.hinews.core.domain.AuditAction.CORRECT,
        "",
        flash,
        () -> home.bulletins().correct(series, number));
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/publish")
  String publish(
      @PathVariable String series,
      @PathVariable int number,
      Principal who,
      RedirectAttributes flash) {
    try {
      // the workflow writes the audit record in the publication's own transaction
      home.bulletins().publish(series, number, who.getName());
      home.analysis().decisionsChanged();
    } catch (BulletinException | IllegalArgumentException | cn.hinews.core.store.StoreException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/drafts/" + series + "/" + number;
  }
}
