package cn.hinews.app.web.alerts;

import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.DeliveryRepository;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A series' subscribers as JSON under {@code /api/admin/subscribers/{series}} (admins): who
 * receives each published issue; add (or regroup) and remove, audited like the 预警 page's form.
 */
@RestController
@RequestMapping("/api/admin/subscribers/{series}")
class SubscribersApiController {
  private final HinewsHome home;

  SubscribersApiController(HinewsHome home) {
    this.home = home;
  }

  private void requireSeries(String series) {
    if (home.config().series(series).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个简报系列：" + series);
    }
  }

  @GetMapping
  List<DeliveryRepository.Subscriber> list(@PathVariable String series) {
    requireSeries(series);
    return home.issueMail().subscribers(series);
  }

  @PostMapping
  Map<String, String> add(
      @PathVariable String series,
      @RequestParam String email,
      @RequestParam(defaultValue = "") String group,
      Authentication who) {
    requireSeries(series);
    home.issueMail().subscribe(series, email, group, who.getName());
    return Map.of("subscribed", email.strip());
  }

  @DeleteMapping
  Map<String, String> remove(
      @PathVariable String series, @RequestParam String email, Authentication who) {
    requireSeries(series);
    if (!home.issueMail().unsubscribe(series, email, who.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "这个系列没有这个订阅者：" + email);
    }
    return Map.of("removed", email.strip());
  }
}
