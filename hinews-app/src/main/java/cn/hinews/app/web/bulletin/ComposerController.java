package cn.hinews.app.web.bulletin;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.bulletin.DraftEditor;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Series;
import cn.hinews.core.home.HinewsHome;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  @GetMapping("/drafts/{series}/{number:\\d+}")
  String composer(@PathVariable String series, @PathVariable int number, Model model) {
    Optional<BulletinView> view = home.bulletins().view(series, number);
    if (view.isEmpty()) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.NOT_FOUND, "没有这一期：" + series + " 第" + number + "期");
    }
    Series s = view.get().series();
    model.addAttribute("warnings", home.bulletins().sequenceWarnings(series, number));
    model.addAttribute("view", view.get());
    model.addAttribute("title", s.title());
    model.addAttribute("draft", view.get().issue().status() == IssueStatus.DRAFT);
    model.addAttribute(
        "articles", view.get().issue().items().stream().map(i -> i.articleId()).toList());
    model.addAttribute(
        "bodies", view.get().entries().stream().map(e -> Block.joined(e.body())).toList());
    return "composer";
  }

  /**
   * Runs one change and comes back to the composer, saying what was done (a toast) or, if it was
   * refused, why.
   */
  private String apply(
      String series,
      int number,
      Principal who,
      cn.hinews.core.domain.AuditAction action,
      String target,
      RedirectAttributes flash,
      java.util.function.Supplier<String> change) {
    try {
      String done = change.get();
      users.audit(who.getName(), action, series + " " + number, target);
      flash.addFlashAttribute("toast", done);
    } catch (BulletinException | IllegalArgumentException e) {
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
            () ->
                "已加入第"
                    + number
                    + "期（现共 "
                    + editor.add(series, number, article).items().size()
                    + " 条）");
    return (back.startsWith("/inbox")
                || back.startsWith("/articles/")
                || back.startsWith("/search"))
            && !back.startsWith("//")
        ? "redirect:" + back
        : target;
  }

  /** 加入草稿 from an article page or a search result: the draft chosen as {@code series:number}. */
  @PostMapping("/drafts/add")
  String addTo(
      @RequestParam(defaultValue = "") String draft,
      @RequestParam long article,
      @RequestParam(defaultValue = "") String back,
      Principal who,
      RedirectAttributes flash) {
    int colon = draft.lastIndexOf(':');
    if (colon < 1 || !draft.substring(colon + 1).matches("\\d{1,6}")) {
      flash.addFlashAttribute("error", "请选择要加入的草稿");
      return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/drafts");
    }
    return add(
        draft.substring(0, colon),
        Integer.parseInt(draft.substring(colon + 1)),
        article,
        back,
        who,
        flash);
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
        () -> {
          editor.move(series, number, pos, to, article);
          return "已把第" + (pos + 1) + "条移到第" + (to + 1) + "条";
        });
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
        () -> {
          editor.remove(series, number, pos, article);
          return "已移除第" + (pos + 1) + "条";
        });
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
    if (title.isBlank()) {
      flash.addFlashAttribute("itemError", pos);
      flash.addFlashAttribute("error", "第" + (pos + 1) + "条的标题不能为空");
      return "redirect:/drafts/" + series + "/" + number + "#item-" + pos;
    }
    return apply(
        series,
        number,
        who,
        cn.hinews.core.domain.AuditAction.ITEM_EDIT,
        "item " + (pos + 1),
        flash,
        () -> {
          editor.edit(series, number, pos, article, title, outlet, body, date);
          return "已保存第" + (pos + 1) + "条的本期措辞";
        });
  }

  /** The order of a drag (or of ↑ ↓ on an item's handle): the issue's article ids in order. */
  @PostMapping("/drafts/{series}/{number:\\d+}/order")
  String order(
      @PathVariable String series,
      @PathVariable int number,
      @RequestParam(name = "article", defaultValue = "") List<Long> order,
      Principal who,
      RedirectAttributes flash) {
    return apply(
        series,
        number,
        who,
        cn.hinews.core.domain.AuditAction.ITEM_MOVE,
        order.toString(),
        flash,
        () -> {
          editor.reorder(series, number, order);
          return "已调整顺序";
        });
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/schedule")
  String schedule(
      @PathVariable String series,
      @PathVariable int number,
      @RequestParam Optional<Integer> newNumber,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
      Principal who,
      RedirectAttributes flash) {
    java.util.Map<String, String> missing = new java.util.LinkedHashMap<>();
    if (newNumber.isEmpty()) {
      missing.put("newNumber", "请填写期号");
    } else if (newNumber.get() < 0 || newNumber.get() > 99_999) {
      missing.put("newNumber", "期号应在 0 到 99999 之间");
    }
    if (from.isEmpty()) {
      missing.put("from", "请填写开始日期");
    }
    if (to.isEmpty()) {
      missing.put("to", "请填写结束日期");
    }
    if (!missing.isEmpty()) {
      flash.addFlashAttribute("fieldErrors", missing);
      flash.addFlashAttribute("error", "期号和时段没有修改：" + String.join("；", missing.values()));
      return "redirect:/drafts/" + series + "/" + number;
    }
    try {
      editor.reschedule(series, number, newNumber.get(), from.get(), to.get());
      users.audit(
          who.getName(),
          cn.hinews.core.domain.AuditAction.DRAFT_SCHEDULE,
          series + " " + newNumber.get(),
          from.get() + ".." + to.get());
      flash.addFlashAttribute(
          "toast", "已改为第" + newNumber.get() + "期，时段 " + from.get() + " 至 " + to.get());
      return "redirect:/drafts/" + series + "/" + newNumber.get();
    } catch (BulletinException | IllegalArgumentException e) {
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
                        "没有这一期：" + series + " 第" + number + "期"));
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
        () ->
            "已开第"
                + home.bulletins().correct(series, number).revision()
                + "版更正稿：修改后再发布；已发布的版本保持不变，发布后以新版为准");
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/delete")
  String delete(
      @PathVariable String series,
      @PathVariable int number,
      Principal who,
      RedirectAttributes flash) {
    try {
      home.bulletins().deleteDraft(series, number, who.getName());
      flash.addFlashAttribute("toast", "已删除第" + number + "期的草稿");
      return "redirect:/drafts";
    } catch (BulletinException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/drafts/" + series + "/" + number;
    }
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/publish")
  String publish(
      @PathVariable String series,
      @PathVariable int number,
      Principal who,
      RedirectAttributes flash) {
    try {
      // the workflow writes the audit record in the publication's own transaction
      var published = home.bulletins().publish(series, number, who.getName());
      home.analysis().decisionsChanged();
      flash.addFlashAttribute(
          "toast",
          "已发布第"
              + number
              + "期"
              + (published.revision() > 1 ? "（第" + published.revision() + "版，更正）" : "")
              + "，共 "
              + published.items().size()
              + " 条");
    } catch (BulletinException | IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/drafts/" + series + "/" + number;
  }
}
