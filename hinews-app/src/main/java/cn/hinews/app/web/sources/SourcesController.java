package cn.hinews.app.web.sources;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.config.ConfigException;
import cn.hinews.core.crawl.SourceCheck;
import cn.hinews.core.domain.Source;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.source.SourceOverrides;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.SourceHealth;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信源: the registry with each source's health (last success, error rate, articles per day, the
 * silent flag); admins add, edit and disable sources (written to {@code $HINEWS_HOME/sources.yml})
 * and test one live.
 */
@Controller
class SourcesController {
  private final HinewsHome home;
  private final Users users;

  /** One for the application: its lock keeps two saves from overwriting each other's change. */
  private final SourceOverrides overrides;

  SourcesController(HinewsHome home, Users users) {
    this.home = home;
    this.users = users;
    this.overrides = new SourceOverrides(home.path().resolve(HinewsHome.SOURCES_FILE));
  }

  private Source source(SourceRegistry registry, String id) {
    return registry
        .byId(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no source " + id));
  }

  @GetMapping("/sources")
  String list(Model model) {
    SourceRegistry registry = home.sources();
    Map<String, SourceHealth> health = home.sourceHealth(7);
    model.addAttribute("sources", registry.all());
    model.addAttribute("silentWorkers", cn.hinews.app.web.home.SilentWorkers.of(home));
    model.addAttribute("health", health);
    model.addAttribute("silent", health.values().stream().filter(SourceHealth::silent).count());
    return "sources";
  }

  @GetMapping("/sources/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Source s = source(home.sources(), id);
    model.addAttribute("id", id);
    model.addAttribute("yaml", SourceOverrides.yaml(s));
    model.addAttribute("isNew", false);
    return "source-edit";
  }

  @GetMapping("/sources/new")
  String create(Model model) {
    model.addAttribute("id", "");
    model.addAttribute(
        "yaml",
        "outlet: \nkind: media\nregion: \nhosts: [\"*.example.cn\"]\nentries:\n  - {type: list, url: \"https://www.example.cn/news/\"}\ninterval: 60m\ndelay: 2s\n");
    model.addAttribute("isNew", true);
    return "source-edit";
  }

  @PostMapping("/sources")
  String save(
      @RequestParam String id,
      @RequestParam String yaml,
      Principal who,
      RedirectAttributes flash,
      Model model) {
    try {
      overrides.put(id.strip(), yaml);
      users.audit(who.getName(), cn.hinews.core.domain.AuditAction.SOURCE_SAVE, id, "");
      flash.addFlashAttribute("message", "已保存信源 " + id + "（爬取在下一轮按新配置进行）");
      return "redirect:/sources";
    } catch (ConfigException e) {
      model.addAttribute("id", id);
      model.addAttribute("yaml", yaml);
      model.addAttribute("isNew", false);
      model.addAttribute("error", e.getMessage());
      return "source-edit";
    }
  }

  @PostMapping("/sources/{id}/enabled")
  String enable(
      @PathVariable String id, @RequestParam boolean on, Principal who, RedirectAttributes flash) {
    overrides.setEnabled(source(home.sources(), id), on);
    users.audit(
        who.getName(),
        on
            ? cn.hinews.core.domain.AuditAction.SOURCE_ENABLE
            : cn.hinews.core.domain.AuditAction.SOURCE_DISABLE,
        id,
        "");
    flash.addFlashAttribute("message", (on ? "已启用 " : "已停用 ") + id);
    return "redirect:/sources";
  }

  @PostMapping("/sources/{id}/test")
  String test(@PathVariable String id, Principal who, Model model) {
    SourceRegistry registry = home.sources();
    Source s = source(registry, id);
    HinewsHome.Fetchers f = home.fetchers(false);
    SourceCheck.Report r =
        new SourceCheck(f.http(), f.browser(), Extractors.standard(registry, home.clock()))
            .check(s);
    users.audit(
        who.getName(),
        cn.hinews.core.domain.AuditAction.SOURCE_TEST,
        id,
        r.articleProblem().orElse("ok"));
    model.addAttribute("report", r);
    return "source-test";
  }
}
