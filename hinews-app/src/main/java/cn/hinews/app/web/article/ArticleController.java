package cn.hinews.app.web.article;

import cn.hinews.core.analysis.judge.Judgements;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.home.HinewsHome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One article: metadata, the body from our own blocks (text only, never the page's markup), the
 * original link, and its stored judgement (entities, keywords, topics, tone, reprint cluster), the
 * same one 候选 and 统计 read.
 */
@Controller
class ArticleController {
  private final HinewsHome home;
  private final Judgements judgements;

  ArticleController(HinewsHome home, Judgements judgements) {
    this.home = home;
    this.judgements = judgements;
  }

  @GetMapping("/articles/{id:\\d+}")
  String article(@PathVariable long id, Model model) {
    StoredArticle a =
        home.store()
            .read(s -> s.articles().findById(id))
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "没有这篇文章（编号 " + id + "），可能已被删除或地址有误。"));
    model.addAttribute("a", a.article());
    model.addAttribute("id", a.id());
    String url = a.article().url();
    model.addAttribute(
        "link", url.startsWith("http://") || url.startsWith("https://") ? url : null);
    Optional<Judgements.ArticleJudgement> j = judgements.of(id);
    model.addAttribute("judgement", j.orElse(null));
    model.addAttribute("analysis", j.map(Judgements.ArticleJudgement::analysis).orElse(null));
    List<Long> members = j.map(Judgements.ArticleJudgement::reprints).orElse(List.of());
    Map<Long, StoredArticle> heads = home.store().read(s -> s.articles().heads(members));
    model.addAttribute("cluster", members.stream().map(heads::get).filter(h -> h != null).toList());
    model.addAttribute("drafts", cn.hinews.app.web.bulletin.OpenDrafts.of(home));
    return "article";
  }
}
