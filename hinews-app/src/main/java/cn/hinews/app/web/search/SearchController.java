package cn.hinews.app.web.search;

import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.search.ArchiveIndexer;
import cn.hinews.core.search.SearchResult;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

  @GetMapping("/search")
  String page(SearchForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("q", form.q());
    model.addAttribute("sort", form.sort());
    model.addAttribute("page", form.page());
    model.addAttribute("kind", form.kind());
    model.addAttribute("topic", form.topic());
    model.addAttribute("series", form.series());
    model.addAttribute("type", form.type());
    model.addAttribute("from", form.from() == null ? "" : form.from().toString());
    model.addAttribute("to", form.to() == null ? "" : form.to().toString());
    model.addAttribute("outlet", String.join(",", form.outlet()));
    model.addAttribute(
        "topics", cn.hinews.core.analysis.relevance.TaxonomyLoader.forHome(home.path()).topics());
    model.addAttribute("allSeries", home.config().allSeries());
    model.addAttribute("result", null);
    if (form.empty()) {
      return "search";
    }
    indexer.catchUp();
    try {
      SearchResult r = home.searchIndex().search(form.query(20));
      model.addAttribute("result", r);
      model.addAttribute("pages", (r.total() + 19) / 20);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", problem(e));
    }
    return "search";
  }

  @GetMapping("/api/search")
  @ResponseBody
  ResponseEntity<?> api(SearchForm form) {
    indexer.catchUp();
    try {
      return ResponseEntity.ok(home.searchIndex().search(form.query(10)));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", problem(e)));
    }
  }

  /**
   * Every query error the index names, in the user's language first (the detail is the query's).
   */
  private static String problem(IllegalArgumentException e) {
    return "检索式有误，请修改后重试（" + e.getMessage() + "）";
  }
}
