package cn.hinews.app.web.search;

import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.search.ArchiveIndexer;
import cn.hinews.core.search.SearchDoc;
import cn.hinews.core.search.SearchQuery;
import cn.hinews.core.search.SearchResult;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 检索: full-text search over articles and the archive of issues, as a page and as {@code
 * /api/search}. The index catches up with the database before each search.
 */
@Controller
class SearchController {
  private final HinewsHome home;
  private final ArchiveIndexer indexer;

  SearchController(HinewsHome home) {
    this.home = home;
    this.indexer = home.indexer();
  }

  private SearchQuery query(
      String q,
      List<String> outlet,
      Optional<String> kind,
      Optional<String> topic,
      Optional<String> series,
      Optional<String> type,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      String sort,
      int page,
      int size) {
    Set<SearchDoc.Type> types = EnumSet.noneOf(SearchDoc.Type.class);
    type.filter(t -> !t.isBlank())
        .ifPresent(t -> types.add(SearchDoc.Type.valueOf(t.strip().toUpperCase(Locale.ROOT))));
    return new SearchQuery(
        q,
        types,
        Set.copyOf(outlet.stream().filter(o -> !o.isBlank()).toList()),
        kind.filter(k -> !k.isBlank()),
        topic.filter(t -> !t.isBlank()).map(Set::of).orElse(Set.of()),
        series.filter(s -> !s.isBlank()),
        from,
        to,
        "date".equals(sort) ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE,
        Math.max(page, 1) - 1,
        Math.min(Math.max(size, 1), 100));
  }

  @GetMapping("/search")
  String page(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") List<String> outlet,
      @RequestParam Optional<String> kind,
      @RequestParam Optional<String> topic,
      @RequestParam Optional<String> series,
      @RequestParam Optional<String> type,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
      @RequestParam(defaultValue = "relevance") String sort,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("sort", sort);
    model.addAttribute("page", Math.max(page, 1));
    model.addAttribute("kind", kind.orElse(""));
    model.addAttribute("topic", topic.orElse(""));
    model.addAttribute(
        "topics", cn.hinews.core.analysis.relevance.TaxonomyLoader.forHome(home.path()).topics());
    model.addAttribute("from", from.map(LocalDate::toString).orElse(""));
    model.addAttribute("to", to.map(LocalDate::toString).orElse(""));
    model.addAttribute("outlet", String.join(",", outlet));
    if (q.isBlank()
        && outlet.isEmpty()
        && kind.isEmpty()
        && topic.isEmpty()
        && from.isEmpty()
        && to.isEmpty()) {
      model.addAttribute("result", null);
      return "search";
    }
    indexer.catchUp();
    try {
      SearchResult r =
          home.searchIndex()
              .search(query(q, outlet, kind, topic, series, type, from, to, sort, page, 20));
      model.addAttribute("result", r);
      model.addAttribute("pages", (r.total() + 19) / 20);
    } catch (IllegalArgumentException e) {
      model.addAttribute("result", null);
      model.addAttribute("error", e.getMessage());
    }
    return "search";
  }

  @GetMapping("/api/search")
  @ResponseBody
  ResponseEntity<?> api(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") List<String> outlet,
      @RequestParam Optional<String> kind,
      @RequestParam Optional<String> topic,
      @RequestParam Optional<String> series,
      @RequestParam Optional<String> type,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
      @RequestParam(defaultValue = "relevance") String sort,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "10") int size) {
    indexer.catchUp();
    try {
      return ResponseEntity.ok(
          home.searchIndex()
              .search(query(q, outlet, kind, topic, series, type, from, to, sort, page, size)));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
    }
  }
}
