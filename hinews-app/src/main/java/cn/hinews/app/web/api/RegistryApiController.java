package cn.hinews.app.web.api;

import cn.hinews.core.analysis.judge.Judgements;
import cn.hinews.core.domain.Source;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.SourceHealth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Articles and sources as JSON under {@code /api} (issues: {@code /api/issues}). */
@RestController
@RequestMapping("/api")
class RegistryApiController {
  private final HinewsHome home;
  private final Judgements judgements;

  RegistryApiController(HinewsHome home, Judgements judgements) {
    this.home = home;
    this.judgements = judgements;
  }

  /**
   * One stored article with its stored judgement (the same score every screen shows; absent while
   * the article waits for its analysis).
   */
  @GetMapping("/articles/{id}")
  ResponseEntity<?> article(@PathVariable long id) {
    Optional<StoredArticle> a = home.store().read(s -> s.articles().findById(id));
    if (a.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("message", "no article " + id));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("article", a.get().article());
    Optional<Judgements.ArticleJudgement> j = judgements.of(id);
    out.put("analysis", j.map(Judgements.ArticleJudgement::analysis).orElse(null));
    out.put("modelVersion", j.map(x -> x.stored().modelVersion()).orElse(null));
    out.put("clusterOriginal", j.map(x -> x.stored().originalId()).orElse(null));
    out.put("reprints", j.map(Judgements.ArticleJudgement::reprints).orElse(List.of()));
    return ResponseEntity.ok(out);
  }

  /** The newest stored articles. */
  @GetMapping("/articles")
  List<Map<String, Object>> latest() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoredArticle s : home.store().read(r -> r.articles().latest(50))) {
      out.add(
          Map.of(
              "id", s.id(),
              "url", s.article().url(),
              "title", s.article().title(),
              "outlet", s.article().outlet(),
              "published", s.article().published().map(p -> p.value().toString()).orElse("")));
    }
    return out;
  }

  /** The sources with their health over the last 7 days. */
  @GetMapping("/sources")
  List<Map<String, Object>> sources() {
    Map<String, SourceHealth> health = home.sourceHealth(7);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Source s : home.sources().all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("outlet", s.outlet());
      m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      m.put("region", s.region());
      m.put("hosts", s.hostPatterns());
      m.put("entries", s.crawl().entries());
      m.put("enabled", s.crawl().enabled());
      m.put("health", health.get(s.id()));
      out.add(m);
    }
    return out;
  }
}
