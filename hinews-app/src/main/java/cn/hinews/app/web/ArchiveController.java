package cn.hinews.app.web;

import cn.hinews.core.bulletin.BulletinRenderer;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.bulletin.HouseStyle;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.IssueSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The archive of issues: the list, one issue, and its Markdown. */
@Controller
class ArchiveController {
  private static final Map<String, MediaType> MEDIA_TYPES =
      Map.of(
          "md",
          new MediaType("text", "markdown", StandardCharsets.UTF_8),
          "html",
          new MediaType("text", "html", StandardCharsets.UTF_8),
          "pdf",
          MediaType.APPLICATION_PDF,
          "docx",
          MediaType.parseMediaType(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

  private final HinewsHome home;

  ArchiveController(HinewsHome home) {
    this.home = home;
  }

  /**
   * One issue in the archive's list: the revision readers see (the latest published, or the draft
   * of an issue never published), whether it was corrected, and whether a correction is open.
   */
  record ArchiveRow(IssueSummary issue, boolean correcting) {}

  static List<ArchiveRow> rows(List<IssueSummary> all) {
    Map<String, List<IssueSummary>> byIssue = new LinkedHashMap<>();
    for (IssueSummary i : all) {
      byIssue
          .computeIfAbsent(i.seriesId() + " " + i.number(), k -> new java.util.ArrayList<>())
          .add(i);
    }
    List<ArchiveRow> rows = new java.util.ArrayList<>();
    for (List<IssueSummary> revisions : byIssue.values()) {
      Optional<IssueSummary> published =
          revisions.stream()
              .filter(i -> i.status() == cn.hinews.core.domain.IssueStatus.PUBLISHED)
              .max(java.util.Comparator.comparingInt(IssueSummary::revision));
      IssueSummary shown =
          published.orElseGet(
              () ->
                  revisions.stream()
                      .max(java.util.Comparator.comparingInt(IssueSummary::revision))
                      .orElseThrow());
      boolean correcting =
          published.isPresent()
              && revisions.stream().anyMatch(i -> i.revision() > published.get().revision());
      rows.add(new ArchiveRow(shown, correcting));
    }
    return rows;
  }

  @GetMapping("/archive")
  String index(@RequestParam Optional<String> series, Model model) {
    Optional<String> chosen = series.filter(s -> home.config().series(s).isPresent());
    List<ArchiveRow> issues = rows(home.bulletins().list(chosen));
    model.addAttribute("issues", issues);
    model.addAttribute("titles", home.config().seriesTitles());
    model.addAttribute("chosen", chosen.orElse(""));
    return "index";
  }

  @GetMapping("/issues/{series}/{number:\\d+}")
  String issue(@PathVariable String series, @PathVariable int number, Model model) {
    BulletinView view = find(series, number);
    model.addAttribute("view", view);
    model.addAttribute("numberLine", HouseStyle.numberLine(number));
    model.addAttribute("issueDate", HouseStyle.chineseDate(view.issue().issueDate()));
    model.addAttribute(
        "lead", HouseStyle.lead(view.series(), view.issue().period(), view.entries().size()));
    return "issue";
  }

  /** The issue as a file: md, html, docx or pdf. */
  @GetMapping("/issues/{series}/{number:\\d+}.{format}")
  ResponseEntity<byte[]> export(
      @PathVariable String series, @PathVariable int number, @PathVariable String format)
      throws IOException {
    BulletinRenderer renderer =
        home.renderers()
            .forFormat(format)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "不支持的格式：" + format));
    BulletinView view = find(series, number);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    renderer.render(view, body);
    String file = series + "-" + number + "." + format;
    return ResponseEntity.ok()
        .contentType(MEDIA_TYPES.getOrDefault(format, MediaType.APPLICATION_OCTET_STREAM))
        .header(
            "Content-Disposition",
            (format.equals("html") ? "inline" : "attachment") + "; filename=\"" + file + "\"")
        .body(body.toByteArray());
  }

  private BulletinView find(String series, int number) {
    if (home.config().series(series).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个系列：" + series);
    }
    return home.bulletins()
        .viewPublished(series, number)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "没有这一期：" + series + " " + number));
  }
}
