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
  String page(SearchForm form, jakarta.servlet.http.HttpServletRequest request, Model model) {
    model.addAttribute(
        "self",
        "/search" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
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
    model.addAttribute("topics", home.topicNames());
    model.addAttribute("seriesTitles", home.config().seriesTitles());
    model.addAttribute("drafts", cn.hinews.app.web.bulletin.OpenDrafts.of(home));
    model.addAttribute("allSeries", home.config().allSeries());
    model.addAttribute("result", null);
    if (form.empty()) {
      return "search";
    }
    if (form.q().length() > SearchForm.MAX_QUERY) {
      model.addAttribute(
          "error", "检索词太长（" + form.q().length() + " 字），请控制在 " + SearchForm.MAX_QUERY + " 字以内");
      return "search";
    }
    indexer.catchUp();
    try {
      SearchResult r = home.searchIndex().search(form.query(20));
      model.addAttribute("result", r);
      model.addAttribute("groups", HitGroup.of(r.hits()));
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

  /** The index's words for a query it cannot read (Chinese, with where). */
  private static String problem(IllegalArgumentException e) {
    return e instanceof cn.hinews.core.search.QuerySyntaxException q
        ? q.userMessage()
        : e.getMessage();
  }
}
