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
    return "article";
  }
}
