package cn.hinews.app.web.article;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.home.HinewsHome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One article: metadata, the body from our own blocks (text only, never the page's markup), the
 * original link, entities, keywords, topics and tone.
 */
@Controller
class ArticleController {
  private final HinewsHome home;
  private final ArticleAnalyzer analyzer;

  ArticleController(HinewsHome home, ArticleAnalyzer analyzer) {
    this.home = home;
    this.analyzer = analyzer;
  }

  /** The article's reprint cluster among the articles published three days around it. */
  private java.util.List<StoredArticle> cluster(StoredArticle a) {
    if (a.article().published().isEmpty()) {
      return java.util.List.of();
    }
    java.time.LocalDate day = a.article().published().get().date();
    java.util.List<StoredArticle> near =
        home.store().read(s -> s.articles().publishedBetween(day.minusDays(3), day.plusDays(3)));
    cn.hinews.core.analysis.candidates.OutletAuthority authority =
        new cn.hinews.core.analysis.candidates.OutletAuthority(home.sources());
    java.util.List<cn.hinews.core.analysis.cluster.ReprintDetector.Item> items =
        new java.util.ArrayList<>();
    java.util.Map<Long, StoredArticle> byId = new java.util.HashMap<>();
    for (StoredArticle n : near) {
      byId.put(n.id(), n);
      items.add(
          new cn.hinews.core.analysis.cluster.ReprintDetector.Item(
              n.id(),
              ArticleText.of(n.article()).body(),
              n.article().published().map(p -> p.value()),
              authority.of(n.article().outlet())));
    }
    for (cn.hinews.core.analysis.cluster.ReprintCluster c :
        cn.hinews.core.analysis.cluster.ReprintDetector.standard().clusters(items)) {
      java.util.List<Long> ids = new java.util.ArrayList<>();
      ids.add(c.original());
      ids.addAll(c.reprints());
      if (ids.contains(a.id())) {
        return ids.stream().filter(i -> i != a.id()).map(byId::get).toList();
      }
    }
    return java.util.List.of();
  }

  @GetMapping("/articles/{id:\\d+}")
  String article(@PathVariable long id, Model model) {
    StoredArticle a =
        home.store()
            .read(s -> s.articles().findById(id))
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no article " + id));
    model.addAttribute("a", a.article());
    model.addAttribute("id", a.id());
    String url = a.article().url();
    model.addAttribute(
        "link", url.startsWith("http://") || url.startsWith("https://") ? url : null);
    model.addAttribute("analysis", analyzer.analyze(ArticleText.of(a.article())));
    model.addAttribute("cluster", cluster(a));
    return "article";
  }
}
