package cn.hinews.app.web.bulletin;

import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.bulletin.DraftEditor;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.manual.ManualArticles;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 按网址或手工添加: an article found where hinews does not watch, added to a draft — by URL (fetched live,
 * previewed, then stored) or, when the page cannot be fetched, by pasting it.
 */
@Controller
class ExternalController {
  private final HinewsHome home;
  private final DraftEditor editor;

  ExternalController(HinewsHome home, DraftEditor editor) {
    this.home = home;
    this.editor = editor;
  }

  private String page(String series, int number, Model model) {
    home.bulletins()
        .view(series, number)
        .orElseThrow(
            () ->
                new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND,
                    "没有这一期：" + series + " 第" + number + "期"));
    model.addAttribute("series", series);
    model.addAttribute("number", number);
    model.addAttribute("title", home.config().requireSeries(series).title());
    return "external";
  }

  @GetMapping("/drafts/{series}/{number:\\d+}/external")
  String form(@PathVariable String series, @PathVariable int number, Model model) {
    model.addAttribute("form", new ManualArticles.Pasted("", "", "", Optional.empty(), ""));
    return page(series, number, model);
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/external/fetch")
  String fetch(
      @PathVariable String series,
      @PathVariable int number,
      @RequestParam(defaultValue = "") String url,
      Principal who,
      Model model,
      RedirectAttributes flash) {
    ManualArticles manual = home.manualArticles();
    String canonical;
    try {
      canonical = ManualArticles.canonical(url);
    } catch (IllegalArgumentException e) {
      model.addAttribute("urlError", e.getMessage());
      model.addAttribute("url", url);
      model.addAttribute("form", new ManualArticles.Pasted(url, "", "", Optional.empty(), ""));
      return page(series, number, model);
    }
    var stored = manual.stored(canonical);
    if (stored.isPresent()) {
      return add(series, number, stored.get().id(), "这篇文章已经入库，", flash);
    }
    ManualArticles.Preview preview = manual.fetch(canonical);
    model.addAttribute("url", canonical);
    model.addAttribute("problem", preview.problem().orElse(null));
    model.addAttribute(
        "form",
        preview
            .article()
            .map(
                a ->
                    new ManualArticles.Pasted(
                        a.url(),
                        a.title(),
                        a.outlet(),
                        a.published().map(p -> p.date()),
                        Block.joined(a.body())))
            .orElse(new ManualArticles.Pasted(canonical, "", "", Optional.empty(), "")));
    model.addAttribute("fetched", preview.article().isPresent());
    return page(series, number, model);
  }

  @PostMapping("/drafts/{series}/{number:\\d+}/external/save")
  String save(
      @PathVariable String series,
      @PathVariable int number,
      @RequestParam(defaultValue = "") String url,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String outlet,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> date,
      @RequestParam(defaultValue = "") String text,
      Principal who,
      Model model,
      RedirectAttributes flash) {
    ManualArticles.Pasted pasted = new ManualArticles.Pasted(url, title, outlet, date, text);
    Article article;
    try {
      article = ManualArticles.article(pasted);
    } catch (IllegalArgumentException e) {
      model.addAttribute("saveError", e.getMessage());
      model.addAttribute("form", pasted);
      model.addAttribute("url", url);
      return page(series, number, model);
    }
    ManualArticles.Saved saved = home.manualArticles().save(article, who.getName());
    return add(
        series, number, saved.article().id(), saved.existed() ? "这篇文章已经入库，" : "已保存文章，", flash);
  }

  private String add(
      String series, int number, long article, String before, RedirectAttributes flash) {
    try {
      editor.add(series, number, article);
      flash.addFlashAttribute("toast", before + "已加入第" + number + "期");
    } catch (BulletinException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/drafts/" + series + "/" + number;
  }
}
