package cn.hinews.app.web.alerts;

import cn.hinews.core.alert.AlertRules;
import cn.hinews.core.alert.AlertService;
import cn.hinews.core.alert.RuleException;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.StoredAlert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 预警: the alerts newest first with why each fired (acknowledge, mute), the rules (an editor adds
 * and removes own rules, an admin any; "试运行" shows what a rule would have caught in the last 7
 * days), the delivery log (resend), and each series' subscribers (admins change them).
 */
@Controller
class AlertsController {
  private final HinewsHome home;
  private final AlertService alerts;

  AlertsController(HinewsHome home) {
    this.home = home;
    this.alerts = home.alerts();
  }

  /** An admin changes any rule, an editor only own rules. */
  static boolean mayChange(AlertRule rule, Authentication who) {
    return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))
        || rule.owner().equals(who.getName());
  }

  @GetMapping("/alerts")
  String page(@RequestParam(required = false) String test, Authentication who, Model model) {
    model.addAttribute("alerts", alerts.alerts(100));
    List<AlertRule> rules = alerts.rules().list();
    model.addAttribute("rules", rules);
    model.addAttribute(
        "editable",
        rules.stream()
            .filter(r -> who != null && mayChange(r, who))
            .map(AlertRule::name)
            .collect(java.util.stream.Collectors.toSet()));
    model.addAttribute("deliveries", alerts.deliveries(30));
    Map<String, Object> subscribers = new LinkedHashMap<>();
    for (String series : home.config().series().keySet()) {
      subscribers.put(series, home.issueMail().subscribers(series));
    }
    model.addAttribute("subscribers", subscribers);
    if (test != null) {
      AlertRule rule = rule(test);
      List<AlertRules.Hit> hits = alerts.rules().test(rule, 7);
      model.addAttribute("tested", rule.name());
      model.addAttribute("hits", hits);
    }
    return "alerts";
  }

  private AlertRule rule(String name) {
    return alerts
        .rules()
        .find(name)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条规则"));
  }

  @PostMapping("/alerts/rules")
  String add(@ModelAttribute RuleForm form, Authentication who, RedirectAttributes flash) {
    try {
      alerts.rules().add(form.toRule(0, who.getName(), home.clock().instant()), who.getName());
      flash.addFlashAttribute("message", "已添加规则 " + form.name());
    } catch (RuleException e) {
      flash.addFlashAttribute(
          "error",
          e.getMessage()
              + e.position().stream()
                  .mapToObj(p -> "（查询第 " + (p + 1) + " 个字）")
                  .findFirst()
                  .orElse(""));
      flash.addFlashAttribute("form", form);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
      flash.addFlashAttribute("form", form);
    }
    return "redirect:/alerts";
  }

  /** The form of one rule, filled in, for its owner or an admin. */
  @GetMapping("/alerts/rules/{name}/edit")
  String editForm(@PathVariable String name, Authentication who, Model model) {
    AlertRule rule = rule(name);
    if (!mayChange(rule, who)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能修改自己的规则");
    }
    model.addAttribute("rule", rule);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", RuleForm.of(rule));
    }
    return "alert-rule";
  }

  /**
   * Saves an edited rule: checked like a new one (a query that cannot be read is refused with its
   * position); its channels kept when the form names none; its topics, outlets, owner and state
   * kept.
   */
  @PostMapping("/alerts/rules/{name}/edit")
  String edit(
      @PathVariable String name,
      @ModelAttribute RuleForm form,
      Authentication who,
      RedirectAttributes flash) {
    AlertRule old = rule(name);
    if (!mayChange(old, who)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能修改自己的规则");
    }
    try {
      AlertRule typed = form.toRule(old.id(), old.owner(), old.createdAt());
      AlertRule.Filters f = typed.filters();
      AlertRule edited =
          new AlertRule(
              old.id(),
              typed.name(),
              typed.query(),
              new AlertRule.Filters(
                  f.minRelevance(),
                  old.filters().topics(),
                  old.filters().outlets(),
                  f.sourceKinds(),
                  f.polarity(),
                  f.eventKinds()),
              typed.mode(),
              typed.digestTimes(),
              typed.quietHours(),
              typed.ratePerHour(),
              typed.channels().isEmpty() ? old.channels() : typed.channels(),
              old.owner(),
              old.enabled(),
              old.createdAt());
      alerts.rules().update(edited, who.getName());
      flash.addFlashAttribute("message", "已保存规则 " + edited.name());
      return "redirect:/alerts";
    } catch (RuleException e) {
      flash.addFlashAttribute(
          "error",
          e.getMessage()
              + e.position().stream()
                  .mapToObj(p -> "（查询第 " + (p + 1) + " 个字）")
                  .findFirst()
                  .orElse(""));
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    flash.addFlashAttribute("form", form);
    return "redirect:/alerts/rules/"
        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20")
        + "/edit";
  }

  @PostMapping("/alerts/rules/{name}/remove")
  String remove(@PathVariable String name, Authentication who, RedirectAttributes flash) {
    if (!mayChange(rule(name), who)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能删除自己的规则");
    }
    alerts.rules().remove(name, who.getName());
    flash.addFlashAttribute("message", "已删除规则 " + name);
    return "redirect:/alerts";
  }

  @PostMapping("/alerts/{id}/state")
  String state(
      @PathVariable long id,
      @RequestParam StoredAlert.State state,
      Authentication who,
      RedirectAttributes flash) {
    if (state != StoredAlert.State.ACKNOWLEDGED && state != StoredAlert.State.MUTED) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "只能确认或屏蔽");
    }
    if (!alerts.setState(id, state, who.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条预警");
    }
    flash.addFlashAttribute("message", "预警已" + state.label());
    return "redirect:/alerts";
  }

  @PostMapping("/alerts/deliveries/{id}/resend")
  String resend(@PathVariable long id, Authentication who, RedirectAttributes flash) {
    if (!alerts.resend(id, who.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条发送记录");
    }
    flash.addFlashAttribute("message", "已重新排队发送");
    return "redirect:/alerts";
  }

  @PostMapping("/admin/subscribers/{series}")
  String subscribers(
      @PathVariable String series,
      @RequestParam(defaultValue = "") String add,
      @RequestParam(defaultValue = "") String group,
      @RequestParam(defaultValue = "") String remove,
      Authentication who,
      RedirectAttributes flash) {
    home.config().requireSeries(series);
    try {
      if (!add.isBlank()) {
        home.issueMail().subscribe(series, add, group, who.getName());
      }
      if (!remove.isBlank()) {
        home.issueMail().unsubscribe(series, remove, who.getName());
      }
      flash.addFlashAttribute("message", "订阅者已更新");
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/alerts";
  }
}
