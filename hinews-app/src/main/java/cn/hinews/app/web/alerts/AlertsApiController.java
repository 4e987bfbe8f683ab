package cn.hinews.app.web.alerts;

import cn.hinews.core.alert.AlertRules;
import cn.hinews.core.alert.AlertService;
import cn.hinews.core.alert.RuleException;
import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.Delivery;
import cn.hinews.core.store.StoredAlert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** 预警 as JSON under {@code /api/alerts}: alerts, rules (add, remove, test), the delivery log. */
@RestController
@RequestMapping("/api/alerts")
class AlertsApiController {
  private final HinewsHome home;
  private final AlertService alerts;

  AlertsApiController(HinewsHome home) {
    this.home = home;
    this.alerts = home.alerts();
  }

  @GetMapping
  List<StoredAlert> list(@RequestParam(defaultValue = "100") int limit) {
    return alerts.alerts(Math.min(500, Math.max(1, limit)));
  }

  @PostMapping("/{id}/state")
  Map<String, String> state(
      @PathVariable long id, @RequestParam StoredAlert.State state, Authentication who) {
    if (state != StoredAlert.State.ACKNOWLEDGED && state != StoredAlert.State.MUTED) {
      throw new IllegalArgumentException("只能确认 (ACKNOWLEDGED) 或屏蔽 (MUTED)");
    }
    if (!alerts.setState(id, state, who.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条预警");
    }
    return Map.of("state", state.name());
  }

  @GetMapping("/rules")
  List<AlertRule> rules() {
    return alerts.rules().list().stream().map(AlertsApiController::withoutSecrets).toList();
  }

  /** The robots' keys (in their addresses) and signing secrets stay out of the answers. */
  private static AlertRule withoutSecrets(AlertRule r) {
    return r.withChannels(
        r.channels().stream()
            .map(
                c ->
                    new AlertRule.Channel(
                        c.kind(), Channels.masked(c.address()), c.secret().isEmpty() ? "" : "***"))
            .toList());
  }

  @PostMapping("/rules")
  ResponseEntity<?> add(@RequestBody RuleForm form, Authentication who) {
    try {
      AlertRule stored =
          alerts.rules().add(form.toRule(0, who.getName(), home.clock().instant()), who.getName());
      return ResponseEntity.status(HttpStatus.CREATED).body(withoutSecrets(stored));
    } catch (RuleException e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", e.getMessage());
      e.position().ifPresent(p -> body.put("position", p));
      return ResponseEntity.badRequest().body(body);
    }
  }

  @DeleteMapping("/rules/{name}")
  Map<String, String> remove(@PathVariable String name, Authentication who) {
    AlertRule rule =
        alerts
            .rules()
            .find(name)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条规则"));
    if (!AlertsController.mayChange(rule, who)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能删除自己的规则");
    }
    alerts.rules().remove(name, who.getName());
    return Map.of("removed", name);
  }

  @GetMapping("/rules/{name}/test")
  List<AlertRules.Hit> test(@PathVariable String name, @RequestParam(defaultValue = "7") int days) {
    AlertRule rule =
        alerts
            .rules()
            .find(name)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条规则"));
    return alerts.rules().test(rule, Math.min(31, Math.max(1, days)));
  }

  @GetMapping("/deliveries")
  List<Map<String, Object>> deliveries() {
    return alerts.deliveries(100).stream()
        .map(
            (Delivery d) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", d.id());
              m.put("alertId", d.alertId().orElse(null));
              m.put("issueId", d.issueId().orElse(null));
              m.put("kind", d.kind());
              m.put("address", Channels.masked(d.address()));
              m.put("status", d.status().name());
              m.put("attempts", d.attempts());
              m.put("lastError", d.lastError());
              m.put("createdAt", d.createdAt());
              m.put("sentAt", d.sentAt().orElse(null));
              return m;
            })
        .toList();
  }

  @PostMapping("/deliveries/{id}/resend")
  Map<String, Object> resend(@PathVariable long id, Authentication who) {
    if (!alerts.resend(id, who.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条发送记录");
    }
    return Map.of("resent", id);
  }
}
