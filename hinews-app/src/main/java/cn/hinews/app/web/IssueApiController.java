package cn.hinews.app.web;

import cn.hinews.core.bulletin.BulletinEntry;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.IssueSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The archive as JSON under {@code /api/issues}. Errors are JSON with a message. */
@RestController
@RequestMapping("/api/issues")
class IssueApiController {
  private final HinewsHome home;
  private final cn.hinews.app.web.security.Users users;

  IssueApiController(HinewsHome home, cn.hinews.app.web.security.Users users) {
    this.home = home;
    this.users = users;
  }

  /** Publishes a draft (editors): its number and content are frozen from now on. */
  @org.springframework.web.bind.annotation.PostMapping("/{series}/{number}/publish")
  ResponseEntity<?> publish(
      @PathVariable String series, @PathVariable int number, java.security.Principal who) {
    try {
      cn.hinews.core.domain.Issue issue = home.bulletins().publish(series, number, who.getName());
      home.analysis().decisionsChanged();
      return ResponseEntity.ok(
          Map.of(
              "series", series,
              "number", issue.number(),
              "status", issue.status().name().toLowerCase(java.util.Locale.ROOT)));
    } catch (cn.hinews.core.bulletin.BulletinException | cn.hinews.core.store.StoreException e) {
      return ResponseEntity.status(
              e.getMessage().contains("no issue") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT)
          .body(Map.of("message", e.getMessage()));
    }
  }

  @GetMapping
  List<IssueSummary> list(@RequestParam Optional<String> series) {
    return home.bulletins().list(series);
  }

  @GetMapping("/{series}/{number}")
  ResponseEntity<?> one(@PathVariable String series, @PathVariable int number) {
    Optional<BulletinView> view = home.bulletins().viewPublished(series, number);
    if (view.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("message", "no issue " + series + " " + number));
    }
    BulletinView v = view.get();
    List<BulletinEntry> entries = v.entries();
    return ResponseEntity.ok(
        Map.of(
            "series", v.series().id(),
            "number", v.issue().number(),
            "issueDate", v.issue().issueDate().toString(),
            "period",
                Map.of(
                    "from",
                    v.issue().period().from().toString(),
                    "to",
                    v.issue().period().to().toString()),
            "status", v.issue().status().name().toLowerCase(java.util.Locale.ROOT),
            "items", entries));
  }

  @ExceptionHandler({cn.hinews.core.config.ConfigException.class})
  ResponseEntity<Map<String, String>> unknown(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(Map.of("message", String.valueOf(e.getMessage())));
  }

  @ExceptionHandler({
    cn.hinews.core.bulletin.BulletinException.class,
    IllegalArgumentException.class
  })
  ResponseEntity<Map<String, String>> refused(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("message", String.valueOf(e.getMessage())));
  }

  /** Anything else is our fault: a plain message, nothing of the internals. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, String>> failed(RuntimeException e) {
    LOG.error("request failed", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(Map.of("message", "internal error; the server log has the details"));
  }

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(IssueApiController.class);
}
